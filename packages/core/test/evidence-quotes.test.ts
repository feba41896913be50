/** Issue 18, item 7: quoted evidence never ends (or starts) inside a bracket or a quotation. */
import { describe, expect, it } from 'vitest';
import { analyze } from '@jdlint/core';

const POSTING = (duty: string) =>
  `# Machine Learning Engineer\n\n## Responsibilities\n\n- ${duty}\n- Write and test prompt templates with LangChain\n- Integrate the OpenAI API with function calling\n`;

/** True when every bracket and curly quotation mark in `text` is closed inside it, in order. */
function balanced(text: string): boolean {
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{', '”': '“' };
  const open: string[] = [];
  for (const ch of text) {
    if ('([{“'.includes(ch)) open.push(ch);
    else if (ch in pairs && open.pop() !== pairs[ch]) return false;
  }
  return open.length === 0;
}

/** Every quotation in the findings' messages, the profile's evidence and the answers' evidence. */
function quotes(text: string): string[] {
  const result = analyze(text);
  const inMessages = result.diagnostics.flatMap((d) => [...d.reason.matchAll(/“(.*?)” \d+:\d+/g)].map((m) => m[1] as string));
  const inAdvice = [...result.profile.recommendation.text.matchAll(/“(.*?)”/g)].map((m) => m[1] as string);
  return [...inMessages, ...inAdvice, ...result.profile.evidence.map((e) => e.text), ...result.profile.questions.flatMap((q) => q.evidence.map((e) => e.text))];
}

describe('7. quoted evidence ends at a balanced boundary', () => {
  it('a short bracket is closed: “Build retrieval-augmented generation (RAG)”', () => {
    const [mismatch] = analyze(POSTING('Build retrieval-augmented generation (RAG) pipelines over our support articles')).diagnostics.filter((d) => d.ruleId === 'title-duty-mismatch');
    expect(mismatch?.reason).toContain('“Build retrieval-augmented generation (RAG)” 5:3');
  });

  it.each([
    'Build retrieval-augmented generation (RAG) pipelines over our support articles',
    'Build retrieval-augmented generation (RAG over twelve thousand support articles, manuals and release notes) pipelines',
    'Build [retrieval-augmented generation] pipelines over our support articles',
    'Build RAG) pipelines over our support articles',
    'Build “retrieval-augmented generation” pipelines over our support articles',
    // A posting split between two roles: mixed-role's message and the split advice quote evidence too.
    'Build retrieval-augmented generation (RAG) pipelines\n- Build the ETL pipelines (Airflow) into Snowflake\n- Own the data warehouse (Snowflake) and dbt models\n- Build ETL jobs in Spark',
  ])('every quotation is balanced for %j', (duty) => {
    const found = quotes(POSTING(duty));
    expect(found.length).toBeGreaterThan(0);
    for (const q of found) expect({ q, balanced: balanced(q) }).toEqual({ q, balanced: true });
  });
});
