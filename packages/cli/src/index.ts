import { ConfigError } from '@jdlint/core';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_BASELINE_FILE, readBaseline, runBaseline, type Baseline } from './baseline.js';
import { explain, init, rulesJson, rulesTable } from './commands.js';
import { ConfigFileError, InputError, OutputError, UsageError } from './errors.js';
import { github } from './github.js';
import { json, jsonEnd, jsonEntry, jsonPiece, newTally, stylish, stylishFile, stylishSummary, tallyResult, tooManyWarnings, type FileResult, type Tally, type Verdict } from './format.js';
import { nodeIo, parseSize, type Io } from './io.js';
import { lintInputs, lintJsonLines, type RunOptions } from './lint.js';
import { POOL_THRESHOLD } from './pool.js';
import { analyzeJson, analyzeMarkdown, analyzeText } from './report.js';
import { sarif } from './sarif.js';

export type { Io } from './io.js';

/** Exit codes, in one place: 0 clean, 1 findings at or above the failing level, 2 usage, config or I/O error. */
export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;

/** The one place errors map to exit codes; each is reported as one line, never a stack trace. */
function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? EXIT.ok : EXIT.failure;
  }
  return EXIT.failure; // UsageError, ConfigFileError, ConfigError, InputError, OutputError, and internal errors
}

function errorLine(error: unknown): string | null {
  if (error instanceof CommanderError) return null; // commander has already printed it
  if (error instanceof UsageError || error instanceof ConfigFileError || error instanceof ConfigError || error instanceof InputError || error instanceof OutputError) {
    return error.message;
  }
  return `internal error: ${(error as { message?: string } | null | undefined)?.message ?? String(error)}`;
}

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const LINT_FORMATS = ['stylish', 'json', 'jsonl', 'sarif', 'github'] as const;
const ANALYZE_FORMATS = ['text', 'json', 'markdown'] as const;

interface ScoreOptions {
  minScore?: number;
}

interface LintOptions extends RunOptions, ScoreOptions {
  format: (typeof LINT_FORMATS)[number];
  why?: boolean;
  color?: boolean;
  quiet?: boolean;
  maxWarnings?: number;
  outputFile?: string;
  baseline?: string;
  stdinJsonl?: boolean;
}

/** `--format jsonl`: one file's JSON entry (the `--format json` entry) on one line. */
const jsonLine = (r: FileResult): string => `${JSON.stringify(jsonEntry(r))}\n`;


function positiveInteger(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return Number(value);
}

function fileSize(value: string): number {
  const bytes = parseSize(value);
  if (bytes === null) throw new InvalidArgumentError('expected a size in bytes or with a unit, e.g. 1048576, 512kb, 2mb');
  return bytes;
}

function scoreThreshold(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 100) throw new InvalidArgumentError('expected a whole number from 0 to 100');
  return Number(value);
}

/** --min-score: the line for a file that scores below it, or null. */
function belowMinScore(r: FileResult, min: number | undefined): string | null {
  if (min === undefined || !r.score || r.score.total >= min) return null;
  return `jdlint: ${r.filePath} scores ${r.score.total}, below --min-score ${min}\n`;
}

function nonNegativeInteger(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number of 0 or more');
  return Number(value);
}

/** git's diff names: a/ and b/ before a relative path; an absolute path as it is. */
function diffName(side: 'a' | 'b', file: string): string {
  return path.isAbsolute(file) ? file : `${side}/${file.split(path.sep).join('/')}`;
}

/** --fix-dry-run in stylish: a unified diff per file that fixes would change, before the report. */
async function dryRunDiffs(results: FileResult[]): Promise<string> {
  // Loaded only here: no other run needs a diff.
  const { createTwoFilesPatch } = await import('diff');
  return results
    .filter((r) => r.output !== undefined && r.original !== undefined)
    .map((r) => createTwoFilesPatch(diffName('a', r.filePath), diffName('b', r.filePath), r.original as string, r.output as string, undefined, undefined, { context: 3 }).replace(/^(Index: .*\n)?=+\n/, ''))
    .join('');
}

/**
 * The lint command's exit code, from the same tally the stylish summary is written from: files
 * that could not be read (2), then error findings (1), then `--max-warnings` (1), then `--min-score` (1).
 */
function lintExitCode(io: Io, tally: Tally, verdict: Verdict): number {
  if (tally.unread > 0) return EXIT.failure;
  if (tally.errors > 0) return EXIT.findings;
  if (tooManyWarnings(tally, verdict)) {
    const warnings = tally.warnings + tally.hiddenWarnings;
    io.stderr(`jdlint: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${verdict.maxWarnings}\n`);
    return EXIT.findings;
  }
  return tally.belowScore > 0 ? EXIT.findings : EXIT.ok;
}

function build(io: Io, done: (code: number) => void): Command {
  const program = new Command('jdlint');
  const collect = (value: string, previous: string[] = []) => [...previous, value];
  const inputOptions = (cmd: Command) =>
    cmd
      .option('-c, --config <file>', 'use this config file for every input (JSON, YAML or package.json)')
      .option('--no-config', 'ignore config files: the recommended settings, plus --rule')
      .option('--rule <id:severity>', 'set a rule: id:off|info|warning|error, or id:<JSON setting>; repeatable', collect)
      .option('--stdin', 'read a posting from standard input (or name the file -)')
      .option('--stdin-filename <name>', 'the name to report for standard input; its directory is searched for a config')
      .option('--ignore-path <file>', 'the ignore file to use instead of ./.jdlintignore (gitignore syntax)')
      .option('--workers <n>', `lint threads (default: one per CPU for ${POOL_THRESHOLD} files or more, else 1)`, positiveInteger)
      .option('--max-file-size <size>', 'refuse files larger than this (bytes, or with a unit: 512kb, 2mb; default 1mb)', fileSize)
      .option('--min-score <n>', 'exit 1 when a posting scores below n (0 to 100; see docs/score.md)', scoreThreshold)
      .option('--cache', 'reuse the results of files unchanged since the last run (kept in .jdlintcache)')
      .option('--cache-location <path>', 'with --cache: the cache file, or a directory to keep .jdlintcache in');

  program
    .description('Lint job descriptions: title–duty mismatches (AI vs ML engineer and more), vague requirements, missing pay ranges.')
    .version(version, '-v, --version')
    .argument('[inputs...]', 'postings to lint: files, directories (.md, .markdown, .mdx, .txt) or globs; - for stdin')
    .addOption(new Option('-f, --format <name>', 'output format').choices(LINT_FORMATS).default('stylish'))
    .option('--why', 'show why each finding matters, its source, what to write instead, and the docs link')
    .option('--quiet', 'report errors only (warnings still count for --max-warnings)')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', nonNegativeInteger)
    .option('--fix', 'apply the fixes of fixable rules and write the files')
    .option('--fix-dry-run', 'show what --fix would change (a unified diff; the fixed text as "output" in JSON) without writing')
    .option('-o, --output-file <file>', 'write the report to a file instead of standard output')
    .option('--baseline <file>', 'report and fail only on findings not recorded in this baseline (see jdlint baseline create)')
    .option('--stdin-jsonl', 'read {"id","text"} records from standard input, one a line; write one JSON result line each, in order')
    .option('--no-color', 'plain output')
    .showHelpAfterError('(run jdlint --help for usage)')
    .enablePositionalOptions();
  inputOptions(program).action(async (inputs: string[], options: LintOptions) => {
    if (options.fix && options.fixDryRun) throw new UsageError('use --fix or --fix-dry-run, not both');
    if (options.stdinJsonl) { done(await stdinJsonl(io, inputs, options)); return; }
    const baseline: Baseline | undefined = options.baseline === undefined ? undefined : await readBaseline(io.cwd, options.baseline);
    // The fingerprints that match the baseline hash each finding's text, so the text is kept.
    const unbaselined = (r: FileResult): FileResult => (baseline ? baseline.filter(r, io.cwd) : r);
    const color = options.color !== false && io.isTTY === true && options.outputFile === undefined;
    const verdict: Verdict = { quiet: options.quiet === true, maxWarnings: options.maxWarnings, minScore: options.minScore };
    const tally = newTally();
    // One contract for a file that cannot be read, in every format: one line on stderr, exit 2,
    // the other files still linted. Machine formats also record it in their own place (a fatal
    // message in JSON, a tool-execution notification in SARIF, an ::error command for GitHub).
    const fileError = (r: FileResult) => {
      if (r.error) io.stderr(`jdlint: ${r.error}\n`);
    };
    const belowScore = (r: FileResult) => {
      const line = belowMinScore(r, verdict.minScore);
      if (line) {
        tally.belowScore++;
        io.stderr(line);
      }
    };
    const stylishOptions = { why: options.why === true, color, ...verdict };
    if (options.outputFile === undefined && !options.fixDryRun && (options.format === 'stylish' || options.format === 'json' || options.format === 'jsonl')) {
      // Written file by file as results arrive in input order: a batch of any size holds only
      // the files in flight, and the report is the same text as the one built at the end.
      let files = 0;
      await lintInputs(io, inputs, { ...options, keepSource: baseline !== undefined }, (found) => {
        const r = unbaselined(found);
        fileError(r);
        belowScore(r);
        if (options.format === 'stylish') io.stdout(stylishFile(r, tally, stylishOptions));
        else {
          const shown = { ...r, diagnostics: tallyResult(r, tally, verdict) };
          io.stdout(options.format === 'json' ? jsonPiece(shown, files) : jsonLine(shown));
        }
        files++;
      });
      if (options.format !== 'jsonl') io.stdout(options.format === 'json' ? jsonEnd(files) : stylishSummary(tally, stylishOptions));
      done(lintExitCode(io, tally, verdict)); return;
    }
    // Only SARIF quotes the source; other formats need not keep every file's text until the end.
    const found = await lintInputs(io, inputs, { ...options, keepSource: options.format === 'sarif' || baseline !== undefined });
    const results = baseline ? found.map(unbaselined) : found;
    results.forEach(fileError);
    results.forEach(belowScore);
    let report: string;
    if (options.format === 'stylish') report = (options.fixDryRun ? await dryRunDiffs(results) : '') + stylish(results, stylishOptions, tally);
    else {
      const shown = results.map((r) => ({ ...r, diagnostics: tallyResult(r, tally, verdict) }));
      if (options.format === 'json') report = json(shown);
      else if (options.format === 'jsonl') report = shown.map(jsonLine).join('');
      else if (options.format === 'sarif') report = sarif(shown, { cwd: io.cwd, version });
      else report = github(shown);
    }
    if (options.outputFile !== undefined) {
      try {
        await writeFile(path.resolve(io.cwd, options.outputFile), report);
      } catch (error) {
        throw new OutputError(`${options.outputFile}: cannot write the report (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      }
    } else io.stdout(report);
    done(lintExitCode(io, tally, verdict));
  });


  const baselineCommand = program
    .command('baseline')
    .description(`record today's findings, so CI fails only on new ones (jdlint --baseline ${DEFAULT_BASELINE_FILE})`);
  for (const [mode, what] of [
    ['create', `lint the inputs and record every finding in the baseline file (default ${DEFAULT_BASELINE_FILE}), replacing it`],
    ['update', 'lint the inputs and remove the findings that are fixed from the baseline file; new findings are not added'],
  ] as const) {
    const cmd = baselineCommand
      .command(mode)
      .description(what)
      .argument('[inputs...]', 'the postings the baseline covers')
      .option('--baseline <file>', 'the baseline file', DEFAULT_BASELINE_FILE);
    inputOptions(cmd).action(async (inputs: string[], options: RunOptions & { baseline: string }) => {
      const run = await runBaseline(mode, options.baseline, io.cwd, () => lintInputs(io, inputs, { ...options, keepSource: true }));
      for (const e of run.fileErrors) io.stderr(`jdlint: ${e}\n`);
      io.stderr(`jdlint: ${run.summary}\n`);
      done(run.fileErrors.length > 0 ? EXIT.failure : EXIT.ok);
    });
  }

  const analyzeCommand = program
    .command('analyze')
    .description('print the role profile of each posting: the role the title claims, the role the duties describe, the scores and the evidence')
    .argument('[inputs...]', 'postings to analyze')
    .addOption(new Option('-f, --format <name>', 'output format').choices(ANALYZE_FORMATS).default('text'));
  inputOptions(analyzeCommand).action(async (inputs: string[], options: RunOptions & ScoreOptions & { format: (typeof ANALYZE_FORMATS)[number] }) => {
    const results = await lintInputs(io, inputs, { ...options, keepSource: false });
    io.stdout(options.format === 'json' ? analyzeJson(results) : options.format === 'markdown' ? analyzeMarkdown(results) : analyzeText(results));
    for (const r of results) if (r.error) io.stderr(`jdlint: ${r.error}\n`);
    const belowScore = results.map((r) => belowMinScore(r, options.minScore)).filter((line) => line !== null);
    for (const line of belowScore) io.stderr(line);
    done(results.some((r) => r.error) ? EXIT.failure : belowScore.length > 0 ? EXIT.findings : EXIT.ok);
  });

  program
    .command('rules')
    .description('list the rules: id, default severity, fixable, description')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['table', 'json']).default('table'))
    .action((options: { format: string }) => {
      io.stdout(options.format === 'json' ? rulesJson() : rulesTable());
      done(EXIT.ok);
    });

  program
    .command('explain')
    .description('explain a rule: what it finds, its default severity, options and docs')
    .argument('<rule-id>', 'the rule to explain')
    .action((id: string) => {
      io.stdout(explain(id));
      done(EXIT.ok);
    });

  program
    .command('init')
    .description('write a starter .jdlintrc.json in the current directory (never overwrites)')
    .action(async () => {
      const file = await init(io.cwd);
      io.stdout(`jdlint: wrote ${file} (extends jdlint:recommended); see docs/configuration.md\n`);
      done(EXIT.ok);
    });
  return program;
}

/**
 * `--stdin-jsonl`: one JSON line per record read, in input order, each the `--format json` entry
 * of that record plus its `id` and input `line`. Exit 2 if a line was not a record, else 0 or 1 as
 * for files.
 */
async function stdinJsonl(io: Io, inputs: string[], options: LintOptions): Promise<number> {
  if (inputs.length > 0 || options.stdin) throw new UsageError('--stdin-jsonl reads standard input only: name no files and leave out --stdin');
  if (options.fix || options.fixDryRun || options.baseline !== undefined || options.outputFile !== undefined || options.cache) {
    throw new UsageError('--stdin-jsonl writes JSON lines to standard output: it takes no --fix, --fix-dry-run, --baseline, --cache or --output-file');
  }
  const verdict: Verdict = { quiet: options.quiet === true, maxWarnings: options.maxWarnings, minScore: options.minScore };
  const tally = newTally();
  await lintJsonLines(io, options, (r) => {
    if (r.error) io.stderr(`jdlint: ${r.error}\n`);
    const below = belowMinScore(r, verdict.minScore);
    if (below) {
      tally.belowScore++;
      io.stderr(below);
    }
    const shown = { ...r, diagnostics: tallyResult(r, tally, verdict) };
    io.stdout(`${JSON.stringify({ id: r.id, line: r.line, ...jsonEntry(shown) })}\n`);
  });
  return lintExitCode(io, tally, verdict);
}

/** Runs the CLI in-process and resolves to the exit code. */
export async function main(argv: string[], io: Io = nodeIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = build(io, (c) => {
    code = c;
  });
  const output = {
    writeOut: (s: string) => { io.stdout(s); },
    writeErr: (s: string) => { io.stderr(s); },
    outputError: (s: string, write: (s: string) => void) => { write(s.startsWith('error:') ? `jdlint:${s.slice(6)}` : s); },
  };
  const all = (cmd: Command): Command[] => [cmd, ...cmd.commands.flatMap(all)];
  for (const cmd of all(program)) cmd.exitOverride().configureOutput(output);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    const line = errorLine(error);
    if (line !== null) io.stderr(`jdlint: ${line}\n`);
    return exitCodeFor(error);
  }
}

/** The bin entry: run with process arguments and exit with the code. */
export function run(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`jdlint: internal error: ${(error as { message?: string }).message ?? String(error)}\n`);
      process.exitCode = EXIT.failure;
    },
  );
}
