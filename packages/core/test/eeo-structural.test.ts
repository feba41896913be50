import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, rules, type JdlintConfig } from '@jdlint/core';
import { toUnits } from '../src/lexicon/index.js';
import { tokenize } from '../src/nlp/index.js';
import { findPlaces, findVaguePay } from '../src/signals/index.js';
import { findTechnologies } from '../src/signals/index.js';

const dir = new URL('../../../fixtures/postings/', import.meta.url);
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((name) => [name, readFileSync(new URL(name, dir), 'utf8')] as const);
const examples = rules.flatMap((r) => r.examples.map((e) => [`${r.id}: ${e.name}`, e.input] as const));

// Every rule on, at its strictest, so nothing is hidden by a preset.
const everything: JdlintConfig = { extends: 'jdlint:strict' };

/** Source ranges of equal-opportunity and other legal text: legal blocks and EEO sections. */
function legalRanges(source: string): Array<{ start: number; end: number }> {
  const { posting } = analyze(source, { config: { rules: Object.fromEntries(rules.map((r) => [r.id, 'off'])) } });
  return posting.blocks
    .filter((b) => b.legal || posting.sections[b.section]?.kind === 'eeo')
    .map((b) => posting.projection.rangeToSource(b.start, b.end));
}

describe.each([...fixtures, ...examples])('%s', (_name, source) => {
  it('has no finding inside equal-opportunity or legal text', () => {
    const ranges = legalRanges(source);
    const { diagnostics } = analyze(source, { config: everything, date: new Date('2026-11-25') });
    for (const d of diagnostics) {
      const inside = ranges.find((r) => d.place.start.offset < r.end && r.start < d.place.end.offset);
      expect(inside, `${d.ruleId} at ${d.place.start.line}:${d.place.start.column} lies in legal text`).toBeUndefined();
    }
  });
});

describe('the structural guarantee is not vacuous', () => {
  it('fixtures carry legal text that names triggers the rules would otherwise report', () => {
    let legalBlocks = 0;
    let triggers = 0;
    for (const [, source] of fixtures) {
      const { posting } = analyze(source, { config: { rules: Object.fromEntries(rules.map((r) => [r.id, 'off'])) } });
      for (const block of posting.blocks.filter((b) => b.legal || posting.sections[b.section]?.kind === 'eeo')) {
        legalBlocks++;
        const text = posting.text.slice(block.start, block.end);
        const units = toUnits(tokenize(text).tokens);
        triggers += findVaguePay(units).length + findPlaces(units, text).length + findTechnologies(units).length;
      }
    }
    expect(legalBlocks).toBeGreaterThan(3);
    // "competitive salary", "Colorado, California and New York City", "PyTorch, TensorFlow and JAX"
    // stand in the fixtures' equal-opportunity statements.
    expect(triggers).toBeGreaterThanOrEqual(6);
  });
});
