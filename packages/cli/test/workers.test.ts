/**
 * The worker pool: output identical to one thread (order, text, exit code), file errors and config
 * errors reported the same way. Runs the real CLI in-process; the workers are the built ones.
 */
import { describe, expect, it } from 'vitest';
import { POOL_THRESHOLD, WORKER_MAX_BYTES, workerCount } from '../src/pool.js';
import { MISMATCH, runCli, scratch } from './helpers.js';

describe('--workers', () => {
  for (const format of ['stylish', 'json', 'sarif', 'github']) {
    it(`gives the same ${format} report with 2 workers as with 1`, async () => {
      const one = await runCli(['--no-config', '--workers', '1', '-f', format, 'fixtures/postings']);
      const two = await runCli(['--no-config', '--workers', '2', '-f', format, 'fixtures/postings']);
      expect(one.stdout.length).toBeGreaterThan(1000);
      expect(two).toEqual(one);
    });
  }

  it('gives the same analyze report with 3 workers as with 1', async () => {
    const one = await runCli(['analyze', '--no-config', '--workers', '1', '-f', 'json', 'fixtures/postings']);
    const three = await runCli(['analyze', '--no-config', '--workers', '3', '-f', 'json', 'fixtures/postings']);
    expect(three).toEqual(one);
    expect(JSON.parse(three.stdout).length).toBeGreaterThan(5);
  });

  it('reports unreadable files in their place, as one thread does', async () => {
    const dir = scratch({ 'a.md': MISMATCH, 'b.md': new Uint8Array([0x66, 0x00, 0x67]), 'c.md': MISMATCH });
    const one = await runCli(['--no-config', '--workers', '1', 'a.md', 'b.md', 'missing.md', 'c.md'], { cwd: dir });
    const two = await runCli(['--no-config', '--workers', '2', 'a.md', 'b.md', 'missing.md', 'c.md'], { cwd: dir });
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('b.md: binary file');
    expect(one.stderr).toContain('missing.md: no such file');
    expect(two).toEqual(one);
  });

  it('lints a file too large for a worker on the main thread, in its place', async () => {
    const big = `${MISMATCH}\n${'We write down what we decide and why, and revisit it when the data disagrees.\n\n'.repeat(3500)}`;
    expect(big.length).toBeGreaterThan(WORKER_MAX_BYTES);
    const dir = scratch({ 'a.md': MISMATCH, 'b.md': big, 'c.md': MISMATCH });
    const one = await runCli(['--no-config', '--workers', '1', '-f', 'json', '.'], { cwd: dir });
    const two = await runCli(['--no-config', '--workers', '2', '-f', 'json', '.'], { cwd: dir });
    expect(JSON.parse(one.stdout).map((r: { filePath: string }) => r.filePath)).toEqual(['a.md', 'b.md', 'c.md']);
    expect(two).toEqual(one);
  });

  it('names the config file when core rejects a setting in a worker', async () => {
    const dir = scratch({ 'a.md': MISMATCH, 'b.md': MISMATCH, '.jdlintrc.json': JSON.stringify({ lexicon: { terms: [{ id: 'Bad Id', terms: ['x'], roles: {} }] } }) });
    const one = await runCli(['--workers', '1', 'a.md', 'b.md'], { cwd: dir });
    const two = await runCli(['--workers', '2', 'a.md', 'b.md'], { cwd: dir });
    expect(one.code).toBe(2);
    expect(two).toEqual(one);
  });

  it('rejects a worker count below 1', async () => {
    const { code, stderr } = await runCli(['--workers', '0', 'fixtures/postings']);
    expect(code).toBe(2);
    expect(stderr).toContain('expected a whole number of 1 or more');
  });

  it('uses one thread for small batches unless told otherwise', () => {
    expect(workerCount(POOL_THRESHOLD - 1, undefined)).toBe(1);
    expect(workerCount(POOL_THRESHOLD, undefined)).toBeGreaterThanOrEqual(1);
    expect(workerCount(3, 2)).toBe(2);
    expect(workerCount(1, 4)).toBe(1);
  });
});
