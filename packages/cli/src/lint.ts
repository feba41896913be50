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
import { decode, DEFAULT_MAX_FILE_SIZE, readPosting, type Io } from './io.js';
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

/** Analyzes, applies fixes and re-analyzes until nothing more applies. */
function fixUntilStable(text: string, loaded: LoadedConfig): { result: AnalyzeResult; output: string } {
  let output = text;
  let result = analyzeWith(output, loaded);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixed = applyFixes(output, result.diagnostics);
    if (fixed.applied.length === 0) break;
    output = fixed.output;
    result = analyzeWith(output, loaded);
  }
  return { result, output };
}

export async function lintInputs(io: Io, args: string[], options: RunOptions): Promise<FileResult[]> {
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
  const results: FileResult[] = [];
  try {
    for (const [i, source] of sources.entries()) {
      results.push(await runOne(io, source, loader, options, fixing));
      progress.tick(i + 1);
    }
  } finally {
    progress.end();
  }
  return results;
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
    const { diagnostics, profile } = analyzeWith(text, loaded);
    return { filePath: source.name, diagnostics, profile, source: text };
  }
  const { result, output } = fixUntilStable(text, loaded);
  const fileResult: FileResult = { filePath: source.name, diagnostics: result.diagnostics, profile: result.profile, source: output };
  if (output === text) return fileResult; // never touch a file that has no fix
  if (options.fixDryRun) {
    fileResult.output = output;
    fileResult.original = text;
    return fileResult;
  }
  const bytes = new TextEncoder().encode((bom ? '\uFEFF' : '') + output);
  try {
    await writeFileAtomic(source.abs, bytes, source.name);
  } catch (error) {
    if (error instanceof OutputError) return { ...fileResult, error: error.message };
    throw error;
  }
  fileResult.fixed = true;
  return fileResult;
}
