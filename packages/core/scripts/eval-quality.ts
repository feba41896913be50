/**
 * The job-ad quality part of `pnpm eval`: on postings whose front matter lists vague phrases
 * verbatim (labels.vague), measures
 *   - recall: the share of labelled phrases that some finding of the quality rules overlaps
 *     (phrases that are purely years of experience, "5+ years", are left out: other rules judge those);
 *   - coverage: characters of the body inside any finding of any rule / characters of the body
 *     (a linter that flags everything would reach any recall; this keeps it honest);
 *   - the median number of findings per posting (all rules).
 */
import type { Diagnostic } from '../src/index.js';

export interface QualityPosting {
  file: string;
  /** The whole file, front matter included (diagnostic offsets refer to it). */
  text: string;
  diagnostics: Diagnostic[];
  /** Labelled vague phrases, each an exact substring of the body. */
  vague: string[];
}

/** Rules about the role model; the others are the quality rules whose recall is measured. */
const ROLE_RULES = new Set(['title-duty-mismatch', 'ambiguous-title', 'mixed-role']);

/** Phrases that only state years of experience ("5+ years", "3 years of experience"). */
export function isYearsOnly(phrase: string): boolean {
  const p = phrase.trim().replace(/[.;:,]+$/, '');
  return (
    /^\d+\s*\+?\s*(?:-\s*\d+\s*\+?\s*)?(?:years?|yrs)\b(?:\s+of(?:\s+[\w-]+){0,3}\s+experience)?$/i.test(p) ||
    /^[\w+-]+\s+years?\s+of\s+(?:[\w-]+\s+)?experience$/i.test(p)
  );
}

function bodyStart(text: string): number {
  const fm = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/.exec(text);
  return fm ? fm[0].length : 0;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface QualityResult {
  labelled: number;
  found: number;
  recall: number;
  coverage: number;
  medianFindings: number;
  missed: Array<{ file: string; phrase: string }>;
  byRule: Record<string, number>;
}

export function evaluateQuality(postings: QualityPosting[]): QualityResult {
  let labelled = 0;
  let found = 0;
  let covered = 0;
  let body = 0;
  const missed: QualityResult['missed'] = [];
  const byRule: Record<string, number> = {};
  for (const p of postings) {
    const from = bodyStart(p.text);
    body += p.text.length - from;
    const mask = new Uint8Array(p.text.length);
    for (const d of p.diagnostics) {
      byRule[d.ruleId] = (byRule[d.ruleId] ?? 0) + 1;
      for (let i = Math.max(from, d.place.start.offset); i < Math.min(p.text.length, d.place.end.offset); i++) mask[i] = 1;
    }
    for (let i = from; i < mask.length; i++) covered += mask[i] as number;
    const quality = p.diagnostics.filter((d) => !ROLE_RULES.has(d.ruleId));
    for (const phrase of p.vague) {
      if (isYearsOnly(phrase)) continue;
      labelled++;
      const at = p.text.indexOf(phrase, from);
      const end = at + phrase.length;
      if (at >= 0 && quality.some((d) => d.place.start.offset < end && at < d.place.end.offset)) found++;
      else missed.push({ file: p.file, phrase });
    }
  }
  return {
    labelled,
    found,
    recall: labelled === 0 ? 0 : found / labelled,
    coverage: body === 0 ? 0 : covered / body,
    medianFindings: median(postings.map((p) => p.diagnostics.length)),
    missed,
    byRule,
  };
}

export function printQuality(result: QualityResult, verbose: boolean): void {
  console.log('\n## job-ad quality: labelled vague phrases (years-only phrases left out)');
  console.log(`vague-phrase recall     ${result.recall.toFixed(3)} (${result.found}/${result.labelled})   target >= 0.62`);
  console.log(`text covered by findings ${(result.coverage * 100).toFixed(1)}%   target <= 8%`);
  console.log(`median findings/posting ${result.medianFindings}`);
  console.log(`findings by rule        ${Object.entries(result.byRule).sort(([a], [b]) => a.localeCompare(b)).map(([r, n]) => `${r} ${n}`).join(', ')}`);
  if (verbose) for (const m of result.missed) console.log(`missed ${m.file}: ${m.phrase}`);
}
