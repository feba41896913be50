import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, tokenize } from '@jdlint/core';
import { cutLongRuns, isSpace, SEAM, seamsOf } from '../src/nlp/nlp.js';

const fixtures = new URL('../../../fixtures/postings/', import.meta.url);
const postings = readdirSync(fixtures).filter((f) => f.endsWith('.md'));

describe('tokenize', () => {
  it('gives every token offsets that round-trip to the text', () => {
    const text = "Build RAG pipelines; you won't train models. Node.js & C++ (C#), fine-tuning LLMs — café 🚀 naïve\r\n\r\nNext: $120k–$150k.";
    const { tokens } = tokenize(text);
    expect(tokens.length).toBeGreaterThan(20);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
    // offsets strictly increase
    for (let i = 1; i < tokens.length; i++) expect(tokens[i]!.start).toBeGreaterThanOrEqual(tokens[i - 1]!.end);
  });

  it('marks tokens in the scope of a negation', () => {
    const { tokens } = tokenize("You won't train models here.");
    const train = tokens.find((t) => t.value === 'train');
    const here = tokens.find((t) => t.value === 'You');
    expect(train?.negated).toBe(true);
    expect(here?.negated).toBe(false);
  });

  it.each(postings)('round-trips every token of %s through the projection to the source', (name) => {
    const source = readFileSync(new URL(name, fixtures), 'utf8');
    const { posting } = analyze(source);
    const { tokens } = tokenize(posting.text);
    for (const t of tokens) {
      expect(posting.text.slice(t.start, t.end)).toBe(t.value);
      if (/^\s+$/.test(t.value)) continue;
      const range = posting.projection.rangeToSource(t.start, t.end);
      expect(source.slice(range.start, range.end)).toBe(t.value);
    }
  });
});

describe('6. versions, decimals and abbreviations do not end a sentence', () => {
  const sentences = (text: string) => tokenize(text).sentences.map((s) => text.slice(s.start, s.end));

  it.each([
    ['LangChain (v0.2). Next.', ['LangChain (v0.2).', 'Next.']],
    ['LangChain v0.2. Next.', ['LangChain v0.2.', 'Next.']],
    ['We run v2.1.3 in production. Next.', ['We run v2.1.3 in production.', 'Next.']],
    ['We use Node.js daily. Next.', ['We use Node.js daily.', 'Next.']],
    ['Costs 3.5 million. Next.', ['Costs 3.5 million.', 'Next.']],
    ['Tools, e.g. LangChain and LlamaIndex. Next.', ['Tools, e.g. LangChain and LlamaIndex.', 'Next.']],
    ['Tools (i.e. LangChain). Next.', ['Tools (i.e. LangChain).', 'Next.']],
    ['Hire a Sr. ML Engineer now. Next.', ['Hire a Sr. ML Engineer now.', 'Next.']],
    ['Join as Jr. Developer today. Next.', ['Join as Jr. Developer today.', 'Next.']],
    ['Approx. 5 people. Next.', ['Approx. 5 people.', 'Next.']],
    ['Skills incl. SQL and dbt. Next.', ['Skills incl. SQL and dbt.', 'Next.']],
    ['Min. 3 years required. Next.', ['Min. 3 years required.', 'Next.']],
    ['Experience of approx. 3 yrs. in ML. Next.', ['Experience of approx. 3 yrs. in ML.', 'Next.']],
    ['Python, SQL, etc. and more. Next.', ['Python, SQL, etc. and more.', 'Next.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('still ends a sentence where one ends: after "etc." before a capital, a quotation, a blank line', () => {
    expect(sentences('Frameworks, etc. Also SQL.')).toEqual(['Frameworks, etc.', 'Also SQL.']);
    expect(sentences('He said "Go." Next.')).toEqual(['He said "Go."', 'Next.']);
    expect(sentences('Runs v0.2.\n\nNext one.')).toEqual(['Runs v0.2.', '\n\nNext one.']);
  });

  it('keeps offsets that round-trip and tokens numbered by their merged sentence', () => {
    const text = 'LangChain (v0.2) with Node.js, e.g. Sr. staff, approx. 3 yrs. of it. Next.';
    const { tokens, sentences: found } = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
    expect(found).toHaveLength(2);
    found.forEach((s, index) => {
      for (let i = s.first; i < s.last; i++) expect(tokens[i]?.sentence).toBe(index);
    });
  });
});

describe('seams of text pasted without line breaks', () => {
  // Our own lines, glued the way a page copied without its line breaks glues them.
  const glued = 'You know Go wellStrong tests matterFamiliarity with Terraform helps. JavaScript and PyTorch stay whole.';

  it('splits a lowercase word glued to a capitalised one, with offsets in the text given', () => {
    const { tokens } = tokenize(glued);
    for (const t of tokens) expect(glued.slice(t.start, t.end)).toBe(t.value);
    const values = tokens.map((t) => t.value);
    expect(values).toEqual(expect.arrayContaining(['well', 'Strong', 'matter', 'Familiarity', 'JavaScript', 'PyTorch']));
    expect(values).not.toContain('wellStrong');
  });

  it('ends the sentence at the seam', () => {
    const { tokens } = tokenize(glued);
    const at = (v: string) => tokens.find((t) => t.value === v)?.sentence;
    expect(at('well')).not.toBe(at('Strong'));
    expect(at('matter')).not.toBe(at('Familiarity'));
    expect(at('Familiarity')).toBe(at('Terraform'));
  });

  it('lets a rule see the requirement after the seam', () => {
    const { diagnostics } = analyze('# Platform Engineer\n\n## Requirements\n\nYou have run Kubernetes in productionFamiliarity with Terraform\n');
    expect(diagnostics.some((d) => d.ruleId === 'no-vague-requirement' && /^Familiarity with/.test(d.actual ?? ''))).toBe(true);
  });
});

describe('the tokenizer\'s fast scans read the text as their regular expressions do', () => {
  it('counts as whitespace exactly what \\s matches, for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isSpace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    expect(differ).toEqual([]);
  });

  it('cuts a run of 101 characters without whitespace and leaves one of 100, whatever space ends it', () => {
    for (const space of [' ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff']) {
      const short = `${'a'.repeat(100)}${space}${'b'.repeat(100)}`;
      expect(cutLongRuns(short)).toBe(short);
      const long = `${'a'.repeat(101)}${space}x`;
      const cut = cutLongRuns(long);
      expect(cut).not.toBe(long);
      expect(cut).toHaveLength(long.length);
      expect(cut).toBe(long.replace(/\S{101,}/g, (run) => `${run.slice(0, 100)} ${run.slice(101)}`));
    }
  });

  it('finds the seams the lookbehind expression finds, on made-up texts of letters, digits, marks and spaces', () => {
    // A seeded generator over an alphabet that makes seams likely: lowercase and capital letters
    // (one of them astral), digits, punctuation and spaces, in words of up to 130 characters.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const alphabet = ['a', 'b', 'é', 'x', 'A', 'B', 'É', '𝐀', '𝐚', '1', '-', '.', "'", ' ', ' ', '\n'];
    for (let n = 0; n < 400; n++) {
      let text = '';
      const length = 1 + Math.floor(random() * 300);
      const lowerRun = random() < 0.2 ? Math.floor(random() * 130) : 0;
      text += 'q'.repeat(lowerRun);
      while (text.length < length) text += alphabet[Math.floor(random() * alphabet.length)] as string;
      if (random() < 0.5) text += 'Word';
      const cut = cutLongRuns(text);
      expect(seamsOf(cut)).toEqual([...cut.matchAll(SEAM)].map((m) => m.index));
    }
    expect(seamsOf('a mustStrong SQL skillsExperience with JavaScript')).toEqual([6, 23]);
  });
});
