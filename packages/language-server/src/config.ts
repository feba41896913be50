/**
 * The config loader of the language server. It reads a project's jdlint config the way the CLI
 * does: starting in the document's folder and going up to the file-system root, the first folder
 * that has one of `.jdlintrc.json` (JSON), `.jdlintrc.yaml` (YAML) or a `package.json` with a
 * `jdlint` field decides, in that order of files; the nearest config wins whole (no merging
 * with configs further up). No config means the `recommended` preset.
 *
 * It only reads files: rule ids, severities and options are checked by core (`resolveRules`),
 * which names the rule at fault. It is one small module so that it can be swapped for the
 * CLI's own loader without touching the server.
 */
import { ConfigError, MAX_YAML_DEPTH, yamlDepth, type JdlintConfig } from '@jdlint/core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface LoadedConfig {
  config: JdlintConfig;
  /** The file it came from, or null when none was found (the defaults). */
  file: string | null;
}

/** Reads a file as UTF-8, or returns undefined when there is none. */
export type ReadText = (file: string) => string | undefined;

export const CONFIG_FILES = ['.jdlintrc.json', '.jdlintrc.yaml', 'package.json'] as const;

const readText: ReadText = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
    throw new ConfigError(`${file}: cannot read (${code ?? 'unknown error'})`);
  }
};

function asConfig(value: unknown, file: string): JdlintConfig {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new ConfigError(`${file}: a config must be an object with "rules" and/or "extends"`);
  return value;
}

/** Parses one candidate file; undefined when it does not hold a jdlint config (package.json without `jdlint`). */
function parseCandidate(file: string, text: string): JdlintConfig | undefined {
  const name = path.basename(file);
  if (name === '.jdlintrc.yaml') {
    // Nested deeper than the YAML reader can recurse through safely: refused unread.
    if (yamlDepth(text) > MAX_YAML_DEPTH) throw new ConfigError(`${file}: invalid YAML (nested too deeply to read)`);
    try {
      return asConfig(parseYaml(text), file);
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      throw new ConfigError(`${file}: invalid YAML (${(error as Error).message.split('\n')[0]})`);
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    if (name === 'package.json') return undefined; // someone else's broken file is not a jdlint config
    throw new ConfigError(`${file}: invalid JSON (${(error as Error).message})`);
  }
  if (name === 'package.json') {
    if (!parsed || typeof parsed !== 'object' || !('jdlint' in parsed)) return undefined;
    return asConfig(parsed.jdlint, `${file} ("jdlint" field)`);
  }
  return asConfig(parsed, file);
}

/** Finds and reads the config that applies to files in `directory`. Throws a ConfigError for a broken one. */
export function loadConfig(directory: string, read: ReadText = readText): LoadedConfig {
  let dir = path.resolve(directory);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const file = path.join(dir, name);
      const text = read(file);
      if (text === undefined) continue;
      const config = parseCandidate(file, text);
      if (config !== undefined) return { config, file };
    }
    const parent = path.dirname(dir);
    if (parent === dir) return { config: {}, file: null };
    dir = parent;
  }
}
