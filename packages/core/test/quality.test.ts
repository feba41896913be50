import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, resolveRules, rules, type Diagnostic, type JdlintConfig } from '@jdlint/core';
import { genderLexicon } from '../src/lexicon/generated/gender.generated.js';
import { qualityPhrases } from '../src/lexicon/generated/phrases.generated.js';
import { techSpellings } from '../src/lexicon/generated/tech-spellings.generated.js';
import { cite, noteWithSource } from '../src/rules/citations.js';
import { evaluateQuality, isYearsOnly } from '../scripts/eval-quality.js';

const fixtures = new URL('../../../fixtures/postings/', import.meta.url);
const postings = readdirSync(fixtures).filter((f) => f.endsWith('.md')).sort();
const date = new Date('2026-11-25');

const PHRASE_RULES = ['gendered-language', 'no-buzzword-title', 'no-cliche', 'no-open-ended-duties', 'no-unquantified-experience', 'no-vague-requirement', 'tech-term-spelling'];

function only(id: string, options?: Record<string, unknown>): JdlintConfig {
  const config: JdlintConfig = { rules: {} };
  for (const rule of rules) config.rules![rule.id] = rule.id === id ? (options ? ['warning', options] : 'warning') : 'off';
  return config;
}

function applyFixes(input: string, diagnostics: Diagnostic[]): string {
  let out = input;
  const fixes = diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])).sort((a, b) => b.range[0] - a.range[0]);
  for (const f of fixes) out = out.slice(0, f.range[0]) + f.text + out.slice(f.range[1]);
  return out;
}

describe('equal-opportunity and legal text', () => {
  const presets: Array<[string, JdlintConfig]> = [
    ['recommended', {}],
    ['strict', { extends: 'jdlint:strict' }],
  ];

  it.each(postings.flatMap((p) => presets.map(([name, config]) => [p, name, config] as const)))(
    '%s (%s): no finding inside EEO/legal blocks or sections',
    (file, _preset, config) => {
      const source = readFileSync(new URL(file, fixtures), 'utf8');
      const { diagnostics, posting } = analyze(source, { config, date });
      const legal = [
        ...posting.blocks.filter((b) => b.legal).map((b) => posting.projection.rangeToSource(b.start, b.end)),
        ...posting.sections.filter((s) => s.kind === 'eeo').map((s) => posting.projection.rangeToSource(s.start, s.end)),
      ];
      const inside = diagnostics.filter((d) => legal.some((r) => d.place.start.offset < r.end && r.start < d.place.end.offset));
      expect(inside.map((d) => `${d.ruleId} ${d.place.start.line}:${d.place.start.column} ${d.actual ?? ''}`)).toEqual([]);
    },
  );

  it('the long EEO fixture is really EEO text full of words the rules know', () => {
    const source = readFileSync(new URL('data-scientist-long-eeo.md', fixtures), 'utf8');
    const { posting, diagnostics } = analyze(source, { config: { extends: 'jdlint:strict' }, date });
    const eeo = posting.sections.filter((s) => s.kind === 'eeo');
    expect(eeo).toHaveLength(1);
    const text = posting.text.slice(eeo[0]!.start, eeo[0]!.end);
    for (const word of ['women', 'veterans', 'he or she', 'gender', 'committed', 'support']) expect(text).toContain(word);
    // The same words in a requirement would be reported.
    const outside = analyze('# Data Scientist\n\n## Requirements\n\n- He or she is committed to support the team\n', { config: { extends: 'jdlint:strict' }, date });
    expect(outside.diagnostics.filter((d) => d.ruleId === 'gendered-language').map((d) => d.actual)).toEqual(['He or she', 'committed', 'support']);
    expect(diagnostics.filter((d) => d.place.start.offset >= posting.projection.toSource(eeo[0]!.start))).toEqual([]);
  });
});

describe('tech-term-spelling fixes', () => {
  const rule = rules.find((r) => r.id === 'tech-term-spelling')!;

  it.each(rule.examples.filter((e) => e.output.length > 0).map((e) => [e.name, e] as const))('example %s: every finding has a fix that removes it', (_n, example) => {
    const { diagnostics } = analyze(example.input, { config: only('tech-term-spelling', example.options), date });
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) expect(d.fix).toBeDefined();
    const fixed = applyFixes(example.input, diagnostics);
    expect(fixed).not.toBe(example.input);
    expect(analyze(fixed, { config: only('tech-term-spelling', example.options), date }).diagnostics).toEqual([]);
  });

  it('fixes a whole fixture and leaves everything else as it was', () => {
    const source = readFileSync(new URL('ai-engineer-vague-startup.md', fixtures), 'utf8');
    const before = analyze(source, { date }).diagnostics;
    const fixed = applyFixes(source, before.filter((d) => d.ruleId === 'tech-term-spelling'));
    expect(fixed).toContain('LangChain and the OpenAI API');
    const after = analyze(fixed, { date }).diagnostics;
    expect(after.filter((d) => d.ruleId === 'tech-term-spelling')).toEqual([]);
    expect(after.filter((d) => d.ruleId !== 'tech-term-spelling').map((d) => d.reason)).toEqual(
      before.filter((d) => d.ruleId !== 'tech-term-spelling').map((d) => d.reason.replace('Pytorch', 'PyTorch')),
    );
  });

  it.each(techSpellings.flatMap((e) => e.wrong.map((w) => [w, e.correct] as const)))('`%s` → `%s`', (wrong, correct) => {
    const input = `# Engineer\n\n- Use ${wrong} daily\n`;
    const { diagnostics } = analyze(input, { config: only('tech-term-spelling'), date });
    expect(diagnostics.map((d) => d.actual)).toEqual([wrong]);
    expect(applyFixes(input, diagnostics)).toBe(`# Engineer\n\n- Use ${correct} daily\n`);
  });

  it('never matches the correct form', () => {
    const input = `# Engineer\n\n${techSpellings.map((e) => `- Use ${e.correct} daily`).join('\n')}\n`;
    expect(analyze(input, { config: only('tech-term-spelling'), date }).diagnostics).toEqual([]);
  });
});

describe('every lexicon phrase is reachable', () => {
  const plain = qualityPhrases.flatMap((e) => e.phrases.map((p) => [e.rule, e.id, p, e] as const));

  it.each(plain)('%s: %s “%s”', (rule, id, phrase, entry) => {
    // A requirement list item; buzzwords need a person to describe, list endings a clause end.
    const text = entry.person ? `You are a ${phrase}.` : entry.end ? `Python, SQL ${phrase}.` : `You bring ${phrase} for the team.`;
    const { diagnostics } = analyze(`# Engineer\n\n## Requirements\n\n- ${text}\n`, { config: only(rule), date });
    expect(diagnostics.map((d) => d.data?.['entry'])).toContain(id);
  });

  it.each(genderLexicon.gendered.flatMap((e) => e.phrases.map((p) => [e.id, p] as const)))('gendered-language: %s “%s”', (id, phrase) => {
    const { diagnostics } = analyze(`# Engineer\n\n## Responsibilities\n\n- Every day ${phrase} reviews the code\n`, { config: only('gendered-language'), date });
    expect(diagnostics.map((d) => d.data?.['entry'])).toContain(id);
  });
});

describe('gender-coded words', () => {
  it('are off by default and on in the strict preset', () => {
    const recommended = resolveRules(rules, {}).find((r) => r.rule.id === 'gendered-language')!;
    const strict = resolveRules(rules, { extends: 'jdlint:strict' }).find((r) => r.rule.id === 'gendered-language')!;
    expect(recommended.options['codedWords']).toBe(false);
    expect(strict.options['codedWords']).toBe(true);
  });

  it('report each distinct word once, with its count, and exempt engineering senses', () => {
    const input =
      '# Tech Lead\n\n## Requirements\n\n- Collaborate with design; collaborate with data\n- Lead the team; you are the tech lead for the decision trees and the git commit history\n- Data-driven and self-confident\n';
    const { diagnostics } = analyze(input, { config: only('gendered-language', { codedWords: true }), date });
    expect(diagnostics.map((d) => [d.actual, d.data?.['occurrences']])).toEqual([
      ['Collaborate', 2],
      ['Lead', 1],
      ['self-confident', 1],
    ]);
    expect(diagnostics[0]!.note).toMatch(/negligible effects/);
    expect(diagnostics[0]!.note).toMatch(/Castilla & Rho \(2023\)/);
  });
});

describe('citations', () => {
  it('expands source codes and keeps URLs', () => {
    expect(cite('[JL]; [DP-JARGON]')).toMatch(/^joblint rules .*; Datapeople/);
    expect(cite('https://pytorch.org/')).toBe('https://pytorch.org/');
    expect(noteWithSource('Why it matters.', '[VI19]')).toMatch(/^Why it matters\. \(source: Van Iddekinge.*\)$/);
  });

  it('every source code used by the lexicons resolves', () => {
    const all = [...qualityPhrases.map((e) => e.source), ...genderLexicon.gendered.map((e) => e.source), ...genderLexicon.coded.map((e) => e.source)];
    for (const s of all) expect(cite(s)).not.toMatch(/\[[A-Z0-9-]+\]/);
  });
});

describe('quality evaluation', () => {
  it('leaves out years-only phrases', () => {
    expect(isYearsOnly('5+ years')).toBe(true);
    expect(isYearsOnly('3 years of experience')).toBe(true);
    expect(isYearsOnly('Five years of Python experience')).toBe(true);
    expect(isYearsOnly('5+ years of experience building and shipping LLM products to customers')).toBe(false);
    expect(isYearsOnly('Extensive experience with LLMs')).toBe(false);
  });

  it('measures recall, coverage and median findings', () => {
    const text = '---\ntitle: Engineer\n---\n\n# Engineer\n\n## Requirements\n\n- Excellent communication skills\n- Know your way around\n- 5+ years\n';
    const { diagnostics } = analyze(text, { date });
    const result = evaluateQuality([{ file: 'x.md', text, diagnostics, vague: ['Excellent communication skills', 'Know your way around', '5+ years'] }]);
    expect(result.labelled).toBe(2);
    expect(result.found).toBe(1);
    expect(result.recall).toBe(0.5);
    const body = text.length - (text.indexOf('---\n', 4) + 4);
    expect(result.coverage).toBeCloseTo('Excellent communication skills'.length / body, 5);
    expect(result.medianFindings).toBe(diagnostics.length);
    expect(result.missed).toEqual([{ file: 'x.md', phrase: 'Know your way around' }]);
  });
});

describe('prose context', () => {
  it('records inline code spans and keeps every quality rule out of code, URLs and quotations', () => {
    const input =
      '# Engineer\n\n## Requirements\n\n- Run `familiarity with pytorch --fast-paced` from https://example.com/fast-paced/etc\n- We never ask for “strong communication skills” or "rockstar engineers"\n';
    const { diagnostics, posting } = analyze(input, { config: { extends: 'jdlint:strict' }, date });
    expect(posting.code.map((c) => posting.text.slice(c.start, c.end))).toEqual(['familiarity with pytorch --fast-paced']);
    // The structural rules (missing sections, pay, length) judge the whole posting; the phrase rules must stay quiet here.
    expect(diagnostics.filter((d) => PHRASE_RULES.includes(d.ruleId))).toEqual([]);
  });
});
