/**
 * Smoke test of `pnpm bench --smoke`: the benchmark runs end to end on tiny sets (corpus, floor, jdlint through
 * its API and CLI, alex, write-good) and writes a well-formed page. No timing is asserted.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { posting, rng, specs } from '../src/corpus.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('corpus', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(posting(rng(7), 600)).toBe(posting(rng(7), 600));
    expect(posting(rng(8), 600)).not.toBe(posting(rng(7), 600));
  });

  it('gives postings of the asked length', () => {
    const words = posting(rng(3), 600)
      .split(/\s+/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    expect(words).toBeGreaterThanOrEqual(560);
    expect(words).toBeLessThanOrEqual(640);
  });

  it('has the sets the issue names', () => {
    expect(specs(false).map((s) => s.count)).toEqual([1, 100, 1000, 10000, 1, 1]);
  });
});

describe('pnpm bench --smoke', () => {
  it('runs end to end and writes a well-formed table', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jdlint-bench-test-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const out = path.join(dir, 'performance.md');
    // Bounded: a hung step fails the test with its output instead of holding the suite.
    execFileSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'packages/bench/src/index.ts'), '--smoke', '--out', out], { cwd: root, stdio: 'pipe', timeout: 240_000 });
    const page = readFileSync(out, 'utf8');
    expect(page.startsWith('# Performance\n')).toBe(true);
    const table = page.slice(page.indexOf('<!-- bench:start -->'), page.indexOf('<!-- bench:end -->'));
    for (const heading of ['Per posting, in-process', 'Warm re-lint', 'Cold start', 'Batches through the CLI']) expect(table).toContain(heading);
    for (const row of ['floor (remark-parse', 'jdlint API, all rules', 'write-good', 'alex', 'jdlint CLI']) expect(table).toContain(`| ${row}`);
    // Every table row has as many cells as its header, and every number cell is a number.
    const rows = table.split('\n').filter((l) => l.startsWith('|'));
    expect(rows.length).toBeGreaterThan(12);
    expect(page).toContain('smoke run');
    let cells = 0;
    for (const row of rows) {
      const n = row.split('|').length;
      const header = row.startsWith('| tool') || row.startsWith('| posting') || row.startsWith('| command');
      if (header) cells = n;
      expect(n).toBe(cells);
      if (!header && !row.includes('---')) for (const cell of row.split('|').slice(2, -1)) expect(cell.trim()).toMatch(/^(\d+(\.\d+)?×?|n\/a|\d+(\.\d+)? \/ \d+(\.\d+)?)$/);
    }
  }, 300_000);
});

describe('pnpm bench:stages', () => {
  it("names every step of analyze() with its share, cold and steady", () => {
    const out = execFileSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'packages/bench/src/stages.ts'), '--postings', '4', '--cold', '2', '--interval', '100'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    const sections = out.split('\n## ').slice(1);
    expect(sections.map((s) => s.slice(0, s.indexOf(':')))).toEqual(['Cold', 'Steady']);
    for (const section of sections) {
      const rows = section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| step') && !l.startsWith('| ---'));
      // The steps every analysis takes are there, each with a time and a share of the whole.
      for (const step of ['parseDocument parse/parse.js', 'tokenize nlp/nlp.js', 'readSignals engine/analyze.js']) expect(rows.some((r) => r.startsWith(`| ${step} |`))).toBe(true);
      for (const row of rows) expect(row).toMatch(/^\| .+ \| \d+\.\d{3} \| \d+\.\d% \|$/);
      const shares = rows.filter((r) => !r.includes('↳')).map((r) => Number(/(\d+\.\d)% \|$/.exec(r)?.[1]));
      expect(shares.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(100.5);
    }
  }, 180_000);
});

