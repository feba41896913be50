/** Issue 18, items 9–11: the role rules and the recommendation give one coherent piece of advice. */
import { describe, expect, it } from 'vitest';
import { analyze } from '@jdlint/core';

const ROLE_RULES = new Set(['mixed-role', 'title-duty-mismatch', 'ambiguous-title']);
const roleFindings = (text: string) =>
  analyze(text)
    .diagnostics.filter((d) => ROLE_RULES.has(d.ruleId))
    .map((d) => ({ ruleId: d.ruleId, severity: d.severity }));
const posting = (title: string, duties: string[]) => [`# ${title}`, '', '## Responsibilities', '', ...duties.map((d) => `- ${d}`), ''].join('\n');

// Duties spread over LLM-application and data-pipeline work, under a title that names neither.
const MIXED = posting('Machine Learning Engineer', [
  'Build ETL pipelines in Airflow',
  'Own the data warehouse in Snowflake',
  'Build a support assistant on the OpenAI API',
  'Write prompt templates and run LLM evals',
  'Train a churn model in PyTorch',
]);

describe('9. low confidence raises no mismatch error, and a mixed posting gets one piece of advice', () => {
  it('a mixed posting gets the split advice of mixed-role, not a retitle next to it', () => {
    const result = analyze(MIXED);
    expect(result.profile.confidence).toBe('low');
    expect(result.profile.recommendation.split.length).toBe(2);
    expect(roleFindings(MIXED)).toEqual([{ ruleId: 'mixed-role', severity: 'warning' }]);
  });

  it('a low-confidence mismatch on a posting that is not mixed is one level below the configured severity', () => {
    const text = posting('Data Scientist', [
      'Build dashboards in Looker for the sales team',
      'Train a churn model in PyTorch',
      'Own weekly KPI reporting',
    ]);
    const result = analyze(text);
    expect(result.profile.confidence).toBe('low');
    expect(result.profile.recommendation.split).toEqual([]);
    expect(roleFindings(text)).toEqual([{ ruleId: 'title-duty-mismatch', severity: 'warning' }]);
  });
});

// LLM-application duties and model-training duties, neither small, under a combined title.
const HYBRID = posting('AI/ML Engineer', [
  'Build a support assistant on the OpenAI API',
  'Write prompt templates and run LLM evals',
  'Design RAG pipelines over our help articles',
  'Train and evaluate a churn model in PyTorch',
  'Engineer features and tune hyperparameters',
]);

describe('10. a posting that is genuinely two jobs gets a recommendation that says so', () => {
  it('two large shares and "both" to model-or-product: split, named in the recommendation and by mixed-role', () => {
    const { profile } = analyze(HYBRID);
    expect(profile.questions.find((q) => q.id === 'model-or-product')?.answer).toBe('both');
    expect(profile.recommendation.split).toEqual(['ai-engineer', 'ml-engineer']);
    expect(profile.recommendation.title).toBeNull();
    expect(profile.recommendation.text).toMatch(/^Hire for two roles, or rank them: the duties are spread over AI Engineer \(\d+%/);
    expect(roleFindings(HYBRID)).toEqual([{ ruleId: 'mixed-role', severity: 'warning' }]);
  });

  it('one role with nearly all of the duties stays one job', () => {
    const text = posting('AI Engineer', [
      'Build a support assistant on the OpenAI API',
      'Write prompt templates and run LLM evals',
      'Design RAG pipelines over our help articles',
      'Add tool calling to the assistant',
      'Fine-tune a small model now and then',
    ]);
    const { profile } = analyze(text);
    expect(profile.recommendation.split).toEqual([]);
    expect(profile.recommendation.role).toBe('ai-engineer');
  });
});

const RAG_DUTIES = [
  'Build RAG pipelines with LangChain over our contract archive',
  'Write and test prompt templates for the review assistant',
  'Integrate the OpenAI API with function calling',
];
const TRAINING_DUTIES = [
  'Train and evaluate image segmentation models in PyTorch',
  'Engineer features and tune hyperparameters',
  'Run offline evaluation with precision and recall',
];
const mismatchOf = (title: string, duties: string[]) => {
  const d = analyze(posting(title, duties)).diagnostics.filter((x) => ROLE_RULES.has(x.ruleId));
  return d.map((x) => ({ ruleId: x.ruleId, severity: x.severity, expected: x.expected }));
};

describe('11. title cases decided by the title policy', () => {
  it('a specific noun keeps its role under a qualifier; a qualifier naming the duties\' role lowers the mismatch to a warning', () => {
    expect(mismatchOf('Machine Learning Engineer (LLM)', RAG_DUTIES)).toEqual([{ ruleId: 'title-duty-mismatch', severity: 'warning', expected: ['AI Engineer'] }]);
    expect(mismatchOf('Senior ML Engineer, Applied AI', RAG_DUTIES)).toEqual([{ ruleId: 'title-duty-mismatch', severity: 'warning', expected: ['Senior AI Engineer'] }]);
    // Without the qualifier the title names only the wrong role: a full error.
    expect(mismatchOf('Machine Learning Engineer', RAG_DUTIES)).toEqual([{ ruleId: 'title-duty-mismatch', severity: 'error', expected: ['AI Engineer'] }]);
  });

  it('a bare generic noun claims no role to contradict: ambiguous-title asks to name the role, no mismatch error', () => {
    expect(mismatchOf('Founding Engineer', RAG_DUTIES)).toEqual([{ ruleId: 'ambiguous-title', severity: 'warning', expected: ['Founding AI Engineer'] }]);
  });

  it('"AI Research Engineer" keeps its research role under the AI qualifier: model training without research is still a mismatch', () => {
    expect(analyze(posting('AI Research Engineer', TRAINING_DUTIES)).profile.titleRoles).toEqual(['research-scientist']);
    expect(mismatchOf('AI Research Engineer', TRAINING_DUTIES)).toEqual([{ ruleId: 'title-duty-mismatch', severity: 'error', expected: ['Machine Learning Engineer'] }]);
  });
});
