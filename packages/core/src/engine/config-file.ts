/**
 * The one config-file reader every front end uses (the CLI, the language server): which files
 * are configs, in which order a folder's are tried, how each is parsed, the limits on YAML, and
 * the errors, each naming its file. Config files are data: JSON or YAML, never executed. The
 * front ends only read files and walk up the folders (the nearest folder with a config wins);
 * what a setting means is decided by `validateConfig`, run here so a bad file fails before the
 * first posting is linted.
 */
import type * as Yaml from 'yaml';
import { MAX_YAML_DEPTH, requireLazily, yamlDepth } from '../shared/index.js';
import { rules } from '../rules/index.js';
import { ConfigError, validateConfig, type JdlintConfig } from './config.js';

/** Tried in this order in each folder; the first that exists (with a `jdlint` key, for package.json) wins. */
export const CONFIG_FILES = ['.jdlintrc.json', '.jdlintrc.yaml', '.jdlintrc.yml', 'package.json'] as const;

/** Top-level keys a config may have. */
export const CONFIG_KEYS = ['$schema', 'extends', 'rules', 'allow', 'lexicon', 'maxFileSize'] as const;

/** Most aliases a YAML config may expand (a "billion laughs" file is refused, not expanded). */
export const MAX_YAML_ALIASES = 100;

/** A config as a file holds it: core's settings, plus the CLI's file-size limit (in bytes). */
export interface ConfigFileSettings extends JdlintConfig {
  /** Files larger than this many bytes are refused (the file's `maxFileSize`, parsed). */
  maxFileSize?: number;
}

/** A config file that cannot be parsed or validated: `file: problem`. */
export class ConfigFileError extends ConfigError {
  override name = 'ConfigFileError';
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/**
 * Parses a size: a whole number of bytes, or a number with a unit (`500kb`, `2 MB`, `1.5m`;
 * units are binary, 1 KB = 1024 bytes). Returns null when it is not one.
 */
export function parseSize(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? value : null;
  if (typeof value !== 'string') return null;
  const match = /^(\d{1,15}(?:\.\d{1,6})?) ?([a-z]{0,3})$/i.exec(value.trim());
  const unit = UNITS[(match?.[2] ?? '').toLowerCase()];
  if (!match || unit === undefined) return null;
  const bytes = Math.floor(Number(match[1]) * unit);
  return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function baseName(name: string): string {
  return name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
}

function parseYaml(name: string, text: string): unknown {
  // Nested deeper than the YAML reader can recurse through safely: refused unread.
  if (yamlDepth(text) > MAX_YAML_DEPTH) throw new ConfigFileError(name, 'invalid YAML (nested too deeply to read)');
  const yaml = requireLazily<typeof Yaml>('yaml', 'reading a YAML config file');
  const doc = yaml.parseDocument(text, { prettyErrors: false });
  const [error] = doc.errors;
  if (error) throw new ConfigFileError(name, `invalid YAML (${error.message.split('\n')[0] ?? ''})`);
  try {
    return doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) ?? {};
  } catch (e) {
    // The YAML reader refuses an alias bomb while expanding it ("Excessive alias count …").
    if (/alias/i.test((e as Error).message)) throw new ConfigFileError(name, `invalid YAML (too many aliases: a config may expand at most ${MAX_YAML_ALIASES})`);
    throw new ConfigFileError(name, `invalid YAML (${(e as Error).message.split('\n')[0] ?? ''})`);
  }
}

/**
 * Parses and validates a config file's text by its name (`name` is what errors show: a path or
 * a display name): JSON, YAML, or package.json's `jdlint` key. Returns undefined for a
 * package.json without that key (it is not a config); throws a ConfigFileError otherwise.
 */
export function parseConfigFile(name: string, source: string): ConfigFileSettings | undefined {
  const base = baseName(name);
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  let data: unknown;
  if (/\.ya?ml$/i.test(base)) data = parseYaml(name, text);
  else {
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
  const { $schema: _schema, maxFileSize, ...config } = data as ConfigFileSettings & { $schema?: unknown; maxFileSize?: unknown };
  try {
    validateConfig(rules, config);
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigFileError(name, error.message);
    throw error;
  }
  if (maxFileSize === undefined) return config;
  const bytes = parseSize(maxFileSize);
  if (bytes === null) throw new ConfigFileError(name, `"maxFileSize" must be a size in bytes or with a unit (e.g. 1048576, "512kb", "2mb"), got ${JSON.stringify(maxFileSize)}`);
  return { ...config, maxFileSize: bytes };
}
