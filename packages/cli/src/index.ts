import { analyze, ConfigError, type JdlintConfig, type RuleSetting } from '@jdlint/core';
import { Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeJson, analyzeText, json, stylish, type FileResult } from './format.js';
import { decode, expandPaths, InputError, nodeIo, readInput, type Io } from './io.js';

export type { Io } from './io.js';

/** Exit codes, in one place: 0 clean, 1 error-level findings, 2 usage, config or I/O error. */
export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

class UsageError extends Error {}

interface CommonOptions {
  format: string;
  config?: string;
  rule?: string[];
  why?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  color?: boolean;
}

async function loadConfig(io: Io, options: CommonOptions): Promise<JdlintConfig> {
  const config: JdlintConfig = { rules: {} };
  if (options.config) {
    let text: string;
    try {
      text = decode(await io.readFile(path.resolve(io.cwd, options.config)), options.config);
    } catch (error) {
      if (error instanceof InputError) throw new ConfigError(error.message);
      throw new ConfigError(`${options.config}: cannot read config file`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new ConfigError(`${options.config}: invalid JSON (${(error as Error).message})`);
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new ConfigError(`${options.config}: a config must be a JSON object`);
    const rules = (parsed as JdlintConfig).rules;
    if (rules !== undefined) config.rules = { ...rules };
    const lexicon = (parsed as JdlintConfig).lexicon;
    if (lexicon !== undefined) config.lexicon = lexicon;
  }
  for (const spec of options.rule ?? []) {
    const at = spec.lastIndexOf(':');
    if (at <= 0) throw new UsageError(`--rule expects id:severity, got "${spec}"`);
    (config.rules as Record<string, RuleSetting>)[spec.slice(0, at)] = spec.slice(at + 1) as RuleSetting;
  }
  return config;
}

async function collect(io: Io, files: string[], options: CommonOptions): Promise<FileResult[]> {
  const config = await loadConfig(io, options);
  const inputs: Array<{ name: string; text: () => Promise<string> }> = [];
  if (options.stdin || files.includes('-')) {
    const name = options.stdinFilename ?? '<stdin>';
    inputs.push({ name, text: async () => decode(await io.readStdin(), name) });
  }
  for (const file of await expandPaths(files.filter((f) => f !== '-'), io.cwd)) {
    inputs.push({ name: file, text: () => readInput(io, file) });
  }
  if (inputs.length === 0) throw new UsageError('no input: name one or more files or directories, or use --stdin');
  const results: FileResult[] = [];
  for (const input of inputs) {
    try {
      const text = await input.text();
      const { diagnostics, profile } = analyze(text, { config });
      results.push({ filePath: input.name, diagnostics, profile });
    } catch (error) {
      if (error instanceof InputError) results.push({ filePath: input.name, diagnostics: [], profile: null, error: error.message });
      else throw error;
    }
  }
  return results;
}

function exitCode(results: FileResult[]): number {
  if (results.some((r) => r.error)) return EXIT.failure;
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? EXIT.findings : EXIT.ok;
}

function reportInputErrors(io: Io, results: FileResult[]): void {
  for (const r of results) if (r.error) io.stderr(`jdlint: ${r.error}\n`);
}

function build(io: Io, done: (code: number) => void): Command {
  const program = new Command('jdlint');
  const common = (cmd: Command, formats: string[], defaultFormat: string) =>
    cmd
      .addOption(new Option('-f, --format <name>', 'output format').choices(formats).default(defaultFormat))
      .option('-c, --config <file>', 'use this JSON config file')
      .option('--rule <id:severity>', 'set a rule\'s severity (off, info, warning, error); repeatable', (value: string, previous: string[] = []) => [...previous, value])
      .option('--stdin', 'read the posting from standard input')
      .option('--stdin-filename <name>', 'the name to report for standard input')
      .option('--no-color', 'plain output');

  program
    .description('Lint job descriptions: title–duty mismatches (AI vs ML engineer and more), vague requirements, missing pay ranges.')
    .version(version, '-v, --version')
    .argument('[files...]', 'postings to lint: Markdown or text files, or directories')
    .option('--why', 'show why each finding matters, what to write instead, and the docs link')
    .showHelpAfterError('(run jdlint --help for usage)')
    .enablePositionalOptions();
  common(program, ['stylish', 'json'], 'stylish').action(async (files: string[], options: CommonOptions) => {
    const results = await collect(io, files, options);
    const out = options.format === 'json' ? json(results) : stylish(results, { why: options.why === true, color: options.color !== false && io.isTTY === true });
    io.stdout(out);
    if (options.format === 'json') reportInputErrors(io, results);
    done(exitCode(results));
  });

  const analyzeCommand = program
    .command('analyze')
    .description('print the role profile of each posting: the role the title claims, the role the duties describe, the evidence')
    .argument('[files...]', 'postings to analyze');
  common(analyzeCommand, ['text', 'json'], 'text').action(async (files: string[], options: CommonOptions) => {
    const results = await collect(io, files, options);
    io.stdout(options.format === 'json' ? analyzeJson(results) : analyzeText(results));
    reportInputErrors(io, results);
    done(results.some((r) => r.error) ? EXIT.failure : EXIT.ok);
  });
  return program;
}

/** Runs the CLI in-process and resolves to the exit code. */
export async function main(argv: string[], io: Io = nodeIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = build(io, (c) => {
    code = c;
  });
  program.exitOverride().configureOutput({
    writeOut: (s) => io.stdout(s),
    writeErr: (s) => io.stderr(s),
    outputError: (s, write) => write(s.startsWith('error:') ? `jdlint: ${s.slice(7)}` : s),
  });
  for (const cmd of program.commands) cmd.exitOverride();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      return EXIT.failure;
    }
    if (error instanceof ConfigError || error instanceof UsageError || error instanceof InputError) {
      io.stderr(`jdlint: ${error.message}\n`);
      return EXIT.failure;
    }
    io.stderr(`jdlint: internal error: ${(error as Error).message ?? String(error)}\n`);
    return EXIT.failure;
  }
}

/** The bin entry: run with process arguments and exit with the code. */
export function run(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`jdlint: internal error: ${(error as Error).message ?? String(error)}\n`);
      process.exitCode = EXIT.failure;
    },
  );
}
