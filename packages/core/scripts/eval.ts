/**
 * pnpm eval [dir]: measures the role analysis on postings whose front matter carries labels
 * (the format of the development corpus: labels.role, labels.title_role, labels.mismatch,
 * labels.confidence, optional labels.title_combined). Prints duty-role accuracy, title-role
 * accuracy, mismatch precision/recall/F1, the trust-the-title baseline and a confusion matrix,
 * overall and for high+medium confidence postings. Then the job-ad quality part (eval-quality.ts):
 * recall of the labelled vague phrases (labels.vague), the share of text covered by findings and the
 * median findings per posting.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { analyze, ROLES, type Role } from '../src/index.js';
import { evaluateQuality, printQuality, type QualityPosting } from './eval-quality.js';

interface Labels {
  role: Role;
  title_role: Role;
  title_combined?: Role[];
  mismatch: boolean;
  confidence: 'high' | 'medium' | 'low';
  vague?: string[];
}

interface Row {
  file: string;
  labels: Labels;
  dutyRole: Role;
  titleRoles: Role[];
  mismatch: boolean;
  confidence: string;
}

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const verbose = process.argv.includes('--verbose');
const dir = path.resolve(args[0] ?? path.join(import.meta.dirname, '../../../../shared/corpus/dev'));
let files: string[];
try {
  files = statSync(dir).isDirectory() ? readdirSync(dir).filter((f) => /\.(md|markdown)$/.test(f) && f !== 'README.md').sort() : [];
} catch {
  console.error(`eval: ${dir}: no such directory`);
  process.exit(2);
}

const rows: Row[] = [];
const qualityPostings: QualityPosting[] = [];
for (const file of files) {
  const text = readFileSync(path.join(dir, file), 'utf8');
  const fm = /^---\n([\s\S]*?)\n---/.exec(text);
  const labels = fm ? ((parse(fm[1] as string) as { labels?: Labels }).labels ?? null) : null;
  if (!labels) continue;
  const { profile, diagnostics } = analyze(text);
  qualityPostings.push({ file, text, diagnostics, vague: labels.vague ?? [] });
  rows.push({ file, labels, dutyRole: profile.dutyRole, titleRoles: profile.titleRoles, mismatch: profile.mismatch, confidence: profile.confidence });
}
if (rows.length === 0) {
  console.error(`eval: no labelled postings in ${dir}`);
  process.exit(2);
}

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${(n / d).toFixed(3)} (${n}/${d})`);
const sameSet = (a: Role[], b: Role[]) => a.length === b.length && a.every((x) => b.includes(x));

function report(name: string, set: Row[]): void {
  const duty = set.filter((r) => r.dutyRole === r.labels.role).length;
  const title = set.filter((r) => sameSet(r.titleRoles, r.labels.title_combined ?? [r.labels.title_role])).length;
  const baseline = set.filter((r) => r.labels.title_role === r.labels.role).length;
  const tp = set.filter((r) => r.mismatch && r.labels.mismatch).length;
  const fp = set.filter((r) => r.mismatch && !r.labels.mismatch).length;
  const fn = set.filter((r) => !r.mismatch && r.labels.mismatch).length;
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  console.log(`\n## ${name}: ${set.length} postings`);
  console.log(`duty-role accuracy      ${pct(duty, set.length)}`);
  console.log(`  trust-the-title       ${pct(baseline, set.length)}`);
  console.log(`title-role accuracy     ${pct(title, set.length)}`);
  console.log(`mismatch precision      ${pct(tp, tp + fp)}`);
  console.log(`mismatch recall         ${pct(tp, tp + fn)}`);
  console.log(`mismatch F1             ${f1.toFixed(3)}`);
  console.log(`cannot tell (none)      ${set.filter((r) => r.confidence === 'none').length}`);
}

console.log(`# jdlint eval on ${dir}`);
report('all', rows);
const hm = rows.filter((r) => r.labels.confidence !== 'low');
report('high + medium confidence', hm);

const used = ROLES.filter((r) => rows.some((x) => x.labels.role === r || x.dutyRole === r));
function confusion(name: string, set: Row[]): void {
  console.log(`\n## confusion (rows: labelled duty role, columns: predicted), ${name}`);
  console.log(['label \\ predicted', ...used].join(' | '));
  for (const label of used) {
    const cells = used.map((p) => set.filter((r) => r.labels.role === label && r.dutyRole === p).length);
    console.log([label, ...cells.map((c) => (c === 0 ? '.' : String(c)))].join(' | '));
  }
}
confusion('all postings', rows);
confusion('high + medium confidence', hm);

const wrong = rows.filter((r) => r.dutyRole !== r.labels.role || r.mismatch !== r.labels.mismatch || !sameSet(r.titleRoles, r.labels.title_combined ?? [r.labels.title_role]));
console.log(`\n## disagreements (${wrong.length})`);
for (const r of wrong) {
  console.log(
    `${r.file} [${r.labels.confidence}] duty ${r.labels.role} → ${r.dutyRole} (${r.confidence}); title ${(r.labels.title_combined ?? [r.labels.title_role]).join('+')} → ${r.titleRoles.join('+')}; mismatch ${r.labels.mismatch} → ${r.mismatch}`,
  );
}
if (verbose) for (const r of rows) console.log(r);

printQuality(evaluateQuality(qualityPostings), verbose);
