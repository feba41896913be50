import { describe, expect, it } from 'vitest';
import { analyzeTitle } from '@jdlint/core';

describe('analyzeTitle', () => {
  it.each([
    ['Machine Learning Engineer', ['ml-engineer']],
    ['Senior ML Engineer (Remote)', ['ml-engineer']],
    ['Machine Learning Engineer - LLM', ['ml-engineer']],
    ['Generative AI ML Engineer', ['ml-engineer']],
    ['AI Engineer', ['ai-engineer']],
    ['A.I. Engineer', ['ai-engineer']],
    ['Senior Artificial Intelligence Engineer, Conversations', ['ai-engineer']],
    ['Software Engineer, GenAI', ['ai-engineer']],
    ['Senior Developer (Python + AI)', ['ai-engineer']],
    ['Software Engineer - MLOps', ['mlops']],
    ['Software Engineer II', ['software-engineer']],
    ['Senior Back-End Engineer', ['software-engineer']],
    ['Senior Python Engineer', ['software-engineer']],
    ['Data Scientist - GenAI', ['data-scientist']],
    ['Staff Data Engineer', ['data-engineer']],
    ['ML Infrastructure Engineer', ['mlops']],
    ['AI/ML Engineer', ['ml-engineer', 'ai-engineer']],
    ['Data Scientist & Data Engineer', ['data-scientist', 'data-engineer']],
    ['Head of Sales', ['other']],
  ] as const)('%s → %j', (title, roles) => {
    const result = analyzeTitle(title);
    expect([...result.roles].sort()).toEqual([...roles].sort());
    expect(result.combined).toBe(roles.length > 1);
  });

  it('keeps the seniority words it stripped', () => {
    expect(analyzeTitle('Senior Staff ML Engineer II').seniority).toEqual(['senior staff', 'ii']);
  });
});
