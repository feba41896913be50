/**
 * The posting score (docs/score.md): 0–100 in total and per category, every point explained.
 *
 * Each finding costs its rule's points times its severity's factor; a rule's findings together cost
 * at most the rule's cap; a category is 100 less what its rules cost (never below 0); the total is
 * the weighted mean of the categories. The weights are data (data/score-weights.yml). The score
 * reads only each finding's rule and severity, so it does not depend on the order of the findings
 * or on where in the file they are, and a rule set to `off` costs nothing (it reports nothing).
 * All arithmetic is on whole tenths of a point, so the result is exact and the same in any order.
 */
// Through the package's front door (types only), so the file stays put when core's folders move.
import type { Diagnostic, Severity } from '../shared/index.js';
import { scoreWeights } from './score-weights.generated.js';

/** The weights, as compiled from data/score-weights.yml by `pnpm generate`. */
export interface ScoreWeights {
  severity: Record<Severity, { factor: number; reason: string }>;
  categories: ReadonlyArray<{
    id: string;
    name: string;
    /** Share of the total, in percent (the weights sum to 100). */
    weight: number;
    reason: string;
    rules: ReadonlyArray<{ rule: string; points: number; cap: number; reason: string }>;
  }>;
}

/** What one rule's findings cost in its category. */
export interface ScoreDeduction {
  ruleId: string;
  /** Points taken from the category (whole points): the findings' cost, at most `cap`. */
  points: number;
  /** Why the rule costs points (from the weights file). */
  reason: string;
  /** The findings that caused it, as indices into `result.diagnostics`, in that order. */
  findings: number[];
  /** Where those findings start (1-based line and column), in the same order: for reports that do not list every finding. */
  places: Array<{ line: number; column: number }>;
  /** Findings by severity. */
  count: Record<Severity, number>;
  /** The points of one finding at `warning` severity. */
  perFinding: number;
  /** The findings' cost before the cap (tenths rounded to whole points). */
  uncapped: number;
  cap: number;
  capped: boolean;
}

export interface ScoreCategory {
  id: string;
  name: string;
  /** 0–100: 100 less the deductions. */
  score: number;
  max: 100;
  /** Share of the total, in percent. */
  weight: number;
  /** Largest first, then by rule id. */
  deductions: ScoreDeduction[];
}

export interface PostingScore {
  /** 0–100: the weighted mean of the category scores, rounded. */
  total: number;
  max: 100;
  categories: ScoreCategory[];
}

const tenths = (factor: number) => Math.round(factor * 10);

/**
 * Scores an analysis result from its findings. Findings of a rule the weights do not list (none of
 * core's: a test checks every rule has a weight) cost nothing.
 */
export function score(result: { readonly diagnostics: readonly Diagnostic[] }, weights: ScoreWeights = scoreWeights): PostingScore {
  const byRule = new Map<string, number[]>();
  result.diagnostics.forEach((d, i) => {
    const list = byRule.get(d.ruleId);
    if (list) list.push(i);
    else byRule.set(d.ruleId, [i]);
  });
  const factor: Record<Severity, number> = { error: tenths(weights.severity.error.factor), warning: tenths(weights.severity.warning.factor), info: tenths(weights.severity.info.factor) };

  let weighted = 0;
  let weightSum = 0;
  const categories: ScoreCategory[] = weights.categories.map((category) => {
    const deductions: ScoreDeduction[] = [];
    for (const w of category.rules) {
      const findings = byRule.get(w.rule);
      if (!findings) continue;
      const count: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
      for (const i of findings) count[(result.diagnostics[i] as Diagnostic).severity]++;
      // Tenths of a point: points × factor×10 per finding, whole numbers, so the sum is exact.
      const cost = w.points * (count.error * factor.error + count.warning * factor.warning + count.info * factor.info);
      const uncapped = Math.round(cost / 10);
      const points = Math.min(w.cap, uncapped);
      const places = findings.map((i) => {
        const { line, column } = (result.diagnostics[i] as Diagnostic).place.start;
        return { line, column };
      });
      deductions.push({ ruleId: w.rule, points, reason: w.reason, findings, places, count, perFinding: w.points, uncapped, cap: w.cap, capped: uncapped > w.cap });
    }
    deductions.sort((a, b) => b.points - a.points || a.ruleId.localeCompare(b.ruleId));
    const value = Math.max(0, 100 - deductions.reduce((n, d) => n + d.points, 0));
    weighted += value * category.weight;
    weightSum += category.weight;
    return { id: category.id, name: category.name, score: value, max: 100, weight: category.weight, deductions };
  });
  const total = weightSum === 0 ? 100 : Math.round(weighted / weightSum);
  return { total, max: 100, categories };
}

/** One line per deduction: how its points were counted ("3 warnings × 4 = 12, capped at 10"). */
export function describeDeduction(d: ScoreDeduction, weights: ScoreWeights = scoreWeights): string {
  const parts: string[] = [];
  for (const level of ['error', 'warning', 'info'] as const) {
    const n = d.count[level];
    if (n === 0) continue;
    const each = (d.perFinding * tenths(weights.severity[level].factor)) / 10;
    parts.push(`${n} ${level}${n === 1 ? '' : 's'} × ${each}`);
  }
  return `${parts.join(' + ')} = ${d.uncapped}${d.capped ? `, capped at ${d.cap}` : ''}`;
}
