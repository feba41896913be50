/**
 * The config loader of the language server: the CLI's rules, from core's shared reader. Starting
 * in the document's folder and going up to the file-system root, the first folder that has one of
 * `CONFIG_FILES` (`.jdlintrc.json`, `.jdlintrc.yaml`, `.jdlintrc.yml`, a `package.json` with a
 * `jdlint` key, in that order) decides; the nearest config wins whole (no merging with configs
 * further up). No config means the `recommended` preset.
 *
 * Parsing, the YAML limits (nesting depth, alias expansion), validation and the error messages
 * are core's `parseConfigFile`, the same as the CLI's; this module only reads files and walks up.
 */
import { CONFIG_FILES, ConfigFileError, parseConfigFile, type JdlintConfig } from '@jdlint/core';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export { CONFIG_FILES } from '@jdlint/core';

export interface LoadedConfig {
  config: JdlintConfig;
  /** The file it came from, or null when none was found (the defaults). */
  file: string | null;
}

/** Reads a file as UTF-8, or returns undefined when there is none. */
export type ReadText = (file: string) => string | undefined;

const readText: ReadText = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
    throw new ConfigFileError(file, `cannot read (${code ?? 'unknown error'})`);
  }
};

/** Finds and reads the config that applies to files in `directory`. Throws a ConfigError (naming the file) for a broken one. */
export function loadConfig(directory: string, read: ReadText = readText): LoadedConfig {
  let dir = path.resolve(directory);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const file = path.join(dir, name);
      const text = read(file);
      if (text === undefined) continue;
      const parsed = parseConfigFile(file, text);
      if (parsed === undefined) continue;
      // `maxFileSize` limits what the CLI reads from disk; an editor lints the open buffer.
      const { maxFileSize: _size, ...config } = parsed;
      return { config, file };
    }
    const parent = path.dirname(dir);
    if (parent === dir) return { config: {}, file: null };
    dir = parent;
  }
}
