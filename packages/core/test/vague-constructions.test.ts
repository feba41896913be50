/**
 * The vague-requirement constructions of phrases.yml (degree predicates, praise for the person,
 * intensified traits, hype on generic nouns, value compounds, open scope) on sentences written for
 * these tests, and the precision cases: legal text, benefits boilerplate, quantified or certified
 * requirements, done work, negation, quotation, learning on the job.
 */
import { describe, expect, it } from 'vitest';
import { analyze, rules, type JdlintConfig } from '@jdlint/core';
import { checkableMarkers, qualityPhrases } from '../src/lexicon/generated/phrases.generated.js';

const QUALITY = ['no-vague-requirement', 'no-cliche', 'no-open-ended-duties', 'no-unquantified-experience'];
const config: JdlintConfig = { rules: Object.fromEntries(rules.map((r) => [r.id, QUALITY.includes(r.id) ? 'warning' : 'off'])) };
const date = new Date('2026-11-25');

/** The findings of the four quality rules, as `rule: text`. */
function findings(markdown: string): string[] {
  const { diagnostics } = analyze(markdown, { config, date });
  return diagnostics.map((d) => `${d.ruleId}: ${markdown.slice(d.place.start.offset, d.place.end.offset).replace(/\s+/g, ' ')}`);
}

const requirements = (...items: string[]) => `# Platform Engineer\n\n## Requirements\n\n${items.map((i) => `- ${i}`).join('\n')}\n`;
const blurb = (text: string) => `# Platform Engineer\n\n${text}\n\n## Responsibilities\n\n- Run the deploy pipeline for the billing service\n`;

describe('constructions that are found', () => {
  it.each([
    ['a degree predicate with its object', requirements('Really good at capacity planning'), 'no-vague-requirement: Really good at capacity planning'],
    ['an expert in, at the start of an item', requirements('An expert in network protocols'), 'no-vague-requirement: An expert in network protocols'],
    ['praise on a person noun', requirements('A brilliant, humble teammate'), 'no-vague-requirement: brilliant, humble teammate'],
    ['an intensifier on a trait', requirements('You are extremely organised'), 'no-vague-requirement: extremely organised'],
    ['a degree adjective on a competence noun with modifiers between', requirements('Outstanding written and spoken presentation skills'), 'no-vague-requirement: Outstanding written and spoken presentation skills'],
    ['a thinking style', requirements('Strategic thinking about storage costs'), 'no-vague-requirement: Strategic thinking'],
    ['a trait as a sense of', requirements('A sense of accountability'), 'no-vague-requirement: sense of accountability'],
    ['interest as a requirement', requirements('You care deeply about developer experience'), 'no-vague-requirement: care deeply about'],
    ['best practices with the words between', requirements('Applies best security and testing practices'), 'no-vague-requirement: best security and testing practices'],
    ['degree adjectives form a class on experience', requirements('In-depth experience with message queues'), 'no-unquantified-experience: In-depth experience'],
    ['demonstrated success', requirements('Demonstrated success leading incident reviews'), 'no-unquantified-experience: Demonstrated success'],
    ['hype on a generic noun', blurb('Join a vibrant team shipping inspiring products.'), 'no-cliche: vibrant team'],
    ['a value noun in a hyphenated compound', blurb('We are a mission-driven, people-focused company.'), 'no-cliche: mission-driven'],
    ['the same compound without the hyphen', blurb('Our team is customer focused.'), 'no-cliche: customer focused'],
    ['a culture slogan', blurb('You will help us foster a culture of curiosity.'), 'no-cliche: foster a culture'],
    ['a perfect inside the object is not done work', requirements('Deep understanding of the platforms you have worked on'), 'no-vague-requirement: Deep understanding of the platforms'],
    ['open scope by need', requirements('Cover the support queue when needed'), 'no-open-ended-duties: when needed'],
    ['an open list', requirements('Terraform, Pulumi or similar'), 'no-open-ended-duties: or similar'],
    ['"not afraid of" negates nothing: it claims the phrase after it', requirements('You are not afraid of getting your hands dirty'), 'no-cliche: getting your hands dirty'],
    ['a field word on a mindset', requirements('Someone with a technical mindset'), 'no-vague-requirement: technical mindset'],
    ['a degree adjective on a mindset', requirements('A strong debugging mindset'), 'no-vague-requirement: strong debugging mindset'],
    ['a degree adjective on fundamentals, with a field between', requirements('Strong software engineering fundamentals'), 'no-vague-requirement: Strong software engineering fundamentals'],
    ['the German construction in another ending, on understanding', requirements('Solides Verständnis von Netzwerkprotokollen'), 'no-vague-requirement: Solides Verständnis'],
    ['growth claimed on the employer without a figure', blurb('Join a small, rapidly growing team.'), 'no-cliche: rapidly growing team'],
    ['a growth verb with an adverb of speed', blurb('We are growing extremely quickly.'), 'no-cliche: growing extremely quickly'],
    ['an idiom whatever its possessive', requirements('Someone who will roll up their sleeves'), 'no-cliche: roll up their sleeves'],
    ['the same idiom with another pronoun', requirements('We all get our hands dirty'), 'no-cliche: get our hands dirty'],
    ['a "no" does not reach past its comma', blurb('No dress code, a fast-paced environment and weekly demos.'), 'no-cliche: fast-paced environment'],
  ])('%s', (_name, markdown, expected) => {
    expect(findings(markdown)).toContain(expected);
  });

  it('reports coordinated hits of one construction once, over both', () => {
    expect(findings(requirements('Extremely organised and deeply technical'))).toEqual(['no-vague-requirement: Extremely organised and deeply technical']);
  });

  it('ends an object before the next phrase', () => {
    expect(findings(requirements('Skilled in Go and adept at code review'))).toEqual(['no-vague-requirement: Skilled in Go and adept at code review']);
    expect(findings(requirements('Knowledge of Go and familiarity with Rust'))).toEqual([
      'no-vague-requirement: Knowledge of Go',
      'no-vague-requirement: familiarity with Rust',
    ]);
  });

  it('names the phrase, the rewrite and the source in every finding', () => {
    const { diagnostics } = analyze(requirements('A talented engineer who is very good at Kotlin'), { config, date });
    expect(diagnostics.length).toBe(2);
    for (const d of diagnostics) {
      expect(d.reason).toMatch(/^Unexpected vague requirement `[^`]+`, expected \S/);
      expect(d.expected?.length).toBeGreaterThan(0);
      expect(d.note).toMatch(/\(source: .+\)$/);
    }
  });
});

describe('precision: what is not a vague requirement', () => {
  it.each([
    ['a CEFR level', requirements('Very good Spanish skills (B2)', 'Fluent French, C1')],
    ['a number beside the phrase', requirements('Strong SQL skills (4+ years)', '3+ years of Terraform')],
    ['a certification', requirements('Strong networking knowledge, CCNA certified')],
    ['done work after the phrase', requirements('Excellent Go skills: you have maintained a public library')],
    ['negated text', requirements('You do not need an expert understanding of Kafka', 'No deep expertise in Rust is required')],
    ['quoted text', requirements('We never write "highly motivated self-starter" in our ads')],
    ['learning on the job', requirements('You will become an expert in our deploy tooling')],
    ['a named need', requirements('Keep audit logs as required by law')],
    ['what others care about', requirements('Find out what users care about before each release')],
    ['a hyphenated field name', requirements('Build data-driven alerting for the billing service')],
    ['growth of something other than the employer', requirements('Index a rapidly growing data set', 'Keep rapidly growing our share of the market')],
  ])('%s', (_name, markdown) => {
    expect(findings(markdown)).toEqual([]);
  });

  it('stays quiet in equal-opportunity text and in the benefits list', () => {
    const markdown =
      '# Platform Engineer\n\n## Responsibilities\n\n- Run the deploy pipeline for the billing service\n\n## Benefits\n\n- A fun team and exciting career opportunities\n\n## Equal opportunity\n\nWe are an equal opportunity employer and welcome highly motivated, talented people regardless of race, religion, gender or age; adjustments are made as needed.\n';
    expect(findings(markdown)).toEqual([]);
  });
});

describe('the level markers', () => {
  it('every marker list has a source and phrases', () => {
    expect(checkableMarkers.map((m) => m.id).sort()).toEqual(['cefr-level', 'certification', 'evidence']);
    for (const m of checkableMarkers) {
      expect(m.phrases.length).toBeGreaterThan(0);
      expect(m.source).toMatch(/^\[[A-Z0-9-]+\]/);
    }
  });

  it('every construction entry carries a rewrite, a note and a source', () => {
    for (const id of ['good-at', 'praise-adverb', 'praise-person', 'high-level-of', 'thinking-trait', 'best-practices', 'hype-noun', 'x-driven', 'champion-culture', 'that-matter']) {
      const entry = qualityPhrases.find((e) => e.id === id);
      expect(entry, id).toBeDefined();
      expect(entry?.suggest.length, id).toBeGreaterThan(0);
      expect(entry?.note.length, id).toBeGreaterThan(20);
      expect(entry?.source, id).toMatch(/^\[[A-Z0-9-]+\]/);
    }
  });
});
