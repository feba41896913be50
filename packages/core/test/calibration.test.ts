import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { DEFAULT_CALIBRATION } from '../src/analysis/index.js';
import { crossValidate, foldsOf, prepare } from '../scripts/eval-cv.js';

// Our own postings: the same analysis duties, shared by analysts and data scientists.
const duties = '## What you will do\n\n- Analyze user behavior data for the checkout team\n- Present findings to the product leads\n- Analyze funnel metrics every week\n';

describe('calibration', () => {
  it('lets the title decide between the roles of shared duties when nothing else tells them apart', () => {
    const scientist = analyze(`# Data Scientist\n\n${duties}`).profile;
    const analyst = analyze(`# Data Analyst\n\n${duties}`).profile;
    expect(scientist.dutyRole).toBe('data-scientist');
    expect(analyst.dutyRole).toBe('other');
    expect(scientist.mismatch).toBe(false);
    expect(analyst.mismatch).toBe(false);
  });

  it('lets unshared evidence, not the title, decide once the posting names a method', () => {
    const text = `# Data Analyst\n\n${duties}- Design A/B tests and run causal inference on pricing experiments\n- Fit Bayesian hierarchical models of demand\n`;
    expect(analyze(text).profile.dutyRole).toBe('data-scientist');
  });

  it("reads a posting too thin to tell as the title's role, with no confidence and no mismatch", () => {
    const { profile } = analyze('# Data Engineer\n\nJoin our small team in Lisbon.\n');
    expect(profile.confidence).toBe('none');
    expect(profile.dutyRole).toBe('data-engineer');
    expect(profile.mismatch).toBe(false);
    expect(profile.recommendation.role).toBeNull();
  });

  it('keeps the defaults in one object', () => {
    expect(DEFAULT_CALIBRATION.mismatchMargin).toBeGreaterThan(0);
    expect(Object.isFrozen(DEFAULT_CALIBRATION)).toBe(true);
  });
});

describe('cross-validation', () => {
  it('deals a fixed, balanced fold to each posting for a seed', () => {
    const ids = Array.from({ length: 23 }, (_, i) => `p${i}.md`);
    const a = foldsOf(ids, 5, 13);
    expect(foldsOf([...ids].reverse(), 5, 13)).toEqual(a);
    const sizes = [0, 1, 2, 3, 4].map((f) => [...a.values()].filter((x) => x === f).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(foldsOf(ids, 5, 14)).not.toEqual(a);
  });

  it('scores every posting once, on the fold it was held out of', () => {
    const postings = [
      ['# Data Scientist', duties, 'data-scientist', false],
      ['# Data Analyst', duties, 'other', false],
      ['# Machine Learning Engineer', '## Responsibilities\n\n- Build RAG pipelines with LangChain\n- Write and test prompt templates\n- Integrate the OpenAI API with function calling\n', 'ai-engineer', true],
      ['# Data Engineer', '## Responsibilities\n\n- Build ETL pipelines in Airflow\n- Model the warehouse in dbt\n- Own data quality checks\n', 'data-engineer', false],
      ['# Backend Engineer', '## Responsibilities\n\n- Build REST APIs in Go\n- Maintain the backend services\n- Write unit tests\n', 'software-engineer', false],
    ] as const;
    const items = postings.map(([title, body, role, mismatch], i) =>
      prepare(`p${i}.md`, `${title}\n\n${body}`, { role, title_role: role, mismatch, confidence: 'high' }),
    );
    const result = crossValidate(items, 5, 13);
    expect(result.cvPreds).toHaveLength(items.length);
    expect(result.choices).toHaveLength(5);
    expect(result.cv.n).toBe(items.length);
    expect(result.defaults.duty).toBeGreaterThanOrEqual(0.8);
  });
});
