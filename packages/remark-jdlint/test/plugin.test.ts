import { readFileSync } from 'node:fs';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkJdlint from '../src/index.js';

const fixture = new URL('../../../fixtures/postings/ml-engineer-rag-duties.md', import.meta.url);

function processor(options?: Parameters<typeof remarkJdlint>[0]) {
  // A plain remark pipeline: parse, then the plugin as a transformer (no compiler needed).
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkJdlint, options);
}

async function lint(value: string, options?: Parameters<typeof remarkJdlint>[0]) {
  const file = new VFile({ path: 'posting.md', value });
  const p = processor(options);
  await p.run(p.parse(file), file);
  return file;
}

describe('remark-jdlint', () => {
  it('reports core diagnostics as vfile messages with place, ruleId, source, url and fatal', async () => {
    const file = await lint(readFileSync(fixture, 'utf8'));
    expect(file.messages).toHaveLength(1);
    const [m] = file.messages;
    expect(m).toMatchObject({
      ruleId: 'title-duty-mismatch',
      source: 'jdlint',
      fatal: true,
      place: { start: { line: 2, column: 8, offset: 11 }, end: { line: 2, column: 40 } },
      url: expect.stringMatching(/title-duty-mismatch\.md$/),
      actual: 'Senior Machine Learning Engineer',
      expected: expect.arrayContaining(['Senior AI Engineer']),
      note: expect.stringMatching(/\(source: .+\)$/),
    });
    expect(String(m)).toMatch(/^posting\.md:2:8-2:40: Unexpected duties for `Senior Machine Learning Engineer`/);
  });

  it('takes the same config as the CLI', async () => {
    const value = readFileSync(fixture, 'utf8');
    const warn = await lint(value, { config: { rules: { 'title-duty-mismatch': 'warning' } } });
    expect(warn.messages[0]?.fatal).toBe(false);
    const off = await lint(value, { config: { rules: { 'title-duty-mismatch': 'off' } } });
    expect(off.messages).toEqual([]);
  });

  it('is quiet on a posting whose title matches its duties', async () => {
    const file = await lint('# AI Engineer\n\n## What you will do\n\n- Build RAG pipelines with LangChain\n- Write prompts and run LLM evaluation\n');
    expect(file.messages.filter((m) => m.ruleId === 'title-duty-mismatch')).toEqual([]);
  });
});
