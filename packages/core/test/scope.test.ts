/**
 * The stage results rules read on their context: the scope (where each unit stands, worked out
 * once), the hiring decision, and the Markdown limit passed beside the tree.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@jdlint/core';
import { answerQuestions, buildProfile, decide, hiringSplit, suggestTitle } from '../src/analysis/index.js';
import { tokenize } from '../src/nlp/index.js';
import { parseDocument, parsedTree, parseMarkdown } from '../src/parse/index.js';
import { buildPosting } from '../src/posting/index.js';
import { buildScope, type Scope } from '../src/scope/index.js';
import { analyzeTitle, extractSignals } from '../src/signals/index.js';

function scopeOf(source: string): Scope {
  const posting = buildPosting(parseDocument(source), source);
  return buildScope(posting, tokenize(posting.text));
}

/** The indices of the units whose text is `word`, in order. */
function unitsOf(scope: Scope, word: string): number[] {
  return scope.units.flatMap((u, i) => (u.normal === word ? [i] : []));
}

const POSTING = [
  '# Data Engineer',
  '',
  '## Responsibilities',
  '',
  '- Build ingestion pipelines in Airflow (for example with dbt)',
  '- Run `kubectl apply` and read https://example.com/runbook before a deploy',
  '- Our motto is "move fast and break things" in every team',
  '- You will not maintain dashboards or reports',
  '- Familiarity with Kafka is a plus',
  '- Build ingestion pipelines in Airflow (for example with dbt)',
  '',
  '## Equal opportunity',
  '',
  'We are an equal opportunity employer and welcome applicants of every background.',
  '',
].join('\n');

describe('the scope', () => {
  const scope = scopeOf(POSTING);

  it('gives one entry per unit in every per-unit array', () => {
    for (const list of [scope.quiet, scope.legal, scope.section, scope.title, scope.heading, scope.negated, scope.hedged, scope.parenthetical]) {
      expect(list).toHaveLength(scope.units.length);
    }
    expect(scope.repeated).toHaveLength(scope.posting.blocks.length);
  });

  it('marks code, links, quotations and EEO text quiet, and the rest not', () => {
    const [pipelines] = unitsOf(scope, 'pipelines');
    const [motto] = unitsOf(scope, 'motto');
    const [fast] = unitsOf(scope, 'fast');
    const [employer] = unitsOf(scope, 'employer');
    expect(scope.quiet[pipelines as number]).toBe(false);
    expect(scope.quiet[motto as number]).toBe(false);
    expect(scope.quiet[fast as number]).toBe(true);
    expect(scope.quiet[employer as number]).toBe(true);
    expect(scope.legal[employer as number]).toBe(true);
    expect(scope.section[employer as number]).toBe('eeo');
    expect(scope.section[pipelines as number]).toBe('responsibilities');
    const link = scope.units.findIndex((u) => u.value.startsWith('https://'));
    expect(link).toBeGreaterThan(0);
    expect(scope.quiet[link]).toBe(true);
  });

  it('reads the title and headings as labels', () => {
    const [title] = unitsOf(scope, 'data');
    const [heading] = unitsOf(scope, 'responsibilities');
    expect(scope.title[title as number]).toBe(true);
    expect(scope.heading[heading as number]).toBe(true);
    expect(scope.place(heading as number).heading).toBe(true);
    expect(scope.place(unitsOf(scope, 'pipelines')[0] as number).heading).toBe(false);
  });

  it('carries negation, hedging, parentheses and repeated blocks for the mentions', () => {
    const [dashboards] = unitsOf(scope, 'dashboards');
    const [kafka] = unitsOf(scope, 'kafka');
    const [example] = unitsOf(scope, 'example');
    const [first, again] = unitsOf(scope, 'ingestion');
    expect(scope.negated[dashboards as number]).toBe(true);
    expect(scope.negated[kafka as number]).toBe(false);
    expect(scope.hedged[kafka as number]).toBe(true);
    expect(scope.hedged[dashboards as number]).toBe(false);
    expect(scope.parenthetical[example as number]).toBe(true);
    expect(scope.parenthetical[first as number]).toBe(false);
    expect(scope.place(first as number).repeated).toBe(false);
    expect(scope.place(again as number).repeated).toBe(true);
    expect(scope.place(first as number).section).toBe('responsibilities');
    expect(scope.place(first as number).block).toBe('list-item');
  });

  it('says where a range may be reported, and which block holds an offset', () => {
    const text = scope.posting.text;
    const at = (phrase: string) => [text.indexOf(phrase), text.indexOf(phrase) + phrase.length] as const;
    expect(scope.isReportable(...at('ingestion pipelines'))).toBe(true);
    expect(scope.isReportable(...at('break things'))).toBe(false);
    expect(scope.isReportable(...at('equal opportunity employer'))).toBe(false);
    const block = scope.blockAt(text.indexOf('equal opportunity'));
    expect(block && scope.isLegal(block)).toBe(true);
    expect(block && scope.sectionOf(block).kind).toBe('eeo');
    expect(scope.blockAt(text.indexOf('\n\n') + 1)).toBeNull();
  });

  it('tokenizes a front-matter title on its own, and no other title', () => {
    expect(scope.frontMatterTitle).toBeNull();
    const withFields = scopeOf('---\ntitle: Senior Data Engineer, Denver\n---\n\nBuild pipelines.\n');
    const title = withFields.frontMatterTitle;
    expect(title?.units.map((u) => u.value)).toEqual(['Senior', 'Data', 'Engineer', ',', 'Denver']);
    expect(title && withFields.posting.source.slice(title.toSource(0) ?? 0, title.toSource(title.text.length) ?? 0)).toBe('Senior Data Engineer, Denver');
    // The title is not in the projection, so no unit of the prose is marked as the title.
    expect(withFields.title.some(Boolean)).toBe(false);
  });
});

describe('the hiring decision', () => {
  const source = [
    '# Senior Machine Learning Engineer',
    '',
    '## Responsibilities',
    '',
    '- Build RAG pipelines with LangChain',
    '- Write and test prompt templates',
    '- Integrate the OpenAI API with function calling',
    '',
  ].join('\n');

  it('makes the split, the retitle and the recommendation once, as the parts would', () => {
    const scope = scopeOf(source);
    const { mentions, cues } = extractSignals(scope);
    const title = analyzeTitle('Senior Machine Learning Engineer');
    const profile = buildProfile(mentions, title, scope.posting);
    const answers = answerQuestions(scope.posting, mentions, cues, profile.dutyRole);
    const decision = decide(profile, answers, title, scope.posting.text);
    expect(profile.dutyRole).toBe('ai-engineer');
    expect(decision.split).toEqual(hiringSplit(profile, answers));
    expect(decision.split).toEqual([]);
    expect(decision.retitle).toBe(suggestTitle(title.text, title.seniority, 'ai-engineer'));
    expect(decision.retitle).toBe('Senior AI Engineer');
    expect(decision.work).toBeNull();
    expect(decision.recommendation.title).toBe(decision.retitle);
    // The title rule's replacement is the decision's retitle.
    const mismatch = analyze(source).diagnostics.find((d) => d.ruleId === 'title-duty-mismatch');
    expect(mismatch?.expected).toEqual(['Senior AI Engineer']);
  });
});

describe('the Markdown limit', () => {
  const deep = `# Data Engineer\n\nBuild pipelines.\n\n${'>'.repeat(100)} quoted\n`;

  it('is returned beside the tree, and is null for a source within the limits', () => {
    expect(parseDocument(deep).limit).toMatchObject({ limit: 'nesting', actual: 100 });
    expect(parseDocument('# Data Engineer\n\nBuild pipelines.\n').limit).toBeNull();
    // After a byte-order mark, the range moves with the text.
    const shifted = parseDocument(`\uFEFF${deep}`).limit;
    expect(shifted?.start).toBe((parseDocument(deep).limit?.start ?? 0) + 1);
  });

  it('rides on the public parser\'s tree to analyze(tree), as a remark pipeline hands it over', () => {
    const tree = parseMarkdown(deep);
    expect(parsedTree(tree).limit).toEqual(parseDocument(deep).limit);
    const fromTree = analyze(tree, { source: deep }).diagnostics.filter((d) => d.ruleId === 'markdown-limits');
    const fromString = analyze(deep).diagnostics.filter((d) => d.ruleId === 'markdown-limits');
    expect(fromTree).toHaveLength(1);
    expect(fromTree).toEqual(fromString);
  });
});
