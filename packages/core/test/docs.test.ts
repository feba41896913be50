import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '@jdlint/core';
import { renderRuleExamples } from '../scripts/docs.js';

const docs = new URL('../../../docs/rules/', import.meta.url);
const SECTIONS = ['Rule details', 'Options', 'Examples', 'When not to use it', 'Sources'];

describe.each(rules.map((r) => [r.id, r] as const))('docs/rules/%s.md', (id, rule) => {
  const page = readFileSync(new URL(`${id}.md`, docs), 'utf8');

  it('starts with the id and the rule description', () => {
    const [heading, , description] = page.split('\n');
    expect(heading).toBe(`# ${id}`);
    expect(description).toBe(rule.meta.description);
  });

  it('has the fixed sections in order', () => {
    const prose = page.replace(/^```[\s\S]*?^```/gm, '');
    const h2 = [...prose.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(h2).toEqual(SECTIONS);
  });

  it('shows every example with its expected output (generated block is current)', () => {
    const block = /<!-- generated:start -->\n([\s\S]*?)<!-- generated:end -->/.exec(page)?.[1];
    expect(block).toBe(renderRuleExamples(rule));
  });

  it('documents every option with its default', () => {
    for (const [key, value] of Object.entries(rule.meta.defaultOptions)) {
      expect(page).toContain(`\`${key}\``);
      expect(page).toContain(`\`${JSON.stringify(value)}\``);
    }
  });
});
