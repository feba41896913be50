import { describe, expect, it } from 'vitest';
import { analyze, applyFixes, rules, type Diagnostic, type JdlintConfig } from '@jdlint/core';

// A posting whose title claims ML engineering over AI-engineer duties: one title-duty-mismatch.
const BODY = '## Responsibilities\n\n- Build RAG pipelines with LangChain\n- Write and test prompt templates\n- Integrate the OpenAI API with function calling\n';
const HEADING = `# Machine Learning Engineer\n\n${BODY}`;
const FRONT = `---\ntitle: Machine Learning Engineer\n---\n\n${BODY}`;

// Only the title rule runs here, so the assertions speak about the comments, not other rules.
const OTHERS_OFF = Object.fromEntries(rules.filter((r) => r.id !== 'title-duty-mismatch').map((r) => [r.id, 'off' as const]));
const only = (config: JdlintConfig = {}): JdlintConfig => ({ ...config, rules: { ...OTHERS_OFF, ...(config.rules ?? {}) } });
const ids = (text: string, config: JdlintConfig = {}) => analyze(text, { config: only(config) }).diagnostics.map((d) => d.ruleId);

describe('inline control comments', () => {
  it('the posting has a finding without comments', () => {
    expect(ids(HEADING)).toEqual(['title-duty-mismatch']);
    expect(ids(FRONT)).toEqual(['title-duty-mismatch']);
  });

  it('jdlint-disable with a rule id turns that rule off from there on', () => {
    expect(ids(`<!-- jdlint-disable title-duty-mismatch -->\n${HEADING}`)).toEqual([]);
    expect(ids(`<!-- jdlint-disable some-other-rule -->\n${HEADING}`)).toEqual(['title-duty-mismatch']);
  });

  it('jdlint-disable without ids turns every rule off; several ids may be listed', () => {
    expect(ids(`<!-- jdlint-disable -->\n${HEADING}`)).toEqual([]);
    expect(ids(`<!--jdlint-disable other-rule, title-duty-mismatch-->\n${HEADING}`)).toEqual([]);
  });

  it('a disable after the finding does not reach back', () => {
    expect(ids(`${HEADING}\n<!-- jdlint-disable -->\n`)).toEqual(['title-duty-mismatch']);
  });

  it('jdlint-enable turns rules back on, all or by id', () => {
    expect(ids(`<!-- jdlint-disable -->\n<!-- jdlint-enable -->\n${HEADING}`)).toEqual(['title-duty-mismatch']);
    expect(ids(`<!-- jdlint-disable title-duty-mismatch -->\n\n<!-- jdlint-enable title-duty-mismatch -->\n\n${HEADING}`)).toEqual(['title-duty-mismatch']);
    expect(ids(`<!-- jdlint-disable -->\n\n<!-- jdlint-enable title-duty-mismatch -->\n\n${HEADING}`)).toEqual(['title-duty-mismatch']);
    expect(ids(`<!-- jdlint-disable title-duty-mismatch -->\n\n<!-- jdlint-enable other-rule -->\n\n${HEADING}`)).toEqual([]);
  });

  it('jdlint-disable-next-line covers the next line with text only', () => {
    expect(ids(`<!-- jdlint-disable-next-line title-duty-mismatch -->\n${HEADING}`)).toEqual([]);
    expect(ids(`<!-- jdlint-disable-next-line -->\n\n${HEADING}`)).toEqual([]);
    expect(ids(`<!-- jdlint-disable-next-line other-rule -->\n${HEADING}`)).toEqual(['title-duty-mismatch']);
    expect(ids(`<!-- jdlint-disable-next-line -->\nIntro line.\n\n${HEADING}`)).toEqual(['title-duty-mismatch']);
  });

  it('a disable before any prose also covers a front-matter title', () => {
    expect(ids(FRONT.replace('---\n\n', '---\n<!-- jdlint-disable title-duty-mismatch -->\n\n'))).toEqual([]);
    expect(ids(FRONT.replace('## Responsibilities', 'Intro.\n\n<!-- jdlint-disable title-duty-mismatch -->\n\n## Responsibilities'))).toEqual(['title-duty-mismatch']);
  });

  it('ignores ordinary comments and look-alikes', () => {
    expect(ids(`<!-- a note for editors -->\n<!-- jdlint-disabled -->\n${HEADING}`)).toEqual(['title-duty-mismatch']);
  });

  it('works on a tree handed in by remark', async () => {
    const { unified } = await import('unified');
    const remarkParse = (await import('remark-parse')).default;
    const source = `<!-- jdlint-disable title-duty-mismatch -->\n${HEADING}`;
    expect(analyze(unified().use(remarkParse).parse(source), { source, config: only() }).diagnostics).toEqual([]);
  });
});

describe('allow phrases', () => {
  it('drops a finding whose offending text is allowed, ignoring case and spacing', () => {
    const [d] = analyze(HEADING, { config: only() }).diagnostics;
    expect(d?.actual).toBe('Machine Learning Engineer');
    expect(ids(HEADING, { allow: ['machine  learning ENGINEER'] })).toEqual([]);
    expect(ids(HEADING, { allow: ['machine learning'] })).toEqual(['title-duty-mismatch']);
  });

  it('reads hyphens and spaces alike, the way a rule\'s own `allow` option does (one normaliser)', () => {
    expect(ids(HEADING, { allow: ['Machine-Learning  engineer'] })).toEqual([]);
    const posting = '# Data Engineer\n\n## About us\n\nWe are a fast paced team.\n';
    const cliches = (config: JdlintConfig) => analyze(posting, { config }).diagnostics.filter((d) => d.ruleId === 'no-cliche').map((d) => d.actual);
    expect(cliches({})).toEqual(['fast paced team']);
    expect(cliches({ allow: ['Fast-Paced Team'] })).toEqual([]);
    expect(cliches({ rules: { 'no-cliche': ['info', { allow: ['FAST PACED'] }] } })).toEqual([]);
  });

  it('rejects an allow list that is not phrases', () => {
    expect(() => analyze(HEADING, { config: { allow: 'rockstar' as never } })).toThrow(/"allow" must be a list of phrases/);
    expect(() => analyze(HEADING, { config: { allow: ['ok', ' '] } })).toThrow(/"allow" entry 2 is empty/);
  });
});

function finding(start: number, end: number, text?: string): Diagnostic {
  const point = (offset: number) => ({ line: 1, column: offset + 1, offset });
  const d: Diagnostic = { ruleId: 'some-rule', source: 'jdlint', reason: 'r', place: { start: point(start), end: point(end) }, severity: 'warning', url: 'u' };
  if (text !== undefined) d.fix = { range: [start, end], text };
  return d;
}

describe('applyFixes', () => {
  it('applies non-overlapping fixes last to first and reports them in source order', () => {
    const source = 'Use Pytorch and Langchain daily.';
    const a = finding(4, 11, 'PyTorch');
    const b = finding(16, 25, 'LangChain');
    const { output, applied } = applyFixes(source, [b, a, finding(0, 3)]);
    expect(output).toBe('Use PyTorch and LangChain daily.');
    expect(applied).toEqual([a, b]);
  });

  it('leaves overlapping and touching fixes for the next pass', () => {
    const source = 'abcdef';
    const first = finding(0, 3, 'X');
    const { output, applied } = applyFixes(source, [finding(2, 4, 'Y'), first, finding(3, 3, '+')]);
    expect(output).toBe('Xdef');
    expect(applied).toEqual([first]);
  });

  it('ignores no-op fixes and ranges outside the source', () => {
    const source = 'abc';
    expect(applyFixes(source, [finding(0, 1, 'a'), finding(2, 9, 'z')])).toEqual({ output: 'abc', applied: [] });
  });

  it('keeps every byte outside the fixed spans: CRLF, trailing newline, non-ASCII', () => {
    const source = 'Café\r\n- Use Javascript\r\n';
    const at = source.indexOf('Javascript');
    expect(applyFixes(source, [finding(at, at + 10, 'JavaScript')]).output).toBe('Café\r\n- Use JavaScript\r\n');
  });
});

describe('4. typos in control comments are reported, and jdlint-disable-line is supported', () => {
  const withControl = (text: string) =>
    analyze(text, { config: only({ rules: { 'valid-control-comment': 'info' } }) }).diagnostics.map((d) => `${d.place.start.line}:${d.place.start.column}-${d.place.end.line}:${d.place.end.column} ${d.severity} ${d.ruleId}: ${d.reason}`);

  it('an unknown rule id is an info finding naming the comment, with the closest rule id as the suggestion', () => {
    const text = `<!-- jdlint-disable title-duty-mismatc -->\n${HEADING}`;
    expect(withControl(text)).toEqual([
      '1:1-1:43 info valid-control-comment: Unexpected unknown rule `title-duty-mismatc` in `<!-- jdlint-disable title-duty-mismatc -->`, expected a rule id from `jdlint rules`',
      expect.stringMatching(/^2:3-2:28 error title-duty-mismatch: Unexpected duties for `Machine Learning Engineer`/),
    ]);
    const [d] = analyze(text, { config: only({ rules: { 'valid-control-comment': 'info' } }) }).diagnostics;
    expect(d?.expected).toEqual(['title-duty-mismatch']);
    expect(withControl(`<!-- jdlint-disable nope-rule -->\n${HEADING}`)[0]).toBe(
      '1:1-1:34 info valid-control-comment: Unexpected unknown rule `nope-rule` in `<!-- jdlint-disable nope-rule -->`, expected a rule id from `jdlint rules`',
    );
  });

  it('an unknown directive is an info finding naming the comment, and changes nothing', () => {
    expect(withControl(`<!-- jdlint-disabel title-duty-mismatch -->\n${HEADING}`)).toEqual([
      '1:1-1:44 info valid-control-comment: Unexpected unknown directive `jdlint-disabel` in `<!-- jdlint-disabel title-duty-mismatch -->`, expected `jdlint-disable`, `jdlint-enable`, `jdlint-disable-line` or `jdlint-disable-next-line`',
      expect.stringContaining('title-duty-mismatch: Unexpected duties'),
    ]);
  });

  it('is on by default, at info, so a typo never passes silently', () => {
    const [d] = analyze(`<!-- jdlint-disable nope-rule -->\n\nWe build software.\n`).diagnostics.filter((x) => x.ruleId === 'valid-control-comment');
    expect(d?.severity).toBe('info');
    expect(rules.find((r) => r.id === 'valid-control-comment')?.meta.defaultSeverity).toBe('info');
  });

  it('a comment with good ids and a `--` justification is no finding; the justification is not read as ids', () => {
    expect(withControl(`<!-- jdlint-disable title-duty-mismatch -- the team does both -->\n${HEADING}`)).toEqual([]);
    expect(withControl(`<!-- jdlint-disable-next-line title-duty-mismatch, ambiguous-title -->\n${HEADING}`)).toEqual([]);
  });

  it('a disable-everything comment does not hide a broken comment below it', () => {
    expect(withControl(`<!-- jdlint-disable -->\n<!-- jdlint-disable nope-rule -->\n${HEADING}`)).toEqual([
      expect.stringMatching(/^2:1-2:34 info valid-control-comment: Unexpected unknown rule `nope-rule`/),
    ]);
  });

  it('jdlint-disable-line turns rules off on its own line only', () => {
    const inline = HEADING.replace('# Machine Learning Engineer', '# Machine Learning Engineer <!-- jdlint-disable-line title-duty-mismatch -->');
    expect(ids(inline)).toEqual([]);
    expect(ids(HEADING.replace('# Machine Learning Engineer', '# Machine Learning Engineer <!-- jdlint-disable-line -->'))).toEqual([]);
    expect(ids(HEADING.replace('# Machine Learning Engineer', '# Machine Learning Engineer <!-- jdlint-disable-line other-rule -->'))).toEqual(['title-duty-mismatch']);
    expect(ids(`<!-- jdlint-disable-line title-duty-mismatch -->\n${HEADING}`)).toEqual(['title-duty-mismatch']);
    expect(withControl(inline)).toEqual([]);
  });
});

describe('12. what inline comments turned off is reported as suppressed', () => {
  it('AnalyzeResult.suppressed lists each suppressed finding with its comment and justification', () => {
    const result = analyze(`<!-- jdlint-disable title-duty-mismatch -- a hybrid role -->\n${HEADING}`, { config: only() });
    expect(result.diagnostics).toEqual([]);
    expect(result.suppressed.map((s) => [s.ruleId, s.place.start.line, s.suppressions])).toEqual([
      ['title-duty-mismatch', 2, [{ kind: 'directive', justification: 'a hybrid role' }]],
    ]);
    expect(analyze(HEADING, { config: only() }).suppressed).toEqual([]);
    // A finding dropped by the config's `allow` list is not an inline suppression.
    expect(analyze(HEADING, { config: only({ allow: ['Machine Learning Engineer'] }) }).suppressed).toEqual([]);
  });
});
