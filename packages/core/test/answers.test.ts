/** Issue 18, item 8: an answer to a hiring question never contradicts the evidence it lists. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '@jdlint/core';

const fixtures = new URL('../../../fixtures/postings/', import.meta.url);
const postings = readdirSync(fixtures).filter((f) => f.endsWith('.md'));

// A combined AI/ML posting whose only data clue is a vector database in the duties.
const COMBINED = [
  '# AI/ML Engineer',
  '',
  'Harbourline builds scheduling software for veterinary clinics.',
  '',
  '## Responsibilities',
  '',
  '- Build a support assistant that answers clinic staff questions with the OpenAI API',
  '- Write and test prompt templates',
  '- Store support articles in a vector database and keep it up to date',
  '- Train and evaluate a churn model in PyTorch',
  '',
  '## Requirements',
  '',
  '- Three years of Python',
  '',
].join('\n');

describe('8. an answer agrees with the evidence it lists', () => {
  it('a single retrieval clue is named as a hint, not as "does not say"', () => {
    const data = analyze(COMBINED).profile.questions.find((q) => q.id === 'training-or-retrieval-data');
    expect(data?.evidence.map((e) => [e.side, e.text])).toEqual([['retrieval', 'vector database']]);
    expect(data?.answer).toBe('unclear');
    expect(data?.text).toBe('The posting gives only a hint: “vector database” points to retrieval, too little to answer; say whether models learn from the data or look it up.');
  });

  it('an unclear answer without evidence still says the posting does not say', () => {
    const speed = analyze(COMBINED).profile.questions.find((q) => q.id === 'speed-or-precision');
    expect(speed?.evidence).toEqual([]);
    expect(speed?.text).toMatch(/^The posting does not say/);
  });

  it.each(postings)('%s: no answer that lists evidence says the posting does not say', (name) => {
    for (const q of analyze(readFileSync(new URL(name, fixtures), 'utf8')).profile.questions) {
      if (q.evidence.length > 0) expect({ id: q.id, text: q.text }).not.toEqual({ id: q.id, text: expect.stringMatching(/does not say/) });
    }
  });
});
