/**
 * `--cache`: results kept between runs in one JSON file (`.jdlintcache` by default), as ESLint,
 * Prettier and textlint do. A file's result is reused only when its text, its effective config,
 * the jdlint version and the code that analyzes it (rules and their data) are all unchanged; any
 * change to one of them analyzes it again. A corrupt or foreign cache file is ignored with one
 * warning and rewritten; the file is written atomically (a temporary file, then a rename).
 */
import type { Diagnostic, PostingScore, Profile, SuppressedDiagnostic } from '@jdlint/core';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadedConfig } from './config.js';
import type { FileResult } from './format.js';
import { crypto } from './builtins.js';
import { writeFileAtomic } from './write.js';

export const DEFAULT_CACHE_FILE = '.jdlintcache';
/** The file's format; a file of another format is ignored (with a warning) and rewritten. */
const FORMAT = 'jdlint-cache/2';

/**
 * Diagnostic fields whose values repeat across thousands of findings (a rule's note and docs link,
 * its suggestions, many messages): on disk each is an index into the file's `strings` table, which
 * keeps the cache of 1,000 postings at a fraction of its size. `expected` is stored as its JSON.
 */
const INTERNED = ['reason', 'url', 'note', 'expected'] as const;

interface Entry {
  /** sha-256 of the text (after decoding, without a byte-order mark). */
  text: string;
  /** sha-256 of the effective config, keys sorted. */
  config: string;
  diagnostics: Diagnostic[];
  /** What inline comments turned off (the JSON report's `suppressedMessages`). */
  suppressed?: SuppressedDiagnostic[];
  profile: Profile | null;
  score?: PostingScore;
}

interface CacheFile {
  format: typeof FORMAT;
  /** jdlint's version and a hash of the code that analyzes: a change to either empties the cache. */
  key: string;
  files: Record<string, Entry>;
  /** The interned strings (see INTERNED). */
  strings: string[];
}

export interface CacheStats {
  reused: number;
  analyzed: number;
}

/** jdlint's version, from the package.json next to the built code (as index.ts reads it). */
function version(): string {
  try {
    return String((JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown }).version);
  } catch {
    return 'unknown';
  }
}

const sha = (text: string | Uint8Array) => crypto().createHash('sha256').update(text).digest('base64url');

/** JSON with object keys sorted, so the same config always hashes the same. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JSON.stringify gives undefined for undefined and functions, whatever its type says
  return JSON.stringify(value) ?? 'null';
}

/**
 * A hash of the code that produces findings. From the bundle (how `jdlint` normally runs) that is
 * the bundle file itself: the CLI, every rule and all of its data. From the compiler's output it is
 * this file and every module of @jdlint/core, data included.
 */
function codeHash(): string {
  const hash = crypto().createHash('sha256');
  const self = fileURLToPath(import.meta.url);
  hash.update(readFileSync(self));
  if (/\.bundle\.c?js$/.test(self)) return hash.digest('base64url');
  try {
    const coreDir = path.dirname(createRequire(import.meta.url).resolve('@jdlint/core'));
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true })
        .sort((a, b) => (a.name < b.name ? -1 : 1))
        .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.js') ? [path.join(dir, e.name)] : []));
    for (const file of walk(coreDir)) hash.update(file.slice(coreDir.length)).update(readFileSync(file));
  } catch {
    // No built core to read: the version and this file still key the cache.
  }
  return hash.digest('base64url');
}

/** `--cache-location`: a file, or a directory (an existing one, or a path ending in a slash) to put `.jdlintcache` in. */
export function cacheFile(cwd: string, location: string | undefined): string {
  if (location === undefined) return path.resolve(cwd, DEFAULT_CACHE_FILE);
  const abs = path.resolve(cwd, location);
  let isDir = /[\\/]$/.test(location);
  try {
    isDir ||= statSync(abs).isDirectory();
  } catch {
    // Does not exist yet: a file, unless it ends in a slash.
  }
  return isDir ? path.join(abs, DEFAULT_CACHE_FILE) : abs;
}

export class LintCache {
  readonly stats: CacheStats = { reused: 0, analyzed: 0 };
  readonly #file: string;
  readonly #shown: string;
  readonly #key: string;
  #files: Record<string, Entry>;
  readonly #seen = new Set<string>();
  readonly #configHashes = new WeakMap<object, string>();
  #dirty = false;

  private constructor(file: string, shown: string, key: string, files: Record<string, Entry>, dirty: boolean) {
    this.#file = file;
    this.#shown = shown;
    this.#key = key;
    this.#files = files;
    this.#dirty = dirty;
  }

  /**
   * Reads the cache file. A missing one starts empty; a corrupt or foreign one starts empty with
   * one warning (through `warn`); one from another jdlint version or other rules starts empty.
   */
  static async open(cwd: string, location: string | undefined, warn: (line: string) => void): Promise<LintCache> {
    const file = cacheFile(cwd, location);
    const rel = path.relative(cwd, file);
    const shown = rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
    const key = `${version()}:${codeHash()}`;
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') warn(`cannot read the cache ${shown} (${code ?? (error as Error).message}); linting without it`);
      return new LintCache(file, shown, key, {}, true);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
    if (!isCacheFile(data)) {
      warn(`ignoring the cache ${shown}: not a jdlint cache file (corrupt, or written by another tool); it will be rewritten`);
      return new LintCache(file, shown, key, {}, true);
    }
    if (data.key !== key) return new LintCache(file, shown, key, {}, true);
    const files = unpack(data);
    if (!files) {
      warn(`ignoring the cache ${shown}: not a jdlint cache file (corrupt, or written by another tool); it will be rewritten`);
      return new LintCache(file, shown, key, {}, true);
    }
    return new LintCache(file, shown, key, files, false);
  }

  #name(abs: string): string {
    return path.relative(path.dirname(this.#file), abs).split(path.sep).join('/');
  }

  #configHash(loaded: LoadedConfig): string {
    let hash = this.#configHashes.get(loaded.config);
    if (hash === undefined) {
      hash = sha(stableJson(loaded.config));
      this.#configHashes.set(loaded.config, hash);
    }
    return hash;
  }

  /**
   * The stored result for this file, text and config, or undefined (then it must be analyzed).
   * `usable` can turn a stored result down (a fix run cannot reuse a result with fixes to apply).
   */
  get(abs: string, text: string, loaded: LoadedConfig, filePath: string, usable: (diagnostics: Diagnostic[]) => boolean = () => true): FileResult | undefined {
    const name = this.#name(abs);
    this.#seen.add(name);
    const entry = this.#files[name];
    if (!entry || entry.text !== sha(text) || entry.config !== this.#configHash(loaded) || !usable(entry.diagnostics)) return undefined;
    this.stats.reused++;
    const result: FileResult = { filePath, diagnostics: entry.diagnostics, profile: entry.profile };
    if (entry.suppressed) result.suppressed = entry.suppressed;
    if (entry.score) result.score = entry.score;
    return result;
  }

  /** Stores a fresh result for this file's text and config. */
  set(abs: string, text: string, loaded: LoadedConfig, result: Pick<FileResult, 'diagnostics' | 'profile' | 'suppressed' | 'score'>): void {
    const name = this.#name(abs);
    this.#seen.add(name);
    this.stats.analyzed++;
    const entry: Entry = { text: sha(text), config: this.#configHash(loaded), diagnostics: result.diagnostics, profile: result.profile };
    if (result.suppressed) entry.suppressed = result.suppressed;
    if (result.score) entry.score = result.score;
    this.#files[name] = entry;
    this.#dirty = true;
  }

  /** Forgets a file (it could not be read, or its result is not one to keep). */
  drop(abs: string): void {
    const name = this.#name(abs);
    this.#seen.add(name);
    if (name in this.#files) {
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the entries are the cache file's JSON object, keyed by file
      delete this.#files[name];
      this.#dirty = true;
    }
  }

  /** The cache file as messages name it. */
  get shown(): string {
    return this.#shown;
  }

  /**
   * Writes the cache if anything changed. Entries of files this run did not lint are kept (a run
   * on a few files does not empty it), unless the file is gone.
   */
  async save(): Promise<void> {
    const base = path.dirname(this.#file);
    for (const name of Object.keys(this.#files)) {
      if (!this.#seen.has(name) && !existsSync(path.resolve(base, name))) {
        // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the entries are the cache file's JSON object, keyed by file
        delete this.#files[name];
        this.#dirty = true;
      }
    }
    if (!this.#dirty) return;
    const data: CacheFile = { format: FORMAT, key: this.#key, ...pack(this.#files) };
    await makeDirectory(base);
    await writeFileAtomic(this.#file, new TextEncoder().encode(JSON.stringify(data)), this.#shown);
    this.#dirty = false;
  }
}

/**
 * Creates a directory and its missing parents, one level at a time (Node's recursive mkdir can
 * spin forever under /proc); a failure is left to the write that follows, which reports it.
 */
async function makeDirectory(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d) && path.dirname(d) !== d; d = path.dirname(d)) missing.unshift(d);
  for (const d of missing) {
    try {
      await mkdir(d);
    } catch {
      return;
    }
  }
}

/** The entries with their interned fields replaced by indexes into `strings`. */
function pack(files: Record<string, Entry>): Pick<CacheFile, 'files' | 'strings'> {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const intern = (text: string): number => {
    let i = index.get(text);
    if (i === undefined) {
      i = strings.push(text) - 1;
      index.set(text, i);
    }
    return i;
  };
  const packed: Record<string, Entry> = {};
  for (const [name, entry] of Object.entries(files)) {
    const diagnostics = entry.diagnostics.map((d) => {
      const out: Record<string, unknown> = { ...d };
      for (const key of INTERNED) {
        const value = out[key];
        if (value !== undefined) out[key] = intern(key === 'expected' ? JSON.stringify(value) : (value as string));
      }
      return out as unknown as Diagnostic;
    });
    packed[name] = { ...entry, diagnostics };
  }
  return { files: packed, strings };
}

/** The entries as stored, their interned fields restored; undefined when an index points nowhere. */
function unpack(data: CacheFile): Record<string, Entry> | undefined {
  const { strings } = data;
  for (const entry of Object.values(data.files)) {
    for (const d of entry.diagnostics as unknown as Array<Record<string, unknown>>) {
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the cache file is read from disk: a damaged entry may hold anything
      if (typeof d !== 'object' || d === null) return undefined;
      for (const key of INTERNED) {
        const value = d[key];
        if (value === undefined) continue;
        const text = typeof value === 'number' ? strings[value] : undefined;
        if (typeof text !== 'string') return undefined;
        try {
          d[key] = key === 'expected' ? JSON.parse(text) : text;
        } catch {
          return undefined;
        }
      }
    }
  }
  return data.files;
}

function isCacheFile(data: unknown): data is CacheFile {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  if (!Array.isArray(d['strings']) || !(d['strings'] as unknown[]).every((x) => typeof x === 'string')) return false;
  if (d['format'] !== FORMAT || typeof d['key'] !== 'string' || typeof d['files'] !== 'object' || d['files'] === null || Array.isArray(d['files'])) return false;
  for (const entry of Object.values(d['files'] as Record<string, unknown>)) {
    const e = entry as Record<string, unknown> | null;
    if (typeof e !== 'object' || e === null || typeof e['text'] !== 'string' || typeof e['config'] !== 'string' || !Array.isArray(e['diagnostics']) || typeof e['profile'] !== 'object') return false;
  }
  return true;
}
