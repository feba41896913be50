/**
 * The run over the inputs: discovery, config per file, analysis, fixes. Everything about words and
 * rules happens in core; this module moves files in and results out.
 */
import { analyze, applyFixes, ConfigError, type AnalyzeResult } from '@jdlint/core';
import path from 'node:path';
import { LintCache } from './cache.js';
import { ConfigLoader, parseRuleFlags, type LoadedConfig } from './config.js';
import { ConfigFileError, InputError, OutputError, UsageError } from './errors.js';
import { findInputs, loadIgnore } from './files.js';
import type { FileResult } from './format.js';
import { decode, DEFAULT_MAX_FILE_SIZE, formatSize, readError, readPosting, type Io } from './io.js';
import { runPool, WORKER_MAX_BYTES, workerCount } from './pool.js';
import { createProgress } from './progress.js';
import { writeFileAtomic } from './write.js';

export interface RunOptions {
  config?: string | false;
  rule?: string[];
  stdin?: boolean;
  stdinFilename?: string;
  ignorePath?: string;
  /** `--max-file-size`, in bytes: wins over the config's `maxFileSize`. */
  maxFileSize?: number;
  fix?: boolean;
  fixDryRun?: boolean;
  /** Lint threads: 1 for none; unset for one per CPU on batches of POOL_THRESHOLD files or more. */
  workers?: number;
  /** Keep each file's text in its result (formats that quote the source need it). */
  keepSource?: boolean;
  /** `--cache`: reuse the results of files whose text and config are unchanged (see cache.ts). */
  cache?: boolean;
  /** `--cache-location`: the cache file, or a directory for `.jdlintcache`. */
  cacheLocation?: string;
}

/** The run's state that is not an option: the cache, when `--cache` is on. */
interface RunState {
  cache: LintCache | undefined;
}

/** ESLint's limit: fixes can enable further fixes, but a run never loops forever. */
const MAX_FIX_PASSES = 10;

interface Source {
  name: string;
  /** Absolute path of the file, or of the directory a config is searched from (stdin). */
  abs: string;
  stdin: boolean;
}

function analyzeWith(text: string, loaded: LoadedConfig): AnalyzeResult {
  const { maxFileSize: _cliOnly, ...config } = loaded.config;
  try {
    return analyze(text, { config });
  } catch (error) {
    // Settings core checks only when it analyzes (the lexicon, for one) still name their file.
    if (error instanceof ConfigError) throw new ConfigFileError(loaded.file ?? '--rule', error.message);
    throw error;
  }
}

/** Files read ahead of the one being analyzed on a single thread (their text is all they hold). */
const READ_AHEAD = 4;

/** Analyzes, applies fixes and re-analyzes until nothing more applies. */
function fixUntilStable(text: string, loaded: LoadedConfig): { result: AnalyzeResult; output: string; applied: number } {
  let output = text;
  let result = analyzeWith(output, loaded);
  let applied = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixed = applyFixes(output, result.diagnostics);
    if (fixed.applied.length === 0) break;
    applied += fixed.applied.length;
    output = fixed.output;
    result = analyzeWith(output, loaded);
  }
  return { result, output, applied };
}

/**
 * Lints the inputs. With `onResult`, each result is handed over in input order as soon as it and
 * those before it are done, and none is kept (the returned list is empty): memory stays bounded
 * by the files in flight, not the size of the batch.
 */
export async function lintInputs(io: Io, args: string[], options: RunOptions, onResult?: (result: FileResult) => void): Promise<FileResult[]> {
  const fixing = options.fix === true || options.fixDryRun === true;
  const loader = new ConfigLoader(io, { ruleFlags: parseRuleFlags(options.rule ?? []), ...(options.config !== undefined ? { config: options.config } : {}) });
  const ignored = await loadIgnore(io, options.ignorePath);
  const sources: Source[] = [];
  const wantsStdin = options.stdin === true || args.includes('-');
  if (wantsStdin) {
    if (options.fix) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run to see the fixed text');
    const name = options.stdinFilename ?? '<stdin>';
    sources.push({ name, abs: options.stdinFilename ? path.resolve(io.cwd, options.stdinFilename) : io.cwd, stdin: true });
  }
  const files = args.filter((a) => a !== '-');
  if (files.length === 0 && !wantsStdin) throw new UsageError('no input: name one or more files, directories or globs, or use --stdin');
  for (const input of await findInputs(files, io, ignored)) sources.push({ name: input.name, abs: input.abs, stdin: false });

  const cache = options.cache ? await LintCache.open(io.cwd, options.cacheLocation, (line) => { io.stderr(`jdlint: warning: ${line}\n`); }) : undefined;
  const results = await lintSources(io, sources, loader, options, { cache }, fixing || wantsStdin, onResult);
  if (cache) {
    try {
      await cache.save();
    } catch (error) {
      io.stderr(`jdlint: warning: ${(error as Error).message}; the next run lints every file again\n`);
    }
    // `JDLINT_DEBUG=cache`: how many files were reused and how many analyzed (tests count these).
    if (/\bcache\b/.test(process.env['JDLINT_DEBUG'] ?? '')) io.stderr(`jdlint: cache ${cache.shown}: ${cache.stats.reused} reused, ${cache.stats.analyzed} analyzed\n`);
  }
  return results;
}

async function lintSources(io: Io, sources: Source[], loader: ConfigLoader, options: RunOptions, state: RunState, oneThread: boolean, onResult?: (result: FileResult) => void): Promise<FileResult[]> {
  const fixing = options.fix === true || options.fixDryRun === true;
  const progress = createProgress(io, sources.length);
  const workers = oneThread ? 1 : workerCount(sources.length, options.workers);
  if (workers > 1) {
    try {
      return await lintInPool(io, sources, loader, options, state, workers, (done) => { progress.tick(done); }, onResult);
    } finally {
      progress.end();
    }
  }
  const results: FileResult[] = [];
  // Read ahead: the next files are found, sized and read while this one is analyzed (analysis is
  // synchronous, so one posting is analyzed at a time); results still come in input order. A fix
  // run writes files, so it takes them one at a time.
  const ahead = fixing ? 1 : READ_AHEAD;
  const inFlight: Array<Promise<FileResult>> = [];
  let started = 0;
  const start = () => {
    if (started >= sources.length) return;
    const run = runOne(io, sources[started++] as Source, loader, options, state, fixing);
    // Awaited in turn below; this keeps a failure of a later file from counting as unhandled meanwhile.
    run.catch(() => undefined);
    inFlight.push(run);
  };
  try {
    while (started < Math.min(ahead, sources.length)) start();
    for (let i = 0; i < sources.length; i++) {
      const result = await (inFlight.shift() as Promise<FileResult>);
      start();
      if (onResult) onResult(result);
      else results.push(result);
      progress.tick(i + 1);
    }
  } finally {
    progress.end();
  }
  return results;
}

/** The same run as `runOne` on each file, spread over worker threads; results in input order. */
function lintInPool(io: Io, sources: Source[], loader: ConfigLoader, options: RunOptions, state: RunState, workers: number, tick: (done: number) => void, onResult?: (result: FileResult) => void): Promise<FileResult[]> {
  const configs = new Map<number, LoadedConfig>();
  /** With --cache: the text of each file in flight, to store its result under. */
  const texts = new Map<number, string>();
  const { cache } = state;
  return runPool<FileResult>(
    sources.length,
    workers,
    options.keepSource !== false,
    {
      async prepare(index) {
        const source = sources[index] as Source;
        let bytes: Uint8Array;
        try {
          bytes = await io.readFile(path.resolve(io.cwd, source.name));
        } catch (error) {
          cache?.drop(source.abs);
          return { done: { filePath: source.name, diagnostics: [], profile: null, error: readError(source.name, error).message } };
        }
        if (bytes.length > WORKER_MAX_BYTES) return { done: await runOne(io, source, loader, options, state, false) };
        const loaded = await loader.forPath(source.abs);
        if (cache && bytes.length <= (options.maxFileSize ?? loaded.config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE)) {
          let text: string | undefined;
          try {
            text = decode(bytes, source.name);
          } catch {
            // Not text: the worker reports it.
          }
          const hit = text === undefined ? undefined : cache.get(source.abs, text, loaded, source.name);
          if (hit) return { done: options.keepSource !== false ? { ...hit, source: text as string } : hit };
          if (text !== undefined) texts.set(index, text);
        }
        configs.set(index, loaded);
        return { bytes, config: loaded.config, name: source.name };
      },
      finish(index, answer) {
        const loaded = configs.get(index) as LoadedConfig;
        configs.delete(index);
        const text = texts.get(index);
        texts.delete(index);
        if ('result' in answer) {
          if (cache && text !== undefined && !answer.result.error) cache.set((sources[index] as Source).abs, text, loaded, answer.result);
          return answer.result;
        }
        if ('configError' in answer) throw new ConfigFileError(loaded.file ?? '--rule', answer.configError);
        throw new Error(answer.internalError);
      },
    },
    tick,
    onResult,
  );
}

async function runOne(io: Io, source: Source, loader: ConfigLoader, options: RunOptions, state: RunState, fixing: boolean): Promise<FileResult> {
  // Standard input is never cached: it has no file to key it by.
  const cache = source.stdin ? undefined : state.cache;
  // The config comes first: it may set the size limit the file is read under.
  const loaded = source.stdin && !options.stdinFilename ? await loader.forPath(source.abs, true) : await loader.forPath(source.abs);
  const maxSize = options.maxFileSize ?? loaded.config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  let text: string;
  let bom = false;
  try {
    if (source.stdin) text = decode(await io.readStdin(), source.name, maxSize);
    else ({ text, bom } = await readPosting(io, source.name, maxSize));
  } catch (error) {
    if (error instanceof InputError) {
      cache?.drop(source.abs);
      return { filePath: source.name, diagnostics: [], profile: null, error: error.message };
    }
    throw error;
  }
  // A fix run reuses only a result with nothing to fix: the file stays as it is.
  const hit = cache?.get(source.abs, text, loaded, source.name, fixing ? (diagnostics) => !diagnostics.some((d) => d.fix) : undefined);
  if (hit) {
    if (options.keepSource !== false || fixing) hit.source = text;
    return hit;
  }
  if (!fixing) {
    const { diagnostics, suppressed, profile, score } = analyzeWith(text, loaded);
    cache?.set(source.abs, text, loaded, { diagnostics, suppressed, profile, score });
    const result: FileResult = { filePath: source.name, diagnostics, suppressed, profile, score };
    if (options.keepSource !== false) result.source = text;
    return result;
  }
  const { result, output, applied } = fixUntilStable(text, loaded);
  const fileResult: FileResult = { filePath: source.name, diagnostics: result.diagnostics, suppressed: result.suppressed, profile: result.profile, score: result.score, source: output };
  if (output === text) {
    cache?.set(source.abs, text, loaded, result);
    return fileResult; // never touch a file that has no fix
  }
  if (options.fixDryRun) {
    fileResult.output = output;
    fileResult.original = text;
    return fileResult;
  }
  const encoder = new TextEncoder();
  const bytes = encoder.encode((bom ? '\uFEFF' : '') + output);
  try {
    // The bytes read (decoding is exact: strict UTF-8, the BOM kept aside): a file that no longer
    // holds them was saved by someone else meanwhile, and is left alone.
    await writeFileAtomic(source.abs, bytes, source.name, { expected: encoder.encode((bom ? '\uFEFF' : '') + text), refusal: 'not fixed, the file is left as it was: ' });
  } catch (error) {
    // One line on stderr and on the file's report: "not fixed, the file is left as it was: …";
    // the findings reported are the file's as it is, not those of the fixed text never written.
    if (error instanceof OutputError) {
      const { diagnostics, suppressed, profile, score } = analyzeWith(text, loaded);
      return { ...fileResult, diagnostics, suppressed, profile, score, source: text, error: error.message };
    }
    throw error;
  }
  fileResult.fixed = true;
  io.stderr(`jdlint: ${source.name}: fixed (${applied === 1 ? '1 fix' : `${applied} fixes`} written)\n`);
  // --fix keeps the cache up to date: the result stored is the one for the text now on disk.
  cache?.set(source.abs, output, loaded, result);
  return fileResult;
}

/** A result of `--stdin-jsonl`: the record's id (null when the line is not a record) and its line number. */
export interface LineResult extends FileResult {
  id: unknown;
  line: number;
}

async function* stdinLines(io: Io): AsyncIterable<string> {
  if (io.stdinLines) {
    yield* io.stdinLines();
    return;
  }
  const text = new TextDecoder().decode(await io.readStdin());
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  yield* lines;
}

/**
 * `--stdin-jsonl`: reads `{"id": …, "text": "…"}` records from standard input, one a line, and
 * hands over one result per record, in input order, as each is done (a map step for a batch or
 * stream engine). Blank lines are skipped. A line that is not such a record gets a result with an
 * error (and the run exits 2), so output lines still match input records one to one. Every record
 * gets the config found from the working directory (or from `--stdin-filename`'s directory).
 */
export async function lintJsonLines(io: Io, options: RunOptions, onResult: (result: LineResult) => void): Promise<void> {
  const loader = new ConfigLoader(io, { ruleFlags: parseRuleFlags(options.rule ?? []), ...(options.config !== undefined ? { config: options.config } : {}) });
  const loaded = options.stdinFilename ? await loader.forPath(path.resolve(io.cwd, options.stdinFilename)) : await loader.forPath(io.cwd, true);
  const maxSize = options.maxFileSize ?? loaded.config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  let line = 0;
  for await (const raw of stdinLines(io)) {
    line++;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.trim() === '') continue;
    const fail = (id: unknown, problem: string): void => { onResult({ id, line, filePath: typeof id === 'string' || typeof id === 'number' ? String(id) : `<stdin line ${line}>`, diagnostics: [], profile: null, error: `stdin line ${line}: ${problem}` }); };
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch (error) {
      fail(null, `not JSON (${(error as Error).message})`);
      continue;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      fail(null, 'expected an object {"id": ..., "text": "..."}');
      continue;
    }
    const { id, text: posting } = record as { id?: unknown; text?: unknown };
    if (typeof id !== 'string' && typeof id !== 'number') {
      fail(null, '"id" must be a string or a number');
      continue;
    }
    if (typeof posting !== 'string') {
      fail(id, '"text" must be a string');
      continue;
    }
    const bytes = Buffer.byteLength(posting, 'utf8');
    if (bytes > maxSize) {
      fail(id, `text is ${formatSize(bytes)}, larger than the ${formatSize(maxSize)} limit for a posting (raise it with --max-file-size or maxFileSize)`);
      continue;
    }
    const { diagnostics, profile } = analyzeWith(posting.charCodeAt(0) === 0xfeff ? posting.slice(1) : posting, loaded);
    onResult({ id, line, filePath: String(id), diagnostics, profile });
  }
}
