/**
 * Defects a new user met (issue 18), each reproduced as it was met: a spawned bin where the
 * process matters (a closed pipe), the CLI in-process elsewhere.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

const bin = path.join(repoRoot, 'packages/cli/bin.js');

/** Spawns the bin and closes the read end of its stdout before it writes: every write meets EPIPE. */
function runIntoClosedPipe(args: string[], stdin?: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

describe('1. a closed pipe (jdlint … | head -1)', () => {
  it('ends the run quietly: no stack trace, exit 0, for files and for --stdin', async () => {
    const files = await runIntoClosedPipe(['fixtures/postings/']);
    expect(files.stderr).toBe('');
    expect(files.code).toBe(0);
    const stdin = await runIntoClosedPipe(['--stdin'], '# Machine Learning Engineer\n\n## Responsibilities\n\n- Build RAG pipelines with LangChain\n');
    expect(stdin.stderr).toBe('');
    expect(stdin.code).toBe(0);
  });
});
