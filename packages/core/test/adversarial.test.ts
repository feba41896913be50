/**
 * Every rule over adversarial input (see adversarial.ts): analysis completes, every position lies
 * inside the source, and the parser guards answer the shapes they exist for. The test's timeout
 * guards against hangs and quadratic blow-ups (each input takes well under a second or two on a
 * developer machine); no elapsed time is asserted, since a busy machine would fail it at random.
 */
import { describe, expect, it } from 'vitest';
import { analyze, LineIndex, rules, yamlDepth, type JdlintConfig } from '@jdlint/core';
import { adversarial } from './adversarial.js';

// Every rule, at error: new rules are covered as they are registered.
const everyRule: JdlintConfig = { rules: Object.fromEntries(rules.map((r) => [r.id, 'error'])) };

describe.each(adversarial.map((a) => [a.name, a] as const))('adversarial input: %s', (_name, { input }) => {
  it('is analyzed by every rule in bounded time, with every position inside the source', () => {
    const result = analyze(input, { config: everyRule, date: new Date('2026-11-25') });
    const index = new LineIndex(input);
    for (const d of result.diagnostics) {
      expect(0 <= d.place.start.offset && d.place.start.offset <= d.place.end.offset && d.place.end.offset <= input.length).toBe(true);
      expect(index.point(d.place.start.offset)).toEqual(d.place.start);
      expect(index.point(d.place.end.offset)).toEqual(d.place.end);
    }
    for (const e of result.profile.evidence) expect(e.offset).toBeLessThanOrEqual(input.length);
  }, 120_000);
});

describe('what the parser guards answer', () => {
  const limitOf = (name: string) => {
    const input = adversarial.find((a) => a.name === name)?.input ?? '';
    const { diagnostics, posting } = analyze(input, { config: everyRule });
    return { limit: posting.markdownLimit, messages: diagnostics.filter((d) => d.ruleId === 'markdown-limits').map((d) => d.reason) };
  };

  it('nesting 20,000 levels deep is read as plain text, and said so', () => {
    expect(limitOf('nested block quotes').messages).toEqual(['Unexpected nesting 20000 levels deep, expected at most 32; the posting was read as plain text']);
    expect(limitOf('nested bullet items on one line').messages).toEqual(['Unexpected nesting 20000 levels deep, expected at most 32; the posting was read as plain text']);
    expect(limitOf('quotes and items interleaved').limit).toMatchObject({ limit: 'nesting', actual: 20000 });
    expect(limitOf('items nested by indentation (200 deep)').limit).toMatchObject({ limit: 'nesting', actual: 33 });
  });

  it('thousands of delimiters in a paragraph and thousands of lazy lines are read as plain text', () => {
    expect(limitOf('nested emphasis').limit).toMatchObject({ limit: 'delimiters', actual: 40000, max: 500 });
    expect(limitOf('unclosed HTML comments').limit).toMatchObject({ limit: 'delimiters' });
    expect(limitOf('lazy lines in a list item').limit).toMatchObject({ limit: 'lazyLines', actual: 20000, max: 256 });
    expect(limitOf('a list of items with sub-items').limit).toMatchObject({ limit: 'closings', actual: 9999, max: 200 });
    expect(limitOf('a list of items with quotes').limit).toMatchObject({ limit: 'closings' });
  });

  it('the plain-text reading still finds the prose: headings, items and their words', () => {
    const input = `# Machine Learning Engineer\n\n## Responsibilities\n\n- Build RAG pipelines with LangChain\n- Write and test prompt templates\n- Integrate the OpenAI API with function calling\n\n${'>'.repeat(100)} quoted\n`;
    const { diagnostics, posting } = analyze(input);
    expect(posting.markdownLimit).toMatchObject({ limit: 'nesting', actual: 100 });
    expect(posting.title?.text).toBe('Machine Learning Engineer');
    expect(posting.sections.map((s) => s.kind)).toContain('responsibilities');
    // (The whole-posting rules also speak: this short input has no requirements and no pay.)
    const whole = ['missing-section', 'posting-length', 'salary-range'];
    expect(diagnostics.map((d) => d.ruleId).filter((id) => !whole.includes(id))).toEqual(['title-duty-mismatch', 'markdown-limits']);
  });

  it('front matter nested 20,000 deep is a finding, not a crash', () => {
    const input = adversarial.find((a) => a.name === 'deep YAML front matter')?.input ?? '';
    const found = analyze(input).diagnostics.filter((d) => d.ruleId === 'valid-front-matter');
    expect(found.map((d) => d.reason)).toEqual(['Unexpected front matter that is not valid YAML (nested too deeply to read), expected `key: value` fields']);
  });
});

describe('YAML nested too deeply for the reader', () => {
  it('measures nesting in flow collections, blocks and dash runs, not inside quotes or comments', () => {
    expect(yamlDepth('title: AI Engineer\nlocation: Remote\n')).toBe(1);
    expect(yamlDepth('salary:\n  min: 1\n  max: 2\n')).toBe(2);
    expect(yamlDepth('tags: [a, [b, {c: d}]]\n')).toBe(4);
    expect(yamlDepth('- - - x\n')).toBe(4);
    expect(yamlDepth(`title: "${'['.repeat(1000)}"\nnote: '${'{'.repeat(1000)}'\n# ${'['.repeat(1000)}\n`)).toBe(1);
    expect(yamlDepth(`title: ${'['.repeat(20000)}${']'.repeat(20000)}\n`)).toBe(20001);
  });

  it('is refused unread, every time: analyzing it again and again never aborts the process', () => {
    // Once V8 compiled a regular expression to machine code deep inside the YAML reader's
    // recursion, and the process died ("RegExpCompiler Allocation failed"); a repeat run found it.
    const input = adversarial.find((a) => a.name === 'deep YAML front matter')?.input ?? '';
    for (let i = 0; i < 40; i++) {
      const found = analyze(input).diagnostics.filter((d) => d.ruleId === 'valid-front-matter');
      expect(found.map((d) => d.reason)).toEqual(['Unexpected front matter that is not valid YAML (nested too deeply to read), expected `key: value` fields']);
    }
  });

  it('a front matter of ordinary depth is still read', () => {
    const input = `---\ntitle: AI Engineer\nsalary: {min: 150000, max: 180000, currency: USD}\ntags: [[a, b], [c]]\n---\n\n# AI Engineer\n`;
    const { posting } = analyze(input);
    expect(posting.frontMatter?.problem).toBeNull();
    expect(posting.fields['tags']).toEqual([['a', 'b'], ['c']]);
  });
});
