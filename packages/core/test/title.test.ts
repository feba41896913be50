import { describe, expect, it } from 'vitest';
import { analyzeTitle } from '@jdlint/core';
import { employerOf } from '../src/signals/index.js';

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
    // Parts separated by "|" or a spaced dash: the brand before the role is not a qualifier.
    ['Nimbus AI | Backend Engineer | Lisbon | Full-time', ['software-engineer']],
    ['Quarry ML | Research Scientist | Remote (EU)', ['research-scientist']],
    ['Harbor Labs - Toronto - Hybrid - Staff Software Eng - Permanent', ['software-engineer']],
    ['Senior Software Engineer – Gen AI, Assistants', ['ai-engineer']],
    ['Tidewater | Platform Engineer | https://tidewater.example.com', ['software-engineer']],
    // A list of whole titles names each role; a trailing phrase without a noun is left out.
    ['Data Engineer, Backend Engineer', ['data-engineer', 'software-engineer']],
    ['Frontend Developer and ML Engineer (two openings), all levels', ['software-engineer', 'ml-engineer']],
    ['Marketing Analyst / Data Engineer', ['other', 'data-engineer']],
    ['Senior Data Analyst, Growth', ['other']],
    // Disciplines stand for their practitioners; a manager's title does not.
    ['Data Science', ['data-scientist']],
    ['Analytics Engineering - Contract', ['data-engineer']],
    ['AI Engineering Intern', ['ai-engineer']],
    ['Streaming Data Lead', ['data-engineer']],
    ['Data Science Manager', ['other']],
    ['Machine Learning Instructor', ['other']],
    // Level and team suffixes, all-caps, contract and non-English words.
    ['Machine Learning Engineer II, Ranking', ['ml-engineer']],
    ['SENIOR DATA ENGINEER (REMOTE)', ['data-engineer']],
    ['Ingeniera de Machine Learning (Remoto)', ['ml-engineer']],
    ['Entwickler Backend (m/w/d) – Vollzeit', ['software-engineer']],
    ['Ingénieur Data H/F - CDI', ['data-engineer']],
    // The head of a team name decides: a domain word before a software discipline modifies it;
    // before the layers its systems run on, or on its own, the domain decides.
    ['Software Engineer, ML Networking', ['software-engineer']],
    ['Senior Software Engineer - Generative AI Security', ['software-engineer']],
    ['Software Engineer, Machine Learning', ['ml-engineer']],
    ['Software Engineer, ML Systems', ['ml-engineer']],
    ['Backend Engineer, Data Platform', ['data-engineer']],
    ['AI Web Engineer', ['ai-engineer']],
  ] as const)('%s → %j', (title, roles) => {
    const result = analyzeTitle(title);
    expect([...result.roles].sort()).toEqual([...roles].sort());
    expect(result.combined).toBe(roles.length > 1);
  });

  it.each([
    ['AI Consultant', true],
    ['Member of Technical Staff', true],
    ['Engineer', true],
    ['AI Ninja', true],
    ['AI Solutions Architect', true],
    ['Software Engineer', false],
    ['Machine Learning Engineer', false],
    ['AI/ML Engineer', false],
  ] as const)('%s is vague: %s', (title, vague) => {
    expect(analyzeTitle(title).vague).toBe(vague);
  });

  it('keeps the domain of a team name it did not read as the role', () => {
    const result = analyzeTitle('Software Engineer, ML Networking');
    expect(result.roles).toEqual(['software-engineer']);
    expect(result.domains).toContain('ml-engineer');
  });

  it('strips level, location, contract and requisition tokens', () => {
    expect(analyzeTitle('Sr. Staff Machine Learning Engineer, Ads (Remote - US) #12345').roles).toEqual(['ml-engineer']);
    expect(analyzeTitle('ML Engineer - 12+ Months C2C').roles).toEqual(['ml-engineer']);
    expect(analyzeTitle('Level 2 Data Engineer').roles).toEqual(['data-engineer']);
  });

  it('keeps the seniority words it stripped', () => {
    expect(analyzeTitle('Senior Staff ML Engineer II').seniority).toEqual(['senior staff', 'ii']);
  });
});

describe('employerOf', () => {
  it.each([
    ['Backend Engineer at Acme AI', ['Acme AI']],
    ['ML Engineer @ Quarry', ['Quarry']],
    ['Acme (Power BI) | Senior Engineer | Remote', ['Acme (Power BI)']],
    ['Nimbus AI | Backend Engineer | Lisbon', ['Nimbus AI']],
    ['Senior Data Engineer', []],
    ['Senior Data Engineer | Remote', []],
    // "at" after words that name no role is not an employer: the title is a sentence.
    ['Look at this', []],
  ])('%s names the employer %j', (title, employer) => {
    expect(employerOf(title)).toEqual(employer);
  });
});
