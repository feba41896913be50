/**
 * Config files: `.jdlintrc.json`, `.jdlintrc.yaml`/`.yml`, or a `jdlint` key in package.json,
 * found upward from each file's directory (the nearest wins; the search stops at the file-system
 * root and is cached per directory). Which files, their order, how each is parsed, the YAML
 * limits and the errors are core's (`parseConfigFile`, shared with the language server); this
 * module reads the files, walks up the folders and names the file in every error.
 */
import { CONFIG_FILES, ConfigError, parseConfigFile, resolveRules, rules, type ConfigFileSettings, type RuleSetting } from '@jdlint/core';
import path from 'node:path';
import { ConfigFileError, UsageError } from './errors.js';
import { decode, readError, type Io } from './io.js';

export { CONFIG_FILES, CONFIG_KEYS } from '@jdlint/core';

/** A config as the CLI reads it: core's settings, plus what only the CLI uses (`maxFileSize`). */
export type CliConfig = ConfigFileSettings;

export interface LoadedConfig {
  /** The file it came from, relative to the working directory; null for the built-in default. */
  file: string | null;
  config: CliConfig;
}

/**
 * Parses `--rule` values: `id:severity` or `id:<JSON setting>`, e.g.
 * `title-duty-mismatch:warning` or `title-duty-mismatch:["error",{"maxPhrases":5}]`.
 */
export function parseRuleFlags(specs: readonly string[]): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  for (const spec of specs) {
    const at = spec.indexOf(':');
    if (at <= 0) throw new UsageError(`--rule ${spec}: expected id:severity, e.g. title-duty-mismatch:warning`);
    const id = spec.slice(0, at).trim();
    const value = spec.slice(at + 1).trim();
    let setting: unknown = value;
    if (value.startsWith('[') || value.startsWith('"')) {
      try {
        setting = JSON.parse(value);
      } catch (error) {
        throw new UsageError(`--rule ${spec}: invalid JSON setting (${(error as Error).message})`);
      }
    }
    settings[id] = setting as RuleSetting;
  }
  try {
    resolveRules(rules, { rules: settings });
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(`--rule: ${error.message}`);
    throw error;
  }
  return settings;
}

export interface ConfigOptions {
  /** `--config <file>`: one file for every input; `false` for `--no-config`. */
  config?: string | false;
  /** `--rule` settings, applied over whatever config a file gets. */
  ruleFlags: Record<string, RuleSetting>;
}

/** Finds and caches the config for each file. */
export class ConfigLoader {
  readonly #byDir = new Map<string, Promise<LoadedConfig | null>>();
  #fixed: Promise<LoadedConfig> | null = null;

  constructor(
    private readonly io: Io,
    private readonly options: ConfigOptions,
  ) {}

  /** The config for a file (an absolute path) or, for stdin, a directory to search from. */
  async forPath(abs: string, isDirectory = false): Promise<LoadedConfig> {
    const base = await this.#base(isDirectory ? abs : path.dirname(abs));
    const flags = this.options.ruleFlags;
    if (Object.keys(flags).length === 0) return base;
    return { file: base.file, config: { ...base.config, rules: { ...base.config.rules, ...flags } } };
  }

  #base(dir: string): Promise<LoadedConfig> {
    const { config } = this.options;
    if (config === false) return Promise.resolve({ file: null, config: {} });
    if (config !== undefined) {
      this.#fixed ??= this.#readExplicit(config);
      return this.#fixed;
    }
    return this.#search(dir).then((found) => found ?? { file: null, config: {} });
  }

  async #readExplicit(file: string): Promise<LoadedConfig> {
    const abs = path.resolve(this.io.cwd, file);
    let bytes: Uint8Array;
    try {
      bytes = await this.io.readFile(abs);
    } catch (error) {
      throw new ConfigFileError(file, readError('', error).message.replace(/^: /, ''));
    }
    const config = parseConfigFile(file, this.#decode(file, bytes));
    if (config === undefined) throw new ConfigFileError(file, 'package.json has no "jdlint" key');
    return { file, config };
  }

  #decode(name: string, bytes: Uint8Array): string {
    try {
      return decode(bytes, name);
    } catch (error) {
      throw new ConfigFileError(name, (error as Error).message.slice(name.length + 2));
    }
  }

  #search(dir: string): Promise<LoadedConfig | null> {
    let pending = this.#byDir.get(dir);
    if (!pending) {
      pending = this.#searchUncached(dir);
      this.#byDir.set(dir, pending);
    }
    return pending;
  }

  async #searchUncached(dir: string): Promise<LoadedConfig | null> {
    for (const name of CONFIG_FILES) {
      const abs = path.join(dir, name);
      let bytes: Uint8Array;
      try {
        bytes = await this.io.readFile(abs);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') continue;
        throw new ConfigFileError(this.#display(abs), readError('', error).message.replace(/^: /, ''));
      }
      const shown = this.#display(abs);
      const config = parseConfigFile(shown, this.#decode(shown, bytes));
      if (config !== undefined) return { file: shown, config };
    }
    const parent = path.dirname(dir);
    return parent === dir ? null : this.#search(parent);
  }

  #display(abs: string): string {
    const rel = path.relative(this.io.cwd, abs);
    return rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel;
  }
}
