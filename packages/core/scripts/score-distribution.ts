/**
 * pnpm score-dist [dir...]: the posting-score distribution over a directory of postings (default
 * /work/shared/corpus/dev): a histogram of totals, the quartiles, each category's mean and the
 * rules that cost most. Only numbers and file names are printed, never a posting's text.
 * Postings are judged as of --date (default 2026-01-01) so the numbers do not drift with the clock.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { analyze } from '../src/index.js';

// `pnpm score-dist | head` closes the pipe early: stop quietly rather than with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const args = process.argv.slice(2);
const dateArg = args.find((a) => a.startsWith('--date='))?.slice(7) ?? '2026-01-01';
const showFiles = args.includes('--files');
const dirs = args.filter((a) => !a.startsWith('--'));
if (dirs.length === 0) dirs.push('/work/shared/corpus/dev');
const date = new Date(`${dateArg}T00:00:00Z`);
if (Number.isNaN(date.getTime())) {
  console.error(`score-dist: --date must be YYYY-MM-DD, got ${dateArg}`);
  process.exit(2);
}

const files: string[] = [];
for (const dir of dirs) {
  let names: string[];
  try {
    names = statSync(dir).isDirectory() ? readdirSync(dir).map((n) => path.join(dir, n)) : [dir];
  } catch {
    console.error(`score-dist: cannot read ${dir}`);
    process.exit(2);
  }
  files.push(...names.filter((n) => /\.(md|markdown|txt)$/.test(n) && !/README\.md$/.test(n)).sort());
}
if (files.length === 0) {
  console.error('score-dist: no postings found');
  process.exit(2);
}

/** The corpus's hand-made labels, when a posting's front matter has them (dev/README.md). */
function labels(text: string): { mismatch?: boolean; vague?: number } {
  const m = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!m) return {};
  try {
    const l = (parse(m[1] as string) as { labels?: { mismatch?: unknown; vague?: unknown } } | null)?.labels;
    if (!l) return {};
    return { ...(typeof l.mismatch === 'boolean' ? { mismatch: l.mismatch } : {}), ...(Array.isArray(l.vague) ? { vague: l.vague.length } : {}) };
  } catch {
    return {};
  }
}

const totals: number[] = [];
const labelled: Array<{ total: number; roleClarity: number; realism: number; mismatch?: boolean; vague?: number }> = [];
const categorySums = new Map<string, { name: string; sum: number; perfect: number }>();
const ruleCost = new Map<string, { points: number; postings: number; capped: number }>();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const { score } = analyze(text, { date });
  totals.push(score.total);
  const cat = (id: string) => score.categories.find((c) => c.id === id)?.score ?? 100;
  labelled.push({ total: score.total, roleClarity: cat('role-clarity'), realism: cat('requirements-realism'), ...labels(text) });
  if (showFiles) console.log(`${path.basename(file).padEnd(12)} ${String(score.total).padStart(3)}  ${score.categories.map((c) => `${c.id} ${c.score}`).join(' · ')}`);
  for (const c of score.categories) {
    const s = categorySums.get(c.id) ?? { name: c.name, sum: 0, perfect: 0 };
    s.sum += c.score;
    if (c.score === 100) s.perfect++;
    categorySums.set(c.id, s);
    for (const d of c.deductions) {
      const r = ruleCost.get(d.ruleId) ?? { points: 0, postings: 0, capped: 0 };
      r.points += d.points;
      r.postings++;
      if (d.capped) r.capped++;
      ruleCost.set(d.ruleId, r);
    }
  }
}

const sorted = [...totals].sort((a, b) => a - b);
const quantile = (q: number) => {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return Math.round(((sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo)) * 10) / 10;
};
const mean = Math.round((totals.reduce((a, b) => a + b, 0) / totals.length) * 10) / 10;
console.log(`${files.length} postings, judged as of ${dateArg}`);
console.log(`total: min ${sorted[0]} · Q1 ${quantile(0.25)} · median ${quantile(0.5)} · Q3 ${quantile(0.75)} · max ${sorted[sorted.length - 1]} · mean ${mean}`);
console.log('');
console.log('histogram of totals');
for (let lo = 0; lo < 100; lo += 10) {
  const hi = lo + 10;
  const n = totals.filter((t) => t >= lo && (hi === 100 ? t <= 100 : t < hi)).length;
  console.log(`  ${String(lo).padStart(3)}–${hi === 100 ? '100' : String(hi - 1).padStart(3)}  ${String(n).padStart(3)}  ${'█'.repeat(n)}`);
}
console.log('');
console.log('category        mean  at 100');
for (const [id, s] of categorySums) console.log(`  ${id.padEnd(22)} ${(Math.round((s.sum / files.length) * 10) / 10).toFixed(1).padStart(5)}  ${String(s.perfect).padStart(3)}/${files.length}`);
console.log('');
console.log('rule                         postings  mean cost  capped');
for (const [id, r] of [...ruleCost].sort((a, b) => b[1].points - a[1].points || a[0].localeCompare(b[0]))) {
  console.log(`  ${id.padEnd(28)} ${String(r.postings).padStart(6)}  ${(Math.round((r.points / r.postings) * 10) / 10).toFixed(1).padStart(9)}  ${String(r.capped).padStart(6)}`);
}

/** Spearman's rank correlation (average ranks for ties). */
function spearman(xs: number[], ys: number[]): number {
  const rank = (v: number[]) => {
    const order = v.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
    const r = new Array<number>(v.length);
    for (let i = 0; i < order.length; ) {
      let j = i;
      while (j + 1 < order.length && (order[j + 1] as readonly [number, number])[0] === (order[i] as readonly [number, number])[0]) j++;
      for (let k = i; k <= j; k++) r[(order[k] as readonly [number, number])[1]] = (i + j) / 2 + 1;
      i = j + 1;
    }
    return r;
  };
  const rx = rank(xs);
  const ry = rank(ys);
  const mx = rx.reduce((a, b) => a + b, 0) / rx.length;
  const my = ry.reduce((a, b) => a + b, 0) / ry.length;
  let num = 0;
  let dx = 0;
  let dy = 0;
  for (let i = 0; i < rx.length; i++) {
    num += ((rx[i] as number) - mx) * ((ry[i] as number) - my);
    dx += ((rx[i] as number) - mx) ** 2;
    dy += ((ry[i] as number) - my) ** 2;
  }
  return dx === 0 || dy === 0 ? 0 : num / Math.sqrt(dx * dy);
}

const withMismatch = labelled.filter((l) => l.mismatch !== undefined);
if (withMismatch.length > 0) {
  const avg = (list: typeof labelled, key: 'total' | 'roleClarity') => (list.length ? (Math.round((list.reduce((n, l) => n + l[key], 0) / list.length) * 10) / 10).toFixed(1) : '-');
  const yes = withMismatch.filter((l) => l.mismatch);
  const no = withMismatch.filter((l) => !l.mismatch);
  console.log('');
  console.log('against the labels');
  console.log(`  labelled mismatch (${yes.length}): mean total ${avg(yes, 'total')}, role clarity ${avg(yes, 'roleClarity')}`);
  console.log(`  labelled no mismatch (${no.length}): mean total ${avg(no, 'total')}, role clarity ${avg(no, 'roleClarity')}`);
}
const withVague = labelled.filter((l) => l.vague !== undefined);
if (withVague.length > 1) {
  const rho = spearman(
    withVague.map((l) => l.vague as number),
    withVague.map((l) => l.realism),
  );
  console.log(`  labelled vague requirements vs requirements realism: Spearman ρ ${rho.toFixed(2)} (${withVague.length} postings; negative is the right direction)`);
}
