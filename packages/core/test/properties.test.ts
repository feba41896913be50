/**
 * Property-based tests (fast-check) over random Markdown and Unicode: emoji, combining marks,
 * CRLF and lone CR, NUL, lone surrogates, byte-order marks, control comments, front matter.
 * Seeds and run counts are fixed, so the suite is deterministic; a failure prints its seed and
 * the shrunk counterexample.
 */
import fc from 'fast-check';
import { unified } from 'unified';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { analyze, applyFixes, createAnalysisCache, LineIndex, rules, tokenize, type Diagnostic, type Point } from '@jdlint/core';
import { checkMarkdownLimits, parsePlainText } from '../src/parse/index.js';
import { tokenizeReusing } from '../src/nlp/index.js';
import { parseDocument, parseInPieces, parseMarkdown } from '../src/parse/index.js';
import { LastRunCache } from '../src/shared/index.js';
import { buildPosting } from '../src/posting/index.js';

const SEED = 20261125;
const DATE = new Date('2026-11-25');

/** Markdown syntax, posting words and awkward Unicode, as fragments to concatenate. */
const SYNTAX = [
  '# ', '## ', '### ', '- ', '* ', '+ ', '1. ', '2) ', '> ', '>', '    ', '\t', ' ', '  ', '\n', '\n\n', '\r\n', '\r', '\r\n\r\n',
  '*', '**', '_', '__', '~~', '`', '``', '```\n', '~~~\n', '[', ']', '(', ')', '![', '<', '>', '</', '<br>', '<div>\n', '</div>\n',
  '<!-- jdlint-disable -->', '<!-- jdlint-enable -->', '<!-- jdlint-disable-next-line title-duty-mismatch -->', '<!--', '-->',
  '---\n', '***\n', '===\n', '|', '| a | b |\n|---|---|\n', '&amp;', '&#x1F600;', '&nbsp;', '\\', '\\*', 'https://example.com/a_b',
  '[^1]', 'www.example.com', 'a@b.co', ':', '- [ ] ', '- [x] ',
];
const UNICODE = ['e\u0301', 'n\u0303\u0323', '👩‍💻', '🚀', '🇩🇪', '\u0000', '\ufeff', '\u200b', '\u200d', '\u202e', '\u00a0', '\u2028', 'ä', 'İ', 'ß', 'Ω', '中文', 'العربية', '\ud800', '\udc00', '\u{1F600}'];
const WORDS = [
  'Machine Learning Engineer', 'AI Engineer', 'Data Scientist', 'Senior', 'Build RAG pipelines', 'with LangChain', 'train PyTorch models',
  'prompt engineering', 'vector database', 'feature engineering', 'you will not', 'fine-tuning', '5+ years of experience',
  '$120,000–$150,000', 'Requirements', 'Responsibilities', 'Nice to have', 'Benefits', 'equal opportunity employer', 'etc.',
];

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SYNTAX) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 2, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: codeUnit },
);
const frontMatter = fc.oneof(
  fc.constant(''),
  fc.constant('---\ntitle: Machine Learning Engineer\nlocation: Remote\n---\n'),
  fc.constant('---\ntitle: [broken\n---\n'),
  fc.constant('---\r\n- a list\r\n---\r\n'),
  fc.array(fragment, { maxLength: 6 }).map((parts) => `---\n${parts.join('')}\n---\n`),
);
const markdown = fc.tuple(frontMatter, fc.array(fragment, { maxLength: 60 })).map(([fm, parts]) => fm + parts.join(''));

/** The offset a 1-based line and column stand for, from the line starts of `source`. */
function offsetOf(source: string, point: Point): number {
  let line = 1;
  let start = 0;
  while (line < point.line) {
    start = source.indexOf('\n', start) + 1;
    line++;
  }
  return start + point.column - 1;
}

function checkPlace(source: string, d: Diagnostic, index: LineIndex): void {
  const { start, end } = d.place;
  expect(0 <= start.offset && start.offset <= end.offset && end.offset <= source.length, `${d.ruleId} ${JSON.stringify(d.place)} in ${source.length}`).toBe(true);
  expect(index.point(start.offset)).toEqual(start);
  expect(index.point(end.offset)).toEqual(end);
  expect(offsetOf(source, start)).toBe(start.offset);
  expect(offsetOf(source, end)).toBe(end.offset);
  if (d.fix) expect(0 <= d.fix.range[0] && d.fix.range[0] <= d.fix.range[1] && d.fix.range[1] <= source.length).toBe(true);
}

describe('analyze over random Markdown and Unicode', () => {
  it('never throws, and every position lies inside the source and round-trips through line and column', () => {
    fc.assert(
      fc.property(markdown, (source) => {
        const result = analyze(source, { date: DATE });
        const index = new LineIndex(source);
        for (const d of result.diagnostics) checkPlace(source, d, index);
        for (const e of result.profile.evidence) {
          expect(0 <= e.offset && e.offset <= source.length).toBe(true);
          expect(index.point(e.offset)).toMatchObject({ line: e.line, column: e.column });
        }
        const { posting } = result;
        if (posting.title) expect(0 <= posting.title.span.start && posting.title.span.start <= posting.title.span.end && posting.title.span.end <= source.length).toBe(true);
        for (const b of posting.blocks) expect(0 <= b.start && b.start <= b.end && b.end <= posting.text.length).toBe(true);
        for (const m of result.mentions) expect(0 <= m.start && m.start <= m.end && m.end <= posting.text.length).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('maps every token of the text projection back into the source, in order', () => {
    fc.assert(
      fc.property(markdown, (source) => {
        const { posting } = analyze(source, { date: DATE });
        const { tokens } = tokenize(posting.text);
        let previous = 0;
        for (const t of tokens) {
          expect(posting.text.slice(t.start, t.end)).toBe(t.value);
          const mapped = posting.projection.rangeToSource(t.start, t.end);
          expect(0 <= mapped.start && mapped.start <= mapped.end && mapped.end <= source.length).toBe(true);
          expect(mapped.start).toBeGreaterThanOrEqual(previous);
          previous = mapped.start;
          // A word that stands in the source as one run (no markup dropped inside it) reads the
          // same there, unless decoding made it (escapes, character references).
          if (!/[\\&]/.test(source) && /^[A-Za-z0-9]+$/.test(t.value) && mapped.end - mapped.start === t.value.length) {
            expect(source.slice(mapped.start, mapped.end)).toBe(t.value);
          }
        }
      }),
      { seed: SEED + 1, numRuns: 200 },
    );
  });

  it('is deterministic: the same source gives the same findings and profile', () => {
    fc.assert(
      fc.property(markdown, (source) => {
        const a = analyze(source, { date: DATE });
        const b = analyze(source, { date: DATE });
        expect(JSON.stringify([b.diagnostics, b.profile, b.posting.text])).toBe(JSON.stringify([a.diagnostics, a.profile, a.posting.text]));
      }),
      { seed: SEED + 2, numRuns: 100 },
    );
  });

  it('runs every rule on every input: rules never throw on their own either', () => {
    fc.assert(
      fc.property(markdown, fc.constantFrom(...rules.map((r) => r.id)), (source, id) => {
        const config = { rules: Object.fromEntries(rules.map((r) => [r.id, r.id === id ? 'error' : 'off'])) } as const;
        for (const d of analyze(source, { config, date: DATE }).diagnostics) expect(d.ruleId).toBe(id);
      }),
      { seed: SEED + 3, numRuns: 100 },
    );
  });
});

const whole = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

describe('the analysis cache (an editor re-linting one document)', () => {
  /** What the cache may not change: everything a front end shows. */
  const shown = (source: string, cache?: ReturnType<typeof createAnalysisCache>) => {
    const result = analyze(source, { date: DATE, ...(cache ? { cache } : {}) });
    return { diagnostics: result.diagnostics, profile: result.profile, text: result.posting.text };
  };
  const edit = fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.array(fragment, { maxLength: 3 }));

  it('a cached parse and tokenization equal a fresh one, for any text and any edits after it', () => {
    fc.assert(
      fc.property(markdown, fc.array(edit, { minLength: 1, maxLength: 4 }), (first, edits) => {
        const pieces = new LastRunCache<ReturnType<typeof parseMarkdown>>();
        const blocks = new LastRunCache<ReturnType<typeof tokenize>>();
        let source = first;
        for (const [at, cut, inserted] of [[0, 0, []] as [number, number, string[]], ...edits]) {
          const from = source.length === 0 ? 0 : at % (source.length + 1);
          source = source.slice(0, from) + inserted.join('') + source.slice(from + cut);
          const parsed = parseDocument(source, pieces);
          expect(parsed).toEqual(parseDocument(source));
          const text = buildPosting(parsed, source).text;
          expect(tokenizeReusing(text, blocks)).toEqual(tokenize(text));
        }
      }),
      { seed: SEED + 7, numRuns: 150 },
    );
  });

  it('gives the findings and profile a fresh analysis gives, edit after edit', () => {
    fc.assert(
      fc.property(markdown, fc.array(edit, { minLength: 1, maxLength: 3 }), (first, edits) => {
        const cache = createAnalysisCache();
        let source = first;
        expect(shown(source, cache)).toEqual(shown(source));
        for (const [at, cut, inserted] of edits) {
          const from = source.length === 0 ? 0 : at % (source.length + 1);
          source = source.slice(0, from) + inserted.join('') + source.slice(from + cut);
          expect(shown(source, cache)).toEqual(shown(source));
        }
      }),
      { seed: SEED + 8, numRuns: 60 },
    );
  });
});

describe('the parser guards', () => {
  it('the plain-text reader keeps every node inside the source, its text exactly as written', () => {
    fc.assert(
      fc.property(markdown, (source) => {
        const tree = parsePlainText(source);
        const stack: Nodes[] = [tree];
        while (stack.length > 0) {
          const node = stack.pop() as Nodes;
          const p = node.position;
          expect(p).toBeDefined();
          expect(0 <= (p?.start.offset ?? -1) && (p?.start.offset ?? 0) <= (p?.end.offset ?? -1) && (p?.end.offset ?? Infinity) <= source.length).toBe(true);
          if (node.type === 'text') expect(source.slice(p?.start.offset, p?.end.offset)).toBe(node.value);
          if ('children' in node) stack.push(...node.children);
        }
      }),
      { seed: SEED + 4, numRuns: 300 },
    );
  });

  it('parsing in pieces gives the tree a whole parse gives (without reference definitions)', () => {
    // Sections of headings, lists, quotes, tables, code and HTML, cut as small as the boundaries allow.
    const section = fc.tuple(fc.constantFrom('', '# ', '## ', '- ', '> ', '1. ', '    ', '| a |\n|---|\n| ', '```\n', '<div>\n', '<!-- x\n'), fc.array(fragment, { maxLength: 12 }));
    const doc = fc.array(section, { minLength: 2, maxLength: 12 }).map((sections) => sections.map(([lead, parts]) => lead + parts.join('')).join('\n\n'));
    fc.assert(
      fc.property(doc, (source) => {
        // Definitions resolve only within a piece; a leading byte-order mark is set aside before
        // parsing (micromark drops it and counts positions from after it).
        fc.pre(!source.includes(']:') && !source.startsWith('\ufeff'));
        const strip = (tree: Root) => JSON.stringify(tree);
        expect(strip(parseInPieces(source, 1))).toBe(strip(whole.parse(source)));
      }),
      { seed: SEED + 5, numRuns: 300 },
    );
  });

  it('a leading byte-order mark does not shift positions', () => {
    fc.assert(
      fc.property(markdown, (body) => {
        const source = `\uFEFF${body}`;
        const { diagnostics } = analyze(source, { date: DATE });
        const without = analyze(body, { date: DATE }).diagnostics;
        const index = new LineIndex(source);
        for (const d of diagnostics) checkPlace(source, d, index);
        // The same findings as without the mark, one character further on (messages that name
        // a line and column name the moved ones).
        expect(diagnostics.map((d) => [d.ruleId, d.place.start.offset, d.place.end.offset])).toEqual(
          without.map((d) => [d.ruleId, d.place.start.offset + 1, d.place.end.offset + 1]),
        );
      }),
      { seed: SEED + 9, numRuns: 100 },
    );
  });

  it('a source within the limits is parsed as Markdown, whatever its shape', () => {
    fc.assert(
      fc.property(markdown, (source) => {
        const problem = checkMarkdownLimits(source);
        if (problem) expect(problem.actual).toBeGreaterThan(problem.max);
        else expect(analyze(source).posting.markdownLimit).toBeNull();
      }),
      { seed: SEED + 6, numRuns: 200 },
    );
  });
});

describe('applyFixes over random text and fixes', () => {
  const text = fc.array(fc.oneof(fc.constantFrom(...WORDS, ...UNICODE, '\r\n', '\n', ' ', '\t', 'Javascript', 'Pytorch'), codeUnit), { maxLength: 40 }).map((p) => p.join(''));

  it('changes only the fixed spans, in order, and never one fix inside another', () => {
    const fixes = (length: number) =>
      fc.array(fc.tuple(fc.nat({ max: length }), fc.nat({ max: length }), fc.string({ maxLength: 5 })), { maxLength: 6 }).map((list) =>
        list.map(([a, b, t], i) => ({ fix: { range: [Math.min(a, b), Math.max(a, b)] as [number, number], text: t }, ruleId: `r${i}` }) as unknown as Diagnostic),
      );
    fc.assert(
      fc.property(text.chain((source) => fc.tuple(fc.constant(source), fixes(source.length))), ([source, diagnostics]) => {
        const { output, applied } = applyFixes(source, diagnostics);
        // Rebuild the output from the untouched source between the applied fixes.
        let expected = '';
        let at = 0;
        let lastEnd = -1;
        for (const d of applied) {
          const [s, e] = d.fix!.range;
          expect(s).toBeGreaterThan(lastEnd); // no overlap, no touching
          expect(source.slice(s, e)).not.toBe(d.fix!.text); // no no-op fix
          expected += source.slice(at, s) + d.fix!.text;
          at = e;
          lastEnd = e;
        }
        expect(output).toBe(expected + source.slice(at));
        if (applied.length === 0) expect(output).toBe(source);
      }),
      { seed: SEED + 7, numRuns: 500 },
    );
  });

  it('keeps CRLF, a byte-order mark, trailing whitespace, a missing final newline and non-ASCII text around the fixed spans', () => {
    const cases = [
      '\uFEFF# Engineer\r\n\r\n- Javascript and Pytorch  \r\n- naïve 日本語 👩‍💻 Javascript',
      'Javascript\t \n\n\n  Pytorch e\u0301 \u0000 Javascript',
      '\r\nJavascript\rPytorch\n',
    ];
    for (const source of cases) {
      const diagnostics = [...source.matchAll(/Javascript|Pytorch/g)].map(
        (m) => ({ fix: { range: [m.index, m.index + m[0].length], text: m[0] === 'Javascript' ? 'JavaScript' : 'PyTorch' } }) as unknown as Diagnostic,
      );
      const { output, applied } = applyFixes(source, diagnostics);
      expect(applied).toHaveLength(diagnostics.length);
      expect(output).toBe(source.replace(/Javascript/g, 'JavaScript').replace(/Pytorch/g, 'PyTorch'));
      expect(applyFixes(output, []).output).toBe(output);
    }
  });

  it('a fixer run to a fixed point changes nothing on a second run', () => {
    // A spelling fixer like a fixable rule: every "Javascript" or "Pytorch" becomes the right form.
    const WRONG: Record<string, string> = { Javascript: 'JavaScript', Pytorch: 'PyTorch' };
    const lint = (source: string): Diagnostic[] =>
      [...source.matchAll(/Javascript|Pytorch/g)].map((m) => ({ fix: { range: [m.index, m.index + m[0].length], text: WRONG[m[0]] } }) as unknown as Diagnostic);
    const settle = (source: string) => {
      let out = source;
      for (let pass = 0; pass < 10; pass++) {
        const { output, applied } = applyFixes(out, lint(out));
        if (applied.length === 0) break;
        out = output;
      }
      return out;
    };
    fc.assert(
      fc.property(text, (source) => {
        const once = settle(source);
        expect(settle(once)).toBe(once);
        expect(lint(once)).toEqual([]);
        // Everything but the fixed words is as it was: line ends, BOMs, surrogates, NULs.
        expect(once.replace(/JavaScript|PyTorch/g, '')).toBe(source.replace(/Javascript|Pytorch|JavaScript|PyTorch/g, ''));
      }),
      { seed: SEED + 8, numRuns: 300 },
    );
  });
});
