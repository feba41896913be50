import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROLES } from '@jdlint/core';
import { repoRoot, runCli } from './helpers.js';

const dir = 'fixtures/postings';
const postings = readdirSync(repoRoot + dir).filter((f) => f.endsWith('.md')).sort();

describe.each(postings)('fixtures/postings/%s', (name) => {
  const file = `${dir}/${name}`;
  const slug = name.replace(/\.md$/, '');

  it('matches its expected lint output', async () => {
    const { stdout } = await runCli([file]);
    await expect(stdout).toMatchFileSnapshot(`${repoRoot}${dir}/${slug}.lint.out`);
  });

  it('matches its expected role profile', async () => {
    const { stdout } = await runCli(['analyze', file]);
    await expect(stdout).toMatchFileSnapshot(`${repoRoot}${dir}/${slug}.analyze.out`);
  });

  it('honours the JSON contracts', async () => {
    const lint = JSON.parse((await runCli(['--format', 'json', file])).stdout);
    expect(lint).toHaveLength(1);
    expect(lint[0]).toMatchObject({ filePath: file, errorCount: expect.any(Number), warningCount: expect.any(Number) });
    for (const m of lint[0].messages) {
      for (const k of ['line', 'column', 'endLine', 'endColumn']) expect(m[k]).toBeGreaterThanOrEqual(1);
      expect([0, 1, 2]).toContain(m.severity);
      expect(typeof m.ruleId).toBe('string');
      expect(typeof m.message).toBe('string');
    }
    const [p] = JSON.parse((await runCli(['analyze', '--format', 'json', file])).stdout);
    expect(p.titleRoles.length).toBeGreaterThan(0);
    for (const r of [...p.titleRoles, p.dutyRole]) expect(ROLES).toContain(r);
    expect(typeof p.mismatch).toBe('boolean');
    expect(['high', 'medium', 'low', 'none']).toContain(p.confidence);
    expect(Object.keys(p.scores).sort()).toEqual([...ROLES].sort());
    for (const e of p.evidence) expect(e.line).toBeGreaterThanOrEqual(1);
  });
});

describe('fixture verdicts', () => {
  it.each([
    ['ml-engineer-rag-duties', 'ai-engineer', true],
    ['ai-engineer-training-duties', 'ml-engineer', true],
    ['data-scientist-pipeline-duties', 'data-engineer', true],
    ['ml-engineer-fraud-models', 'ml-engineer', false],
    ['ai-engineer-support-assistant', 'ai-engineer', false],
    ['data-engineer-warehouse', 'data-engineer', false],
    ['mlops-serving-platform', 'mlops', false],
    ['software-engineer-billing', 'software-engineer', false],
    ['ai-ml-engineer-combined', 'ai-engineer', false],
    ['ai-engineer-vague-startup', 'ai-engineer', false],
    ['ml-engineer-clean-quantified', 'ml-engineer', false],
    ['data-scientist-long-eeo', 'data-scientist', false],
  ])('%s: duties %s, mismatch %s', async (slug, dutyRole, mismatch) => {
    const [p] = JSON.parse((await runCli(['analyze', '--format', 'json', `${dir}/${slug}.md`])).stdout);
    expect(p.dutyRole).toBe(dutyRole);
    expect(p.mismatch).toBe(mismatch);
  });
});
