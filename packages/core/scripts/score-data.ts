/**
 * Reads and validates packages/core/data/score-weights.yml, the weights of the posting score
 * (docs/score.md): every rule of core in exactly one category, whole points and caps below 100 (so
 * no one rule can zero a category), category weights summing to 100, severity factors in steps of
 * 0.1, and a one-line reason on every number. Used by generate.ts and by the tests.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// The rules alone (not the package entry, which loads the generated weights this script writes).
import { rules } from '../src/rules/index.js';
import { jsonSource, loadDataFile, type Raw } from './data-files.js';

export const SCORE_FILE = 'score-weights.yml';
export const SCORE_GENERATED = 'packages/core/src/analysis/score-weights.generated.ts';
export const SCORE_DOC = 'docs/score.md';
const SEVERITIES = ['error', 'warning', 'info'] as const;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface ScoreRuleWeight {
  rule: string;
  points: number;
  cap: number;
  reason: string;
}

export interface ScoreCategoryWeight {
  id: string;
  name: string;
  weight: number;
  reason: string;
  rules: ScoreRuleWeight[];
}

export interface ScoreWeightData {
  severity: Record<(typeof SEVERITIES)[number], { factor: number; reason: string }>;
  categories: ScoreCategoryWeight[];
}

function reasonOf(entry: Raw, where: string, errors: string[]): string {
  const value = entry['reason'];
  if (typeof value !== 'string' || value.trim() === '') {
    errors.push(`${where}: needs a reason (one line)`);
    return '';
  }
  if (value.includes('\n') || value !== value.trim()) errors.push(`${where}: the reason must be one trimmed line`);
  return value;
}

function wholeNumber(entry: Raw, key: string, where: string, errors: string[], min: number, max: number): number {
  const value = entry[key];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    errors.push(`${where}: ${key} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`);
    return 0;
  }
  return value;
}

/** Validates the parsed file against the rule ids of core; returns the data the score reads. */
export function validateScoreWeights(file: Raw, ruleIds: readonly string[]): { data: ScoreWeightData; errors: string[] } {
  const errors: string[] = [];
  const meta = file['meta'] as Raw | undefined;
  if (!meta || typeof meta['title'] !== 'string') errors.push(`${SCORE_FILE}: meta.title is required`);
  for (const key of Object.keys(file)) if (!['meta', 'severity', 'categories'].includes(key)) errors.push(`${SCORE_FILE}: unknown key "${key}" (known: meta, severity, categories)`);

  const rawSeverity = (file['severity'] ?? {}) as Raw;
  const severity = {} as ScoreWeightData['severity'];
  for (const level of SEVERITIES) {
    const where = `${SCORE_FILE} severity.${level}`;
    const entry = rawSeverity[level] as Raw | undefined;
    if (!entry || typeof entry !== 'object') {
      errors.push(`${where}: required`);
      severity[level] = { factor: 0, reason: '' };
      continue;
    }
    const factor = entry['factor'];
    if (typeof factor !== 'number' || !(factor > 0) || factor > 10 || Math.abs(Math.round(factor * 10) - factor * 10) > 1e-9) {
      errors.push(`${where}: factor must be a number above 0 and at most 10, in steps of 0.1, got ${JSON.stringify(factor)}`);
    }
    severity[level] = { factor: typeof factor === 'number' ? factor : 0, reason: reasonOf(entry, where, errors) };
  }
  for (const key of Object.keys(rawSeverity)) if (!(SEVERITIES as readonly string[]).includes(key)) errors.push(`${SCORE_FILE} severity: unknown level "${key}"`);
  if (severity.error.factor < severity.warning.factor || severity.warning.factor < severity.info.factor) {
    errors.push(`${SCORE_FILE} severity: factors must not fall with severity (error ≥ warning ≥ info)`);
  }

  const rawCategories = file['categories'];
  const categories: ScoreCategoryWeight[] = [];
  const ids = new Set<string>();
  const placed = new Map<string, string>();
  if (!Array.isArray(rawCategories) || rawCategories.length === 0) errors.push(`${SCORE_FILE}: categories must be a non-empty list`);
  for (const [i, raw] of (Array.isArray(rawCategories) ? rawCategories : []).entries()) {
    const c = (raw ?? {}) as Raw;
    const id = typeof c['id'] === 'string' ? c['id'] : '';
    const where = `${SCORE_FILE} categories[${i}]${id ? ` (${id})` : ''}`;
    if (!KEBAB.test(id)) errors.push(`${where}: id must be kebab-case`);
    else if (ids.has(id)) errors.push(`${where}: duplicate category id ${id}`);
    ids.add(id);
    const name = typeof c['name'] === 'string' ? c['name'].trim() : '';
    if (name === '') errors.push(`${where}: name is required`);
    const weight = wholeNumber(c, 'weight', where, errors, 1, 100);
    const reason = reasonOf(c, where, errors);
    const rules: ScoreRuleWeight[] = [];
    const rawRules = c['rules'];
    if (!Array.isArray(rawRules) || rawRules.length === 0) errors.push(`${where}: rules must be a non-empty list`);
    for (const [j, rr] of (Array.isArray(rawRules) ? rawRules : []).entries()) {
      const r = (rr ?? {}) as Raw;
      const rule = typeof r['rule'] === 'string' ? r['rule'] : '';
      const at = `${where} rules[${j}]${rule ? ` (${rule})` : ''}`;
      if (!ruleIds.includes(rule)) errors.push(`${at}: unknown rule ${JSON.stringify(r['rule'])}`);
      const other = placed.get(rule);
      if (other !== undefined) errors.push(`${at}: rule ${rule} is also in category ${other} (each rule belongs to exactly one)`);
      placed.set(rule, id);
      const points = wholeNumber(r, 'points', at, errors, 1, 99);
      // Below 100: one rule, however noisy, never zeroes its category on its own.
      const cap = wholeNumber(r, 'cap', at, errors, 1, 99);
      if (cap > 0 && points > 0 && cap < points) errors.push(`${at}: cap ${cap} is below the points of one finding (${points})`);
      rules.push({ rule, points, cap, reason: reasonOf(r, at, errors) });
    }
    categories.push({ id, name, weight, reason, rules: [...rules].sort((a, b) => a.rule.localeCompare(b.rule)) });
  }
  const total = categories.reduce((n, c) => n + c.weight, 0);
  if (categories.length > 0 && total !== 100) errors.push(`${SCORE_FILE}: category weights must sum to 100, got ${total}`);
  for (const id of ruleIds) if (!placed.has(id)) errors.push(`${SCORE_FILE}: rule ${id} is in no category (every rule needs a weight)`);
  return { data: { severity, categories }, errors };
}

export function loadScoreWeights(): { data: ScoreWeightData; errors: string[] } {
  return validateScoreWeights(loadDataFile(SCORE_FILE), rules.map((r) => r.id));
}

/** The weights table of docs/score.md (between its score-weights markers). */
export function renderWeightsTable(data: ScoreWeightData): string {
  const lines: string[] = [];
  lines.push('| category | weight | reason |', '|---|--:|---|');
  for (const c of data.categories) lines.push(`| ${c.name} (\`${c.id}\`) | ${c.weight} | ${c.reason} |`);
  lines.push('', '| severity | factor | reason |', '|---|--:|---|');
  for (const level of SEVERITIES) lines.push(`| ${level} | ×${data.severity[level].factor} | ${data.severity[level].reason} |`);
  lines.push('', '| rule | category | points (warning) | cap | reason |', '|---|---|--:|--:|---|');
  for (const c of data.categories) for (const r of c.rules) lines.push(`| [\`${r.rule}\`](rules/${r.rule}.md) | ${c.name} | ${r.points} | ${r.cap} | ${r.reason} |`);
  return `${lines.join('\n')}\n`;
}

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The generated weights module and docs/score.md with its table current. */
export function renderScoreFiles(data: ScoreWeightData): { files: Record<string, string>; errors: string[] } {
  const files: Record<string, string> = {};
  const errors: string[] = [];
  files[SCORE_GENERATED] =
    `// Generated from packages/core/data/${SCORE_FILE} by scripts/generate.ts — do not edit.\n` +
    `import type { ScoreWeights } from './score.js';\n\nexport const scoreWeights: ScoreWeights = JSON.parse(${jsonSource(data)});\n`;
  let doc = '';
  try {
    doc = readFileSync(root + SCORE_DOC, 'utf8');
  } catch {
    errors.push(`${SCORE_DOC}: missing`);
  }
  const re = /(<!-- score-weights:start -->\n)[\s\S]*?(<!-- score-weights:end -->)/;
  if (doc && !re.test(doc)) errors.push(`${SCORE_DOC}: no <!-- score-weights:start --> / <!-- score-weights:end --> block`);
  else if (doc) files[SCORE_DOC] = doc.replace(re, (_m, a: string, b: string) => `${a}${renderWeightsTable(data)}${b}`);
  return { files, errors };
}
