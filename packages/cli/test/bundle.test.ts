/**
 * The single-file bundle that bin.js starts from (made by `pnpm build`): it gives the same reports
 * as the TypeScript compiler's output, with front matter and a YAML config (the YAML reader is
 * loaded on first need in both) and with its own worker for a pool. Spawns real processes.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { workerUrl } from '../src/pool.js';
import { MISMATCH, repoRoot, scratch } from './helpers.js';

const bin = path.join(repoRoot, 'packages/cli/bin.js');
const dist = path.join(repoRoot, 'packages/cli/dist');

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function jdlint(args: string[], cwd: string, bundle: boolean): Promise<Outcome> {
  const env = { ...process.env, JDLINT_NO_BUNDLE: bundle ? '0' : '1' };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { cwd, env, maxBuffer: 1 << 24 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as Outcome;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the CLI bundle', () => {
  it('is built next to the compiled CLI, with its worker', () => {
    expect(existsSync(path.join(dist, 'jdlint.bundle.cjs'))).toBe(true);
    expect(existsSync(path.join(dist, 'worker.bundle.js'))).toBe(true);
  });

  it('lints a posting with front matter as the compiled CLI does', async () => {
    const args = ['-f', 'json', 'fixtures/postings/ml-engineer-rag-duties.md'];
    const bundled = await jdlint(args, repoRoot, true);
    expect(bundled.code).toBe(1);
    expect(bundled.stdout).toContain('title-duty-mismatch');
    expect(await jdlint(args, repoRoot, false)).toEqual(bundled);
  });

  it('reads a YAML config and reports invalid front matter as the compiled CLI does', async () => {
    const dir = scratch({
      '.jdlintrc.yaml': 'rules:\n  title-duty-mismatch: warning\n',
      'a.md': MISMATCH,
      'b.md': `---\ntitle: [unclosed\n---\n${MISMATCH}`,
    });
    const bundled = await jdlint(['a.md', 'b.md'], dir, true);
    expect(bundled.stdout).toContain('valid-front-matter');
    expect(bundled.stdout).toMatch(/warning +Unexpected duties/);
    expect(await jdlint(['a.md', 'b.md'], dir, false)).toEqual(bundled);
  });

  it('runs a worker pool from the bundle with the same report as one thread', async () => {
    const args = ['--no-config', '-f', 'json', 'fixtures/postings'];
    const one = await jdlint([...args, '--workers', '1'], repoRoot, true);
    expect(one.stdout.length).toBeGreaterThan(1000);
    expect(await jdlint([...args, '--workers', '2'], repoRoot, true)).toEqual(one);
  });

  it('compiles the bundle from its code cache, and writes a new cache when the one there does not fit', async () => {
    // A copy of the built CLI beside the real one (so that it finds the same node_modules), with a cache of its own.
    const copy = mkdtempSync(path.join(repoRoot, 'packages/cli/.code-cache-test-'));
    try {
      mkdirSync(path.join(copy, 'dist'));
      for (const file of ['bin.js', 'package.json']) copyFileSync(path.join(repoRoot, 'packages/cli', file), path.join(copy, file));
      copyFileSync(path.join(dist, 'jdlint.bundle.cjs'), path.join(copy, 'dist/jdlint.bundle.cjs'));
      const cache = path.join(copy, 'dist/jdlint.bundle.cjs.cache');
      const lint = async () => {
        const env = { ...process.env, JDLINT_DEBUG: 'code-cache' };
        try {
          const { stdout, stderr } = await promisify(execFile)(process.execPath, [path.join(copy, 'bin.js'), '--no-config', '-f', 'json', 'fixtures/postings/ml-engineer-rag-duties.md'], { cwd: repoRoot, env, maxBuffer: 1 << 24 });
          return { code: 0, stdout, stderr };
        } catch (error) {
          return error as Outcome;
        }
      };
      const first = await lint();
      expect(first.stderr).toContain('jdlint: code cache none');
      expect(existsSync(cache)).toBe(true);
      const second = await lint();
      expect(second.stderr).toContain('jdlint: code cache used');
      expect(second.stdout).toBe(first.stdout);
      expect(second.code).toBe(1);
      // A cache made for another build of the bundle (its size and time in the first line differ) is not used.
      const bytes = readFileSync(cache);
      writeFileSync(cache, Buffer.concat([Buffer.from('1:2:v0.0.0:x64\n'), bytes.subarray(bytes.indexOf(10) + 1)]));
      const stale = await lint();
      expect(stale.stderr).toContain('jdlint: code cache none');
      expect(stale.stdout).toBe(first.stdout);
      // V8 refuses a cache that is not its own (here: the bytes damaged), and the run compiles the bundle itself.
      const key = readFileSync(cache).subarray(0, readFileSync(cache).indexOf(10) + 1);
      writeFileSync(cache, Buffer.concat([key, Buffer.alloc(4096, 7)]));
      const damaged = await lint();
      expect(damaged.stderr).toContain('jdlint: code cache rejected');
      expect(damaged.stdout).toBe(first.stdout);
      expect((await lint()).stderr).toContain('jdlint: code cache used');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('starts the worker that matches the running CLI: bundle, compiled output, or sources', () => {
    const at = (file: string) => pathToFileURL(path.join(repoRoot, file)).href;
    expect(workerUrl(at('packages/cli/dist/jdlint.bundle.cjs')).href).toBe(at('packages/cli/dist/worker.bundle.js'));
    expect(workerUrl(at('dist/jdlint.bundle.js')).href).toBe(at('dist/worker.bundle.js'));
    expect(workerUrl(at('packages/cli/dist/pool.js')).href).toBe(at('packages/cli/dist/worker.js'));
    expect(workerUrl(at('packages/cli/src/pool.ts')).href).toBe(at('packages/cli/dist/worker.js'));
  });
});
