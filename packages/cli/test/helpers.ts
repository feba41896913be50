import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, onTestFinished } from 'vitest';
import { main, type Io } from '../src/index.js';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  stdin?: string | Uint8Array;
  cwd?: string;
  /** Pretend stderr is a terminal, with this clock (for the progress indicator). */
  stderrIsTTY?: boolean;
  now?: () => number;
  /** Reads a file for the CLI instead of fs (to act on the disk between jdlint's read and its write). */
  readFile?: (file: string) => Promise<Uint8Array>;
}

/** Runs the real CLI in-process, from the repository root (or `cwd`), with optional stdin. */
export async function runCli(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    cwd: options.cwd ?? repoRoot,
    readFile: options.readFile ?? ((f) => readFile(f)),
    readStdin: async () => (typeof options.stdin === 'string' ? new TextEncoder().encode(options.stdin) : (options.stdin ?? new Uint8Array())),
    isTTY: false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    ...(options.now ? { now: options.now } : {}),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** Folders made outside a running test (in a describe block): removed when the file's tests end. */
const madeOutsideTests: string[] = [];
afterAll(() => {
  for (const dir of madeOutsideTests.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
});

/**
 * A new folder in the system temp directory, removed when the test that made it ends (or, made in
 * a describe block, when the file's tests end): a run leaves nothing behind.
 */
export function tempDir(prefix = 'jdlint-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  try {
    onTestFinished(() => rmSync(dir, { recursive: true, force: true, maxRetries: 3 }));
  } catch {
    // onTestFinished throws outside a running test.
    madeOutsideTests.push(dir);
  }
  return dir;
}

/** A scratch directory with these files (paths relative to it; string or bytes), removed after its test. */
export function scratch(files: Record<string, string | Uint8Array> = {}): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}

/** A short posting whose ML title sits over AI-engineer duties: one error-level title-duty-mismatch at 1:3-1:28. */
export const MISMATCH = [
  '# Machine Learning Engineer',
  '',
  'Harbourline builds scheduling software for veterinary clinics. This role owns the assistant that answers',
  'clinic staff questions about bookings, invoices and patient records, from the first prototype to launch.',
  '',
  '## Responsibilities',
  '',
  '- Build RAG pipelines with LangChain',
  '- Write and test prompt templates',
  '- Integrate the OpenAI API with function calling',
  '- Review support tickets every week with the product manager and choose what the assistant answers next',
  '- Keep answer latency under two seconds and report the monthly cost of model calls',
  '',
  '## Requirements',
  '',
  '- Three years building web services in Python or TypeScript, with tests and code review',
  '- One shipped feature that calls a language model API, and an account of how you checked its answers',
  '- Working SQL for reporting queries on PostgreSQL',
  '',
  '## Pay',
  '',
  'The salary is $140,000 to $165,000 per year, with health cover and 25 days of paid leave. We answer every',
  'application within ten working days and pay for your travel to the final interview.',
  '',
].join('\n');
/** The same duties under the title they describe: no finding. */
export const MATCHING = MISMATCH.replace('# Machine Learning Engineer', '# AI Engineer');

/** A child process's exit code and output. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const execAsync = promisify(execFile);

/**
 * Runs a program and resolves to its exit code and output, whatever the code; a program with no
 * answer within `timeout` ms fails the test with one line that names it.
 */
export async function attempt(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env, timeout = 5 * 60_000): Promise<Run> {
  try {
    const { stdout, stderr } = await execAsync(file, args, { cwd, env, maxBuffer: 64 * 1024 * 1024, timeout });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number | string; stdout?: string; stderr?: string; killed?: boolean };
    if (e.killed) throw new Error(`${file} ${args.join(' ')}: no answer within ${Math.round(timeout / 1000)} s`);
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** Whether a program is on the PATH (it answers `--version`). */
export function hasCommand(name: string): boolean {
  try {
    execFileSync(name, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
