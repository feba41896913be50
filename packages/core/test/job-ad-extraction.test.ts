import { describe, expect, it } from 'vitest';
import { analyze, rules, type JdlintConfig } from '@jdlint/core';
import { findYearsPhrases } from '../src/signals/index.js';
import { toUnits } from '../src/lexicon/index.js';
import { tokenize } from '../src/nlp/index.js';
import { parseDocument } from '../src/parse/index.js';
import { findPayFigures, findPlacesIn, lawsFor } from '../src/signals/index.js';
import { buildPosting } from '../src/posting/index.js';
import { endOfPeriod, formatPartialDate, startOfPeriod, yearsBetween } from '../src/signals/index.js';

function only(id: string, severity: 'error' | 'warning' | 'info' = 'error', options?: Record<string, unknown>): JdlintConfig {
  const config: JdlintConfig = { rules: {} };
  for (const rule of rules) config.rules![rule.id] = rule.id === id ? (options ? [severity, options] : severity) : 'off';
  return config;
}

function years(line: string) {
  const source = `# T\n\n## Requirements\n\n- ${line}\n`;
  const posting = buildPosting(parseDocument(source), source);
  const nlp = tokenize(posting.text);
  return findYearsPhrases(posting, nlp.tokens, toUnits(nlp.tokens)).map((p) => ({
    text: p.text,
    min: p.min,
    max: p.max,
    requirement: p.requirement,
    technologies: p.technologies.map((t) => t.entry.id),
    alternatives: p.alternatives,
    onlyTechnologies: p.onlyTechnologies,
  }));
}

describe('years of experience', () => {
  it.each([
    ['5+ years of experience with LangChain', { text: '5+ years', min: 5, max: null, technologies: ['langchain'] }],
    ['3-5 years of Python and LangChain', { text: '3-5 years', min: 3, max: 5, technologies: ['python', 'langchain'] }],
    ['3 to 5 yrs with Kubernetes', { text: '3 to 5 yrs', min: 3, max: 5, technologies: ['kubernetes'] }],
    ['five years of experience in machine learning', { text: 'five years', min: 5, max: null, technologies: [] }],
    ['at least 4 years in LlamaIndex or LangChain', { text: 'at least 4 years', min: 4, alternatives: true, onlyTechnologies: true }],
    ['10+ yrs of LLM experience', { text: '10+ yrs', min: 10, technologies: ['large-language-models'] }],
    ['a minimum of 7 years using GPT-4o', { text: 'a minimum of 7 years', min: 7, technologies: ['gpt-4o'] }],
    ['LangChain (3+ years)', { text: '3+ years', min: 3, technologies: ['langchain'] }],
  ])('reads %j', (line, expected) => {
    const [phrase] = years(line);
    expect(phrase).toMatchObject({ requirement: true, ...expected });
  });

  it.each([
    ['8+ years of software engineering experience and familiarity with LangChain', []],
    ['10+ years of machine learning, with a recent focus on LLMs', []],
    ['7+ years with vector databases such as Pinecone', []],
  ])('does not attribute the years in %j to a later technology', (line, technologies) => {
    expect(years(line)[0]?.technologies).toEqual(technologies);
  });

  it('marks an open alternative ("or similar")', () => {
    expect(years('5+ years with LangChain, LlamaIndex or similar')[0]).toMatchObject({ alternatives: true, onlyTechnologies: false });
  });

  it.each(["You don't need 10 years of LangChain to apply", 'We will never ask for 8+ years of LangChain'])('does not read a negated ask %j as a requirement', (line) => {
    expect(years(line).every((p) => !p.requirement)).toBe(true);
  });

  it.each(['It all started 10 years ago', 'In under 4 years, we grew to 200 people', 'Over the past 5 years we doubled revenue'])(
    'does not read company history %j as a requirement',
    (line) => {
      expect(years(line).every((p) => !p.requirement)).toBe(true);
    },
  );
});

describe('pay figures', () => {
  it.each([
    ['$120k–$150k', 'range', 120000, 150000, '$', null],
    ['$120,000 - $150,000 per year', 'range', 120000, 150000, '$', 'year'],
    ['EUR 70,000 - 85,000', 'range', 70000, 85000, 'EUR', null],
    ['£50-60k', 'range', 50000, 60000, '£', null],
    ['$45–$55/hour', 'range', 45, 55, '$', 'hour'],
    ['120.000 € – 150.000 €', 'range', 120000, 150000, '€', null],
    ['USD 89k~209k', 'range', 89000, 209000, 'USD', null],
    ['between $100,000 and $120,000 annually', 'range', 100000, 120000, '$', 'year'],
    ['up to $150,000', 'open-ended', 150000, null, '$', null],
    ['$150k+ base', 'open-ended', 150000, null, '$', null],
    ['$25 and up', 'open-ended', 25, null, '$', null],
    ['Salary: $120,000 per year', 'single', 120000, null, '$', 'year'],
  ])('reads %j', (text, kind, min, max, currency, period) => {
    expect(findPayFigures(text)[0]).toMatchObject({ kind, min, max, currency, period });
  });

  it('leaves out numbers with no currency, and reads bare ones only where asked', () => {
    expect(findPayFigures('5-7 years')).toEqual([]);
    expect(findPayFigures('~150k')).toEqual([]);
    expect(findPayFigures('~150k', { bare: true })[0]).toMatchObject({ kind: 'single', min: 150000 });
  });
});

describe('places with a pay-transparency law', () => {
  it.each([
    ['Denver, CO', ['colorado']],
    ['Remote (US) or Seattle', ['washington']],
    ['New York, NY', ['new-york-city', 'new-york-state']],
    ['Washington, D.C.', ['district-of-columbia']],
    ['Santa Clara, CA', ['california']],
    ['Jersey City', ['jersey-city', 'new-jersey']],
    ['Remote', []],
    ['Remote, CA', []],
    ['Washington', []],
    ['Lehi, UT', []],
    ['Remote, US / Canada', []],
  ])('%j names %j', (location, ids) => {
    expect(lawsFor(findPlacesIn(location)).map((j) => j.id)).toEqual(ids);
  });
});

describe('dates', () => {
  it('reads partial dates as the first day (release) or the last day (law) of their period', () => {
    expect(startOfPeriod('2022-10').toISOString().slice(0, 10)).toBe('2022-10-01');
    expect(startOfPeriod('2019').toISOString().slice(0, 10)).toBe('2019-01-01');
    expect(endOfPeriod('2022').toISOString().slice(0, 10)).toBe('2022-12-31');
    expect(endOfPeriod('2023-02').toISOString().slice(0, 10)).toBe('2023-02-28');
    expect(formatPartialDate('2018-12-05')).toBe('5 December 2018');
    expect(yearsBetween(new Date('2020-01-01'), new Date('2022-01-01'))).toBeCloseTo(2, 2);
  });

  it('judges technology age at the front-matter date', () => {
    const source = '---\ndate: 2021-07-01\n---\n\n# Backend Engineer\n\n## Requirements\n\n- 4+ years of FastAPI\n';
    const [d] = analyze(source, { config: only('years-exceed-technology-age') }).diagnostics;
    expect(d?.reason).toBe(
      'Unexpected `4+ years` of `FastAPI`, expected at most `2 years`: `FastAPI` has been public only since 5 December 2018, 2.5 years before 2021-07-01',
    );
  });

  it('judges technology age today when the front matter gives no date', () => {
    const before = new Date().toISOString().slice(0, 10);
    const [d] = analyze('# AI Engineer\n\n## Requirements\n\n- 12+ years of LangChain\n', { config: only('years-exceed-technology-age') }).diagnostics;
    const after = new Date().toISOString().slice(0, 10);
    expect([before, after]).toContain(d?.data?.['asOf']);
  });

  it('names a pay law only when it is in force at the posting date', () => {
    const posting = (date: string, location: string) =>
      `---\ntitle: Data Engineer\nlocation: ${location}\ndate: ${date}\n---\n\n## Benefits\n\n- Health cover\n`;
    const reason = (source: string) => analyze(source, { config: only('salary-range') }).diagnostics[0]?.reason ?? '';
    expect(reason(posting('2026-10-01', 'Denver, CO'))).toContain('required in `Colorado`');
    expect(reason(posting('2020-06-01', 'Denver, CO'))).not.toContain('required in');
    expect(reason(posting('2026-10-01', 'Wilmington, DE'))).not.toContain('required in');
    expect(reason(posting('2027-10-01', 'Wilmington, DE'))).toContain('required in `Delaware`');
  });
});

describe('graded findings', () => {
  const nearLimit = '# AI Engineer\n\n## Requirements\n\n- 4 years of LangChain and Python\n';
  const date = new Date('2026-11-25');

  it('reports a near-limit technology requirement one level below the configured severity', () => {
    expect(analyze(nearLimit, { config: only('years-exceed-technology-age', 'error'), date }).diagnostics[0]?.severity).toBe('warning');
    expect(analyze(nearLimit, { config: only('years-exceed-technology-age', 'warning'), date }).diagnostics[0]?.severity).toBe('info');
    expect(analyze(nearLimit, { config: only('years-exceed-technology-age', 'info'), date }).diagnostics[0]?.severity).toBe('info');
  });

  it('reports a very long posting one level above the configured severity', () => {
    const long = `# Data Engineer\n\n${'We build pipelines for retailers across Europe. '.repeat(40)}\n`;
    const options = { minWords: 5, maxWords: 100, warnWords: 200 };
    expect(analyze(long, { config: only('posting-length', 'info', options) }).diagnostics[0]?.severity).toBe('warning');
    expect(analyze(long, { config: only('posting-length', 'error', options) }).diagnostics[0]?.severity).toBe('error');
    const medium = { ...options, warnWords: 1000 };
    expect(analyze(long, { config: only('posting-length', 'info', medium) }).diagnostics[0]?.severity).toBe('info');
  });

  it('is harsher under the strict preset', () => {
    const bare = '# Data Engineer\n\n## Benefits\n\n- Health cover\n';
    const severity = (config: JdlintConfig) => analyze(bare, { config }).diagnostics.find((d) => d.ruleId === 'salary-range')?.severity;
    expect(severity({})).toBe('warning');
    expect(severity({ extends: 'jdlint:strict' })).toBe('error');
  });
});

describe('salary-range front matter', () => {
  it('accepts a bare figure in a pay field and flags a pay field with no number', () => {
    const run = (salary: string) =>
      analyze(`---\ntitle: Data Engineer\nsalary: ${salary}\n---\n\nBuild pipelines.\n`, { config: only('salary-range') }).diagnostics.map((d) => d.reason);
    expect(run('150k')).toEqual([]);
    expect(run('Competitive')).toEqual(['Unexpected `Competitive` without a number, expected a pay range such as `$120,000–$150,000 per year`']);
  });

  it('is quiet about vague words when the body states a range', () => {
    const source = '# Data Engineer\n\n## Benefits\n\n- Competitive salary: $120,000–$140,000 per year\n';
    expect(analyze(source, { config: only('salary-range') }).diagnostics).toEqual([]);
  });

  it('does not read a funding round, a budget or a bonus as pay', () => {
    const source =
      '# Data Engineer\n\nWe raised $40M last year and have a $2bn valuation.\n\n## Benefits\n\n- A $1,500 learning budget\n- A $10,000 signing bonus\n- Competitive salary\n';
    expect(analyze(source, { config: only('salary-range') }).diagnostics.map((d) => d.actual)).toEqual(['Competitive salary']);
  });
});
