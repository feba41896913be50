/**
 * Defects a new user met (issue 18), each reproduced as it was met: a spawned bin where the
 * process matters (a closed pipe), the CLI in-process elsewhere.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MISMATCH, repoRoot, runCli, scratch } from './helpers.js';

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

describe('2. the summary line agrees with the exit code', () => {
  const twoWarnings = 'fixtures/postings/ml-engineer-tech-soup.md';

  it('--quiet --max-warnings 0 on a posting with only warnings: no success line on a failing run', async () => {
    const { code, stdout, stderr } = await runCli(['--quiet', '--max-warnings', '0', twoWarnings]);
    expect(code).toBe(1);
    expect(stdout).not.toContain('no issues found');
    expect(stdout).toBe('⚠ 4 warnings (not shown: --quiet), more than --max-warnings 0\n');
    expect(stderr).toBe('jdlint: 4 warnings, more than --max-warnings 0\n');
  });

  it('--quiet on a passing run says the hidden warnings are there, and --max-warnings says when it fails', async () => {
    const quiet = await runCli(['--quiet', twoWarnings]);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe('⚠ 4 warnings (not shown: --quiet)\n');
    const shown = await runCli(['--max-warnings', '3', twoWarnings]);
    expect(shown.code).toBe(1);
    expect(shown.stdout).toMatch(/\n⚠ 4 warnings, more than --max-warnings 3\n$/);
    const within = await runCli(['--max-warnings', '4', twoWarnings]);
    expect(within.code).toBe(0);
    expect(within.stdout).toMatch(/\n⚠ 4 warnings\n$/);
  });

  it('the streamed report and the report written with --output-file have the same summary', async () => {
    const dir = scratch();
    try {
      const streamed = await runCli(['--quiet', '--max-warnings', '0', twoWarnings]);
      const written = await runCli(['--quiet', '--max-warnings', '0', '-o', path.join(dir, 'report.txt'), twoWarnings]);
      expect(written.code).toBe(streamed.code);
      expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).toBe(streamed.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('3. one exit-code contract for a file that cannot be read', () => {
  const good = 'fixtures/postings/data-engineer-warehouse.md';

  it('every format: exit 2, one line on stderr, the other files still linted; stylish does not count it as a finding', async () => {
    for (const format of ['stylish', 'json', 'sarif', 'github']) {
      for (const output of [[], ['--workers', '2']]) {
        const { code, stdout, stderr } = await runCli(['-f', format, ...output, 'nope.md', good]);
        expect({ format, code, stderr }).toEqual({ format, code: 2, stderr: 'jdlint: nope.md: no such file\n' });
        if (format === 'stylish') expect(stdout).toBe('✖ 1 file could not be read, no issues found in 1 file\n');
        if (format === 'json') {
          const [missing, read] = JSON.parse(stdout) as Array<Record<string, unknown>>;
          expect(missing).toMatchObject({ filePath: 'nope.md', errorCount: 1, messages: [{ fatal: true, ruleId: null, message: 'nope.md: no such file' }] });
          expect(read).toMatchObject({ filePath: good, errorCount: 0 });
        }
        if (format === 'sarif') expect(JSON.parse(stdout).runs[0].invocations[0]).toMatchObject({ executionSuccessful: false, toolExecutionNotifications: [{ level: 'error', message: { text: 'nope.md: no such file' } }] });
        if (format === 'github') expect(stdout).toBe('::error file=nope.md,title=jdlint::nope.md: no such file\n');
      }
    }
  });

  it('stylish counts findings and unreadable files apart', async () => {
    const { code, stdout, stderr } = await runCli(['nope.md', 'fixtures/postings/ml-engineer-rag-duties.md']);
    expect(code).toBe(2);
    expect(stderr).toBe('jdlint: nope.md: no such file\n');
    expect(stdout).not.toContain('nope.md');
    expect(stdout).toMatch(/\n✖ 1 error, ✖ 1 file could not be read\n$/);
  });
});

describe('12. the JSON report has the fields ESLint JSON readers expect', () => {
  it('fatalErrorCount, suppressedMessages (what inline comments turned off, with the justification) and usedDeprecatedRules', async () => {
    const dir = scratch({
      'a.md': MISMATCH.replace('# Machine Learning Engineer', '<!-- jdlint-disable-next-line title-duty-mismatch -- the team does both -->\n# Machine Learning Engineer'),
    });
    try {
      const { code, stdout } = await runCli(['--no-config', '-f', 'json', 'a.md', 'gone.md'], { cwd: dir });
      expect(code).toBe(2);
      const [read, missing] = JSON.parse(stdout) as Array<Record<string, unknown>>;
      expect(read).toMatchObject({ filePath: 'a.md', messages: [], errorCount: 0, fatalErrorCount: 0, usedDeprecatedRules: [] });
      expect(read?.['suppressedMessages']).toEqual([
        expect.objectContaining({ ruleId: 'title-duty-mismatch', severity: 2, line: 2, column: 3, suppressions: [{ kind: 'directive', justification: 'the team does both' }] }),
      ]);
      expect(missing).toMatchObject({ filePath: 'gone.md', errorCount: 1, fatalErrorCount: 1, suppressedMessages: [], usedDeprecatedRules: [] });
      // The keys in ESLint's order, jdlint's infoCount after warningCount and its score last.
      expect(Object.keys(read ?? {})).toEqual(['filePath', 'messages', 'suppressedMessages', 'errorCount', 'fatalErrorCount', 'warningCount', 'infoCount', 'fixableErrorCount', 'fixableWarningCount', 'usedDeprecatedRules', 'score']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
