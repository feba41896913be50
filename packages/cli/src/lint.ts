/**
 * The run over the inputs: discovery, config per file, analysis, fixes. Everything about words and
 * rules happens in core; this module moves files in and results out.
 */
import { analyze, applyFixes, ConfigError, type AnalyzeResult } from '@jdlint/core';
import path from 'node:path';
import { ConfigLoader, parseRuleFlags, type LoadedConfig } from './config.js';
import { ConfigFileError, InputError, OutputError, UsageError } from './errors.js';
import { findInputs, loadIgnore } from './files.js';
import type { FileResult } from './format.js';
import { decode, DEFAULT_MAX_FILE_SIZE, readError, readPosting, type Io } from './io.js';
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

  const progress = createProgress(io, sources.length);
  const workers = fixing || wantsStdin ? 1 : workerCount(sources.length, options.workers);
  if (workers > 1) {
    try {
      return await lintInPool(io, sources, loader, options, workers, (done) => progress.tick(done), onResult);
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
    const run = runOne(io, sources[started++] as Source, loader, options, fixing);
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
function lintInPool(io: Io, sources: Source[], loader: ConfigLoader, options: RunOptions, workers: number, tick: (done: number) => void, onResult?: (result: FileResult) => void): Promise<FileResult[]> {
  const configs = new Map<number, LoadedConfig>();
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
          return { done: { filePath: source.name, diagnostics: [], profile: null, error: readError(source.name, error).message } };
        }
        if (bytes.length > WORKER_MAX_BYTES) return { done: await runOne(io, source, loader, options, false) };
        const loaded = await loader.forPath(source.abs);
        configs.set(index, loaded);
        return { bytes, config: loaded.config, name: source.name };
      },
      finish(index, answer) {
        const loaded = configs.get(index) as LoadedConfig;
        configs.delete(index);
        if ('result' in answer) return answer.result;
        if ('configError' in answer) throw new ConfigFileError(loaded.file ?? '--rule', answer.configError);
        throw new Error(answer.internalError);
      },
    },
    tick,
    onResult,
  );
}

async function runOne(io: Io, source: Source, loader: ConfigLoader, options: RunOptions, fixing: boolean): Promise<FileResult> {
  // The config comes first: it may set the size limit the file is read under.
  const loaded = source.stdin && !options.stdinFilename ? await loader.forPath(source.abs, true) : await loader.forPath(source.abs);
  const maxSize = options.maxFileSize ?? loaded.config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  let text: string;
  let bom = false;
  try {
    if (source.stdin) text = decode(await io.readStdin(), source.name, maxSize);
    else ({ text, bom } = await readPosting(io, source.name, maxSize));
  } catch (error) {
    if (error instanceof InputError) return { filePath: source.name, diagnostics: [], profile: null, error: error.message };
    throw error;
  }
  if (!fixing) {
    const { diagnostics, suppressed, profile, score } = analyzeWith(text, loaded);
    const result: FileResult = { filePath: source.name, diagnostics, suppressed, profile, score };
    if (options.keepSource !== false) result.source = text;
    return result;
  }
  const { result, output, applied } = fixUntilStable(text, loaded);
  const fileResult: FileResult = { filePath: source.name, diagnostics: result.diagnostics, suppressed: result.suppressed, profile: result.profile, score: result.score, source: output };
  if (output === text) return fileResult; // never touch a file that has no fix
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
    await writeFileAtomic(source.abs, bytes, source.name, { expected: encoder.encode((bom ? '\uFEFF' : '') + text) });
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
  return fileResult;
}
