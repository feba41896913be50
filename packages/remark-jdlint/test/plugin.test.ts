import { analyze, ConfigError } from '@jdlint/core';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkJdlint, { type JdlintMessage } from '../src/index.js';

const fixtures = new URL('../../../fixtures/postings/', import.meta.url);
const fixture = new URL('ml-engineer-rag-duties.md', fixtures);
/** The built CLI, the reference the plugin's findings are compared with. */
const bin = fileURLToPath(new URL('../../cli/bin.js', import.meta.url));

function processor(options?: Parameters<typeof remarkJdlint>[0]) {
  // A plain remark pipeline: parse, then the plugin as a transformer (no compiler needed).
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkJdlint, options);
}

async function lint(value: string, options?: Parameters<typeof remarkJdlint>[0], path = 'posting.md') {
  const file = new VFile({ path, value });
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

  it('reports exactly what core reports for the same text, fixes included, on every fixture', async () => {
    const date = new Date('2026-11-01');
    const names = readdirSync(fixtures).filter((n) => n.endsWith('.md'));
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) {
      const value = readFileSync(new URL(name, fixtures), 'utf8');
      const file = await lint(value, { date });
      const fromCore = analyze(value, { date }).diagnostics.map((d) => ({
        reason: d.reason,
        ruleId: d.ruleId,
        place: d.place,
        url: d.url,
        actual: d.actual,
        expected: d.expected,
        note: d.note,
        fix: d.fix,
        fatal: d.severity === 'error' ? true : d.severity === 'warning' ? false : undefined,
      }));
      const messages = (file.messages as JdlintMessage[]).map((m) => ({
        reason: m.reason,
        ruleId: m.ruleId,
        place: m.place,
        url: m.url,
        actual: m.actual,
        expected: m.expected,
        note: m.note,
        fix: m.fix,
        fatal: m.fatal,
      }));
      expect(messages, name).toEqual(fromCore);
    }
  });

  it('lints a plain-text posting, its title on the first line', async () => {
    const text = [
      'Senior Machine Learning Engineer',
      '',
      "What you'll do",
      'Build RAG pipelines over contracts with LangChain.',
      'Write and test prompts for GPT-4o, and run LLM evaluation with golden sets.',
      'Wire agents to a vector database through function calling.',
      '',
    ].join('\n');
    const file = await lint(text, {}, 'draft.txt');
    // A draft this short also lacks sections and pay; this test is about the title on line 1.
    expect(file.messages.filter((m) => m.ruleId === 'title-duty-mismatch').map((m) => [String(m), m.expected])).toEqual([
      [expect.stringMatching(/^draft\.txt:1:1-1:33: Unexpected duties for `Senior Machine Learning Engineer`/), ['Senior AI Engineer']],
    ]);
  });

  it('keeps its findings in the plain pipeline without remark-frontmatter, and says once how to set it up', async () => {
    const file = new VFile({ path: 'posting.md', value: readFileSync(fixture, 'utf8') });
    const p = unified().use(remarkParse).use(remarkJdlint);
    await p.run(p.parse(file), file);
    const [advice, ...findings] = file.messages;
    expect(advice).toMatchObject({
      reason: 'Unexpected front matter in a pipeline without `remark-frontmatter` (jdlint read it from the source), expected `remark-frontmatter` with `yaml` among the plugins',
      source: 'jdlint',
      fatal: undefined,
      place: { start: { line: 1, column: 1 }, end: { line: 1, column: 4 } },
      url: expect.stringMatching(/docs\/editors\.md#remark-cli$/),
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'title-duty-mismatch',
      source: 'jdlint',
      fatal: true,
      line: 2,
      place: { start: { line: 2, column: 8, offset: 11 }, end: { line: 2, column: 40 } },
      url: expect.stringMatching(/docs\/rules\/title-duty-mismatch\.md$/),
      actual: 'Senior Machine Learning Engineer',
    });
  });

  it('reports what the CLI reports (rule id and range) on every fixture, with or without remark-frontmatter', async () => {
    const names = readdirSync(fixtures).filter((n) => n.endsWith('.md'));
    const files = names.map((n) => fileURLToPath(new URL(n, fixtures)));
    const cli = spawnSync(process.execPath, [bin, '--format', 'json', ...files], { encoding: 'utf8', timeout: 60_000 });
    expect(cli.error, 'the CLI did not finish in 60 s').toBeUndefined();
    const results = JSON.parse(cli.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number; endLine: number; endColumn: number }> }>;
    expect(results).toHaveLength(names.length);
    const pipelines = {
      plain: () => unified().use(remarkParse).use(remarkJdlint),
      gfm: () => unified().use(remarkParse).use(remarkGfm).use(remarkJdlint),
      frontmatter: () => processor(),
    };
    let compared = 0;
    for (const [i, file] of files.entries()) {
      const value = readFileSync(file, 'utf8');
      const fromCli = (results[i]?.messages ?? []).map((m) => `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`);
      compared += fromCli.length;
      for (const [name, build] of Object.entries(pipelines)) {
        const vfile = new VFile({ path: file, value });
        const p = build();
        await p.run(p.parse(vfile), vfile);
        const found = vfile.messages.filter((m) => m.ruleId !== undefined).map((m) => `${m.ruleId} ${m.place && 'start' in m.place ? `${m.place.start.line}:${m.place.start.column}-${m.place.end.line}:${m.place.end.column}` : ''}`);
        expect(found, `${names[i]} (${name})`).toEqual(fromCli);
        const advice = vfile.messages.filter((m) => m.ruleId === undefined);
        expect(advice, `${names[i]} (${name})`).toHaveLength(name === 'frontmatter' ? 0 : 1);
      }
    }
    // Every fixture starts with front matter, and together they hold findings of many rules.
    expect(compared).toBeGreaterThan(10);
  });

  it('rejects a bad config when the pipeline is built, naming the rule', () => {
    const build = () => processor({ config: { rules: { 'no-such-rule': 'error' } } }).freeze();
    expect(build).toThrow(ConfigError);
    expect(build).toThrow('Unknown rule "no-such-rule"');
    expect(() => processor({ config: { rules: { 'title-duty-mismatch': ['warning', { minShareLead: 'high' }] } } }).freeze()).toThrow(/minShareLead/);
  });
});
