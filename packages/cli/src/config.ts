/**
 * Config files: `.jdlintrc.json`, `.jdlintrc.yaml`/`.yml`, or a `jdlint` key in package.json,
 * found upward from each file's directory (the nearest wins; the search stops at the file-system
 * root and is cached per directory). Config files are data: JSON or YAML, never executed.
 * What a setting means is core's business (`resolveRules`, `allowedPhrases`); this module reads
 * files and names the file in every error.
 */
import { ConfigError, MAX_YAML_DEPTH, resolveRules, rules, validateConfig, yamlDepth, type JdlintConfig, type RuleSetting } from '@jdlint/core';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Yaml from 'yaml';
import { ConfigFileError, UsageError } from './errors.js';
import { decode, parseSize, readError, type Io } from './io.js';

/** Searched in this order in each directory; the first that exists (with a `jdlint` key, for package.json) wins. */
export const CONFIG_FILES = ['.jdlintrc.json', '.jdlintrc.yaml', '.jdlintrc.yml', 'package.json'] as const;

/** Top-level keys a config may have. `lexicon` (a company's own role terms) is validated by core. */
export const CONFIG_KEYS = ['$schema', 'extends', 'rules', 'allow', 'lexicon', 'maxFileSize'] as const;

/** A config as the CLI reads it: core's settings, plus what only the CLI uses. */
export interface CliConfig extends JdlintConfig {
  /** Files larger than this many bytes are refused (the file's `maxFileSize`, parsed). */
  maxFileSize?: number;
}

export interface LoadedConfig {
  /** The file it came from, relative to the working directory; null for the built-in default. */
  file: string | null;
  config: CliConfig;
}

/** The YAML reader, loaded only for a YAML config file (most runs have none, or a JSON one). */
let yamlModule: typeof Yaml | undefined;
function yaml(): typeof Yaml {
  yamlModule ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return yamlModule;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses a config file's text by its name: JSON, YAML, or package.json's `jdlint` key (undefined when absent). */
export function parseConfigText(name: string, text: string): CliConfig | undefined {
  const base = path.basename(name);
  let data: unknown;
  if (/\.ya?ml$/i.test(base)) {
    // Nested deeper than the YAML reader can recurse through safely: refused unread.
    if (yamlDepth(text) > MAX_YAML_DEPTH) throw new ConfigFileError(name, 'invalid YAML (nested too deeply to read)');
    const doc = yaml().parseDocument(text, { prettyErrors: false });
    const [error] = doc.errors;
    if (error) throw new ConfigFileError(name, `invalid YAML (${error.message.split('\n')[0]})`);
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } else {
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new ConfigFileError(name, `invalid JSON (${(error as Error).message})`);
    }
    if (base === 'package.json') {
      if (!isObject(data)) throw new ConfigFileError(name, 'package.json is not a JSON object');
      if (!('jdlint' in data)) return undefined;
      data = data['jdlint'];
    }
  }
  const where = base === 'package.json' ? 'the "jdlint" key' : 'a config';
  if (!isObject(data)) throw new ConfigFileError(name, `${where} must be an object, got ${Array.isArray(data) ? 'a list' : JSON.stringify(data)}`);
  for (const key of Object.keys(data)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) throw new ConfigFileError(name, `unknown key "${key}" (known: ${CONFIG_KEYS.filter((k) => k !== '$schema').join(', ')})`);
  }
  const { $schema: _schema, maxFileSize, ...config } = data;
  validate(name, config);
  if (maxFileSize === undefined) return config;
  const bytes = parseSize(maxFileSize);
  if (bytes === null) throw new ConfigFileError(name, `"maxFileSize" must be a size in bytes or with a unit (e.g. 1048576, "512kb", "2mb"), got ${JSON.stringify(maxFileSize)}`);
  return { ...(config as JdlintConfig), maxFileSize: bytes };
}

/** Runs core's validation now, so a bad config fails before any file is linted and names its file. */
function validate(name: string, config: JdlintConfig): void {
  try {
    validateConfig(rules, config);
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigFileError(name, error.message);
    throw error;
  }
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
    const config = parseConfigText(file, this.#decode(file, bytes));
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
      const config = parseConfigText(shown, this.#decode(shown, bytes));
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
