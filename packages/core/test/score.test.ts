/**
 * The posting score (docs/score.md). The property tests run on generated lists of findings with
 * fixed seeds, so the suite is deterministic; the rest run the real analyzer on real Markdown.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataFile } from '../scripts/data-files.js';
import { loadScoreWeights, SCORE_FILE, validateScoreWeights } from '../scripts/score-data.js';
import { analyze, describeDeduction, rules, score, type Diagnostic, type PostingScore, type Severity } from '../src/index.js';
import { scoreWeights } from '../src/analysis/score-weights.generated.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const SEED = 1515;
const ruleIds = rules.map((r) => r.id);
const date = new Date('2026-11-01T00:00:00Z');
const read = (path: string) => readFileSync(root + path, 'utf8');

describe('score weights data', () => {
  it('is valid, and every rule of core is in exactly one category', () => {
    const { errors } = loadScoreWeights();
    expect(errors).toEqual([]);
    const placed = scoreWeights.categories.flatMap((c) => c.rules.map((r) => r.rule));
    expect([...placed].sort()).toEqual([...ruleIds].sort());
    expect(new Set(placed).size).toBe(placed.length);
  });

  it('gives every number a one-line reason, every cap below 100 and weights summing to 100', () => {
    expect(scoreWeights.categories.reduce((n, c) => n + c.weight, 0)).toBe(100);
    for (const c of scoreWeights.categories) {
      expect(c.reason).toMatch(/^[^\n]{20,}$/);
      for (const r of c.rules) {
        expect(r.reason, r.rule).toMatch(/^[^\n]{20,}$/);
        expect(r.cap).toBeLessThan(100);
        expect(r.cap).toBeGreaterThanOrEqual(r.points);
      }
    }
    for (const level of ['error', 'warning', 'info'] as const) expect(scoreWeights.severity[level].reason).toMatch(/^[^\n]{20,}$/);
  });

  const file = () => structuredClone(loadDataFile(SCORE_FILE)) as { categories: Array<Record<string, unknown> & { rules: Array<Record<string, unknown>> }>; severity: Record<string, Record<string, unknown>> };

  it('rejects a rule in two categories, a rule in none and an unknown rule', () => {
    const data = file();
    const moved = data.categories[0]?.rules[0] as Record<string, unknown>;
    data.categories[1]?.rules.push({ ...moved });
    data.categories[2]?.rules.push({ rule: 'no-such-rule', points: 1, cap: 1, reason: 'a rule that does not exist' });
    const { errors } = validateScoreWeights(data, [...ruleIds, 'brand-new-rule']);
    expect(errors.some((e) => e.includes(`rule ${String(moved['rule'])} is also in category`))).toBe(true);
    expect(errors.some((e) => e.includes('unknown rule "no-such-rule"'))).toBe(true);
    expect(errors.some((e) => e.includes('rule brand-new-rule is in no category'))).toBe(true);
  });

  it('rejects a cap of 100, a cap below one finding, weights not summing to 100, a missing or two-line reason and a factor off the 0.1 grid', () => {
    const data = file();
    const [first, second] = data.categories as [(typeof data.categories)[number], (typeof data.categories)[number]];
    Object.assign(first.rules[0] as object, { cap: 100 });
    Object.assign(first.rules[1] as object, { points: 30, cap: 10 });
    delete (second.rules[0] as Record<string, unknown>)['reason'];
    Object.assign(second.rules[1] as object, { reason: 'one line\nand another' });
    first['weight'] = Number(first['weight']) + 1;
    Object.assign(data.severity['info'] as object, { factor: 0.45 });
    const { errors } = validateScoreWeights(data, ruleIds);
    expect(errors.some((e) => e.includes('cap must be a whole number from 1 to 99, got 100'))).toBe(true);
    expect(errors.some((e) => e.includes('cap 10 is below the points of one finding (30)'))).toBe(true);
    expect(errors.some((e) => e.includes('category weights must sum to 100, got 101'))).toBe(true);
    expect(errors.some((e) => e.includes('needs a reason'))).toBe(true);
    expect(errors.some((e) => e.includes('the reason must be one trimmed line'))).toBe(true);
    expect(errors.some((e) => e.includes('severity.info: factor must be'))).toBe(true);
  });
});

/** A finding of `ruleId` at `offset`: the score reads only the rule and the severity. */
function finding(ruleId: string, severity: Severity, offset: number): Diagnostic {
  const point = { line: 1, column: offset + 1, offset };
  return { ruleId, source: 'jdlint', reason: `finding of ${ruleId}`, place: { start: point, end: { ...point, column: point.column + 3, offset: offset + 3 } }, severity, url: '' };
}

const findingArb = fc.record({
  ruleId: fc.constantFrom(...ruleIds),
  severity: fc.constantFrom<Severity>('error', 'warning', 'info'),
  offset: fc.nat(5000),
});
const findingsArb = fc.array(findingArb, { maxLength: 40 }).map((list) => list.map((f) => finding(f.ruleId, f.severity, f.offset)));

/** The score's numbers without the indices (which name places in one particular list). */
function numbers(s: PostingScore): unknown {
  return { total: s.total, categories: s.categories.map((c) => ({ id: c.id, score: c.score, deductions: c.deductions.map((d) => ({ ruleId: d.ruleId, points: d.points, count: d.count, capped: d.capped })) })) };
}

function atMostEverywhere(lower: PostingScore, higher: PostingScore): void {
  expect(lower.total).toBeLessThanOrEqual(higher.total);
  lower.categories.forEach((c, i) => expect(c.score).toBeLessThanOrEqual((higher.categories[i] as (typeof higher.categories)[number]).score));
}

describe('score properties', () => {
  it('is 100 everywhere with no findings', () => {
    const s = score({ diagnostics: [] });
    expect(s.total).toBe(100);
    expect(s.categories.map((c) => c.score)).toEqual(scoreWeights.categories.map(() => 100));
    expect(s.categories.every((c) => c.deductions.length === 0)).toBe(true);
  });

  it('is bounded: whole numbers from 0 to 100, in total and per category', () => {
    fc.assert(
      fc.property(findingsArb, (diagnostics) => {
        const s = score({ diagnostics });
        for (const value of [s.total, ...s.categories.map((c) => c.score)]) {
          expect(Number.isInteger(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('is bounded below by the caps: even hundreds of findings of one rule leave its category standing', () => {
    for (const id of ruleIds) {
      const s = score({ diagnostics: Array.from({ length: 300 }, (_, i) => finding(id, 'error', i)) });
      const category = s.categories.find((c) => c.deductions.some((d) => d.ruleId === id));
      expect(category?.score, id).toBeGreaterThan(0);
      expect(category?.deductions[0]?.capped, id).toBe(true);
    }
  });

  it('is monotone: adding a finding never raises a score, removing one never lowers it', () => {
    fc.assert(
      fc.property(findingsArb, findingArb, fc.nat(), (diagnostics, extra, at) => {
        const before = score({ diagnostics });
        const added = [...diagnostics];
        added.splice(at % (added.length + 1), 0, finding(extra.ruleId, extra.severity, extra.offset));
        atMostEverywhere(score({ diagnostics: added }), before);
        if (diagnostics.length > 0) {
          const removed = diagnostics.filter((_, i) => i !== at % diagnostics.length);
          atMostEverywhere(before, score({ diagnostics: removed }));
        }
      }),
      { seed: SEED + 1, numRuns: 300 },
    );
  });

  it('is monotone in severity: raising a finding to a higher severity never raises a score', () => {
    const up: Record<Severity, Severity> = { info: 'warning', warning: 'error', error: 'error' };
    fc.assert(
      fc.property(findingsArb.filter((l) => l.length > 0), fc.nat(), (diagnostics, at) => {
        const i = at % diagnostics.length;
        const raised = diagnostics.map((d, j) => (j === i ? { ...d, severity: up[d.severity] } : d));
        atMostEverywhere(score({ diagnostics: raised }), score({ diagnostics }));
      }),
      { seed: SEED + 2, numRuns: 200 },
    );
  });

  it('is deterministic and independent of the order and the positions of the findings', () => {
    fc.assert(
      fc.property(findingsArb, fc.array(fc.nat(), { maxLength: 40 }), fc.nat(10_000), (diagnostics, keys, shift) => {
        const first = score({ diagnostics });
        expect(score({ diagnostics })).toEqual(first);
        const shuffled = diagnostics
          .map((d, i) => ({ d, k: keys[i] ?? i }))
          .sort((a, b) => a.k - b.k)
          .map(({ d }, i) => finding(d.ruleId, d.severity, (d.place.start.offset * 7 + shift + i) % 9000));
        expect(numbers(score({ diagnostics: shuffled }))).toEqual(numbers(first));
      }),
      { seed: SEED + 3, numRuns: 300 },
    );
  });

  it('traces every deduction to its findings, and every finding to one deduction; the numbers add up', () => {
    fc.assert(
      fc.property(findingsArb, (diagnostics) => {
        const s = score({ diagnostics });
        const seen: number[] = [];
        let weighted = 0;
        for (const c of s.categories) {
          for (const d of c.deductions) {
            expect(d.findings.length).toBeGreaterThan(0);
            for (const i of d.findings) expect(diagnostics[i]?.ruleId).toBe(d.ruleId);
            expect(d.places).toEqual(d.findings.map((i) => ({ line: diagnostics[i]?.place.start.line, column: diagnostics[i]?.place.start.column })));
            expect(d.count.error + d.count.warning + d.count.info).toBe(d.findings.length);
            expect(d.points).toBe(Math.min(d.cap, d.uncapped));
            expect(d.reason.length).toBeGreaterThan(0);
            expect(describeDeduction(d)).toMatch(/^\d+ (error|warning|info)s? × [\d.]+/);
            seen.push(...d.findings);
          }
          expect(c.score).toBe(Math.max(0, 100 - c.deductions.reduce((n, d) => n + d.points, 0)));
          weighted += c.score * c.weight;
        }
        expect([...seen].sort((a, b) => a - b)).toEqual(diagnostics.map((_, i) => i));
        expect(s.total).toBe(Math.round(weighted / 100));
      }),
      { seed: SEED + 4, numRuns: 300 },
    );
  });
});

describe('score of real postings', () => {
  const pairs = readdirSync(root + 'fixtures/score')
    .filter((f) => f.endsWith('.before.md'))
    .map((f) => f.replace(/\.before\.md$/, ''))
    .sort();

  it('has before/after pairs to check', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(3);
  });

  it.each(pairs)('%s: the fixed posting scores above the draft, and no category falls', (name) => {
    const before = analyze(read(`fixtures/score/${name}.before.md`), { date }).score;
    const after = analyze(read(`fixtures/score/${name}.after.md`), { date }).score;
    expect(after.total).toBeGreaterThan(before.total);
    atMostEverywhere(before, after);
  });

  it('scores a title mismatch with no pay range below the same posting retitled with a range, on both counts', () => {
    const before = analyze(read('fixtures/score/title-mismatch-no-pay.before.md'), { date });
    const after = analyze(read('fixtures/score/title-mismatch-no-pay.after.md'), { date });
    const cat = (s: PostingScore, id: string) => s.categories.find((c) => c.id === id);
    expect(cat(before.score, 'role-clarity')?.deductions.map((d) => d.ruleId)).toEqual(['title-duty-mismatch']);
    expect(cat(before.score, 'pay-transparency')?.deductions.map((d) => d.ruleId)).toEqual(['salary-range']);
    expect(cat(after.score, 'role-clarity')?.score).toBe(100);
    expect(cat(after.score, 'pay-transparency')?.score).toBe(100);
    expect(before.score.total).toBeLessThan(after.score.total);
  });

  it('points each deduction at the diagnostics of its rule in the analysis result', () => {
    const result = analyze(read('fixtures/score/buzzwords-and-vague.before.md'), { date });
    expect(result.score).toEqual(score(result));
    const cliches = result.score.categories.flatMap((c) => c.deductions).find((d) => d.ruleId === 'no-cliche');
    expect(cliches?.findings.map((i) => result.diagnostics[i]?.ruleId)).toEqual(cliches?.findings.map(() => 'no-cliche'));
    expect(cliches?.findings.length).toBe(result.diagnostics.filter((d) => d.ruleId === 'no-cliche').length);
  });

  it('follows the configured severity: an off rule costs nothing, an error costs more than a warning', () => {
    const text = read('fixtures/score/title-mismatch-no-pay.before.md');
    const pay = (config: Parameters<typeof analyze>[1]) => analyze(text, { date, ...config }).score.categories.find((c) => c.id === 'pay-transparency');
    expect(pay({})?.score).toBe(50);
    expect(pay({ config: { rules: { 'salary-range': 'off' } } })?.score).toBe(100);
    expect(pay({ config: { rules: { 'salary-range': 'error' } } })?.score).toBe(25);
    expect(pay({ config: { rules: { 'salary-range': 'info' } } })?.score).toBe(80);
  });

  it('does not depend on where the findings are: the same posting with its sections reordered scores the same', () => {
    const text = read('fixtures/score/buzzwords-and-vague.before.md');
    const [head, ...sections] = text.split(/\n(?=## )/);
    const reordered = [head, ...[...sections].reverse()].join('\n');
    const a = analyze(text, { date });
    const b = analyze(reordered, { date });
    expect(b.diagnostics.map((d) => d.place.start.offset)).not.toEqual(a.diagnostics.map((d) => d.place.start.offset));
    expect(numbers(b.score)).toEqual(numbers(a.score));
  });
});
