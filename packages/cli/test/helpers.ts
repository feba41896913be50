import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { main, type Io } from '../src/index.js';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI in-process, from the repository root, with optional stdin. */
export async function runCli(argv: string[], options: { stdin?: string | Uint8Array; cwd?: string } = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    cwd: options.cwd ?? repoRoot,
    readFile: (f) => readFile(f),
    readStdin: async () => (typeof options.stdin === 'string' ? new TextEncoder().encode(options.stdin) : (options.stdin ?? new Uint8Array())),
    isTTY: false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
