/**
 * Issue 18, item 5: each model family's variants are dated by their own release, not by the
 * family's first model (GPT-4o was dated as GPT-4, so "3 years with GPT-4o" was only a warning).
 */
import { describe, expect, it } from 'vitest';
import { analyze, rules, type JdlintConfig } from '@jdlint/core';

const only: JdlintConfig = { rules: Object.fromEntries(rules.map((r) => [r.id, r.id === 'years-exceed-technology-age' ? 'error' : 'off'])) };
const asOf = new Date('2026-11-25');

/** The finding for "N years of <model>" on 2026-11-25: its severity and the date it names. */
function judge(years: number, model: string): { severity: string; reason: string } | null {
  const [d] = analyze(`# AI Engineer\n\n## Requirements\n\n- ${years} years of experience with ${model}\n`, { config: only, date: asOf }).diagnostics;
  return d ? { severity: d.severity, reason: d.reason } : null;
}

describe('5. model variants are dated by their own release', () => {
  it('GPT-4o (May 2024): 3 years is an error, where GPT-4 (March 2023) makes it a near-limit warning', () => {
    expect(judge(3, 'GPT-4o')).toEqual({ severity: 'error', reason: expect.stringContaining('`GPT-4o` has been public only since 13 May 2024') });
    expect(judge(3, 'GPT-4')).toMatchObject({ severity: 'warning', reason: expect.stringContaining('March 2023') });
  });

  it.each([
    ['GPT-4o', '13 May 2024'],
    ['GPT-4o mini', '18 July 2024'],
    ['GPT-4 Turbo', '6 November 2023'],
    ['GPT-3.5', '2022'],
    ['GPT-3.5 Turbo', '1 March 2023'],
    ['Claude 2', 'July 2023'],
    ['Claude 3', '4 March 2024'],
    ['Claude 3 Opus', '4 March 2024'],
    ['Claude 3.5 Sonnet', '20 June 2024'],
    ['Llama 3', '18 April 2024'],
    ['Llama 3.1', '23 July 2024'],
    ['Gemini 1.5', '15 February 2024'],
    ['Gemini 1.5 Pro', '15 February 2024'],
  ])('%s is dated %s', (model, date) => {
    expect(judge(9, model)?.reason).toContain(`has been public only since ${date}`);
  });

  it('the family names keep the family date', () => {
    expect(judge(9, 'GPT-4')?.reason).toContain('since March 2023');
    expect(judge(9, 'LLaMA')?.reason).toContain('since 24 February 2023');
    expect(judge(9, 'Llama 2')?.reason).toContain('since 18 July 2023');
    expect(judge(9, 'Gemini')).toBeNull(); // no verified date for the family (technologies.yml)
  });
});
