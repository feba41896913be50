/**
 * `pnpm bench [--quick | --smoke] [--out file]`: generates the seeded corpus in a temp directory and measures,
 * side by side, the floor (remark-parse + wink-nlp sentences and POS), jdlint through its API and
 * its CLI, and the peers alex and write-good on the same files. Writes the table to
 * docs/performance.md (or --out). A benchmark, not a test: nothing here asserts a number.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { specs, writeSet } from './corpus.js';
import { DOC_HEAD, DOC_TAIL } from './doc.js';
import { measureWeb, webTable } from './web.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const args = process.argv.slice(2);
// --smoke: the smallest run that goes through every step (the test suite's smoke test); every
// tool's measurements in one process, tiny sets, two runs where there would be hundreds.
const smoke = args.includes('--smoke');
const quick = smoke || args.includes('--quick');
const outArg = args.indexOf('--out');
const outFile = outArg >= 0 ? path.resolve(args[outArg + 1] as string) : path.join(root, 'docs/performance.md');
const cliBin = path.join(root, 'packages/cli/bin.js');
const floorCli = path.join(here, 'floor-cli.mjs');
const alexCli = path.join(here, '../node_modules/alex/cli.js');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const TIME = '/usr/bin/time';

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

interface Batch {
  count: number;
  perPosting: number;
  maxRssMiB: number;
}
interface Relint {
  median: number;
  p95: number;
}

interface Job {
  mode: 'batch' | 'relint' | 'typing';
  target: string;
  runs: number;
}

/** Runs `tool`'s jobs in a process of their own each (with --smoke: all in one process); one result per job. */
function measureJobs<T>(tool: string, jobs: Job[]): T[] {
  const groups = smoke ? [jobs] : jobs.map((job) => [job]);
  return groups.flatMap((group) => {
    const argv = group.flatMap((j) => [j.mode, j.target, String(j.runs)]);
    const out = execFileSync(tsx, [path.join(here, 'measure.ts'), tool, ...argv], { encoding: 'utf8', maxBuffer: 1 << 24 });
    return out
      .trim()
      .split('\n')
      .slice(-group.length)
      .map((line) => JSON.parse(line) as T);
  });
}

interface Run {
  ms: number;
  maxRssMiB: number | null;
}

/** Runs a command to completion (output discarded); wall time, and peak RSS from /usr/bin/time when it is there. */
function run(command: string[]): Run {
  const rssFile = path.join(os.tmpdir(), `jdlint-bench-rss-${process.pid}`);
  const timed = existsSync(TIME) ? [TIME, '-f', '%M', '-o', rssFile, ...command] : command;
  const start = performance.now();
  // alex's CLI would check the registry for a newer alex (update-notifier): not part of linting.
  const env = { ...process.env, NO_UPDATE_NOTIFIER: '1' };
  const result = spawnSync(timed[0] as string, timed.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26, env });
  const ms = performance.now() - start;
  // jdlint exits 1 when it finds errors; anything else is a failure of the run.
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command.join(' ')} exited ${result.status}: ${result.stderr}`);
  let maxRssMiB: number | null = null;
  if (timed !== command) {
    const text = spawnSync('cat', [rssFile], { encoding: 'utf8' }).stdout.trim().split('\n').at(-1) ?? '';
    if (/^\d+$/.test(text)) maxRssMiB = Number(text) / 1024;
    rmSync(rssFile, { force: true });
  }
  return { ms, maxRssMiB };
}

/**
 * Two one-thread jdlint processes at once, each on half the files (copied into two directories):
 * wall time until both are done. The ceiling of what two CPUs can give the worker pool here.
 */
async function inHalves(dir: string, files: string[]): Promise<Run> {
  const halves = [path.join(dir, 'half-a'), path.join(dir, 'half-b')];
  const middle = Math.ceil(files.length / 2);
  halves.forEach((half, h) => {
    mkdirSync(half);
    for (const file of h === 0 ? files.slice(0, middle) : files.slice(middle)) copyFileSync(file, path.join(half, path.basename(file)));
  });
  const start = performance.now();
  const children = halves.map((half) => spawn(process.execPath, [cliBin, '--no-config', '--workers', '1', half], { stdio: 'ignore' }));
  const codes = await Promise.all(children.map((c) => new Promise<number | null>((resolve) => c.on('exit', resolve))));
  const ms = performance.now() - start;
  for (const half of halves) rmSync(half, { recursive: true, force: true });
  if (codes.some((c) => c !== 0 && c !== 1)) throw new Error(`a half run exited ${codes.join(', ')}`);
  return { ms, maxRssMiB: null };
}

/**
 * Each command's median of `n` runs (a process's time varies with the disk cache and the other
 * processes), the commands taking turns (the order reversed every other
 * round), so that a change in the machine's load meanwhile falls on all of them alike.
 */
function medians(n: number, commands: string[][]): Run[] {
  const runs: Run[][] = commands.map(() => []);
  for (let round = 0; round < n; round++) {
    const order = commands.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    for (const i of order) runs[i]?.push(run(commands[i] as string[]));
  }
  return runs.map((list) => list.sort((a, b) => a.ms - b.ms)[Math.floor(list.length / 2)] as Run);
}

const fmt = (n: number | null, digits = 2) => (n === null ? 'n/a' : n.toFixed(digits));
const ratio = (n: number | null, floor: number | null) => (n === null || floor === null ? 'n/a' : `${(n / floor).toFixed(2)}×`);

const loadAtStart = os.loadavg()[0] ?? 0;
const dir = mkdtempSync(path.join(os.tmpdir(), 'jdlint-bench-'));
try {
  const sets = new Map<string, string[]>();
  for (const spec of specs(quick, smoke)) sets.set(spec.name, writeSet(dir, spec));
  const setDir = (name: string) => path.join(dir, name);
  const size = (name: string) => (sets.get(name) as string[]).length;
  const cpus = os.availableParallelism();
  log(`corpus in ${dir}; ${cpus} CPUs${smoke ? '; smoke run' : quick ? '; quick run' : ''}`);

  // 1. Per-posting cost in-process, warm, on the 1,000-posting set (all tools).
  // 2. Warm re-lint of one posting, 600 and 16,000 words: the same text again, and the text after
  // each keystroke of a word typed into it (an editor; `jdlint-editor` keeps the analysis cache
  // the language server keeps per document).
  const api: Record<string, Batch> = {};
  const relint: Record<string, Record<string, Relint>> = {};
  const typing: Record<string, Record<string, Relint>> = {};
  const runsFor = (w: 'w600' | 'w16000') => (smoke ? 2 : w === 'w600' ? (quick ? 30 : 200) : quick ? 3 : 20);
  const one = (w: 'w600' | 'w16000') => sets.get(w)?.[0] as string;
  for (const tool of ['floor', 'jdlint', 'write-good', 'alex', 'jdlint-editor']) {
    const jobs: Job[] = [];
    if (tool !== 'jdlint-editor') jobs.push({ mode: 'batch', target: setDir('p1000'), runs: 0 });
    if (tool === 'floor' || tool === 'jdlint') for (const w of ['w600', 'w16000'] as const) jobs.push({ mode: 'relint', target: one(w), runs: runsFor(w) });
    if (tool === 'floor' || tool === 'jdlint' || tool === 'jdlint-editor') for (const w of ['w600', 'w16000'] as const) jobs.push({ mode: 'typing', target: one(w), runs: runsFor(w) });
    log(`in-process: ${tool} (${jobs.map((j) => j.mode).join(', ')})`);
    const results = measureJobs<Batch & Relint>(tool, jobs);
    jobs.forEach((job, i) => {
      const r = results[i] as Batch & Relint;
      if (job.mode === 'batch') api[tool] = r;
      else ((job.mode === 'relint' ? relint : typing)[tool] ??= {})[job.target === one('w600') ? 'w600' : 'w16000'] = r;
    });
  }
  // 3. Cold start on one file: a fresh process each time.
  log('cold start');
  const coldRuns = quick ? 1 : 10;
  const [coldFloor, coldJdlint] = medians(coldRuns, [
    [process.execPath, floorCli, sets.get('one')?.[0] as string],
    [process.execPath, cliBin, '--no-config', sets.get('one')?.[0] as string],
  ]) as [Run, Run];
  const cold = { floor: coldFloor, jdlint: coldJdlint };
  // 4. A small batch through the command line (a pre-commit hook, a small careers repository):
  // the whole process of each tool over the same 100 files, in turns, median of several runs.
  log('CLI small batch: jdlint, floor, alex (p100, in turns)');
  const smallRuns = smoke ? 1 : quick ? 3 : 7;
  const [smallJdlint, smallFloor, smallAlex] = medians(smallRuns, [
    [process.execPath, cliBin, '--no-config', setDir('p100')],
    [process.execPath, floorCli, setDir('p100')],
    [process.execPath, alexCli, setDir('p100')],
  ]) as [Run, Run, Run];
  // 5. Batches through the command line: the floor, jdlint on one thread, jdlint with workers.
  const batches: Array<{ set: string; floor: Run; one: Run; workers: Run; halves: Run | null }> = [];
  for (const name of smoke ? ['p100'] : ['p100', 'p1000', 'p10000']) {
    log(`CLI batch: ${name} (${size(name)} postings)`);
    batches.push({
      set: name,
      floor: run([process.execPath, floorCli, setDir(name)]),
      one: run([process.execPath, cliBin, '--no-config', '--workers', '1', setDir(name)]),
      workers: run([process.execPath, cliBin, '--no-config', setDir(name)]),
      // What two CPUs give at best: two separate one-thread processes, half the files each.
      halves: name === 'p100' || smoke ? null : await inHalves(setDir(name), sets.get(name) as string[]),
    });
  }

  // 6. The recruiters' page in headless Chromium (packages/bench/src/web.ts).
  log('web page');
  const web = await measureWeb(readFileSync(sets.get('w600')?.[0] as string, 'utf8'), readFileSync(sets.get('w16000')?.[0] as string, 'utf8'), quick);

  const floorApi = api['floor'] as Batch;
  const lines: string[] = [];
  // The load average says how much of the machine other processes took (it limits what workers can gain).
  const load = `load average ${loadAtStart.toFixed(1)} at the start, ${(os.loadavg()[0] ?? 0).toFixed(1)} at the end`;
  lines.push(`Measured ${new Date().toISOString().slice(0, 10)} on ${cpus} CPUs (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, ${load}${smoke ? ', smoke run (tiny sets: not comparable)' : quick ? ', quick run (reduced sets: not comparable)' : ''}.`, '');
  lines.push(`### Per posting, in-process, warm (${size('p1000')} postings of 400–900 words)`, '');
  lines.push('| tool | ms per posting | postings/s | × floor | peak RSS (MiB) |', '| --- | ---: | ---: | ---: | ---: |');
  const names: Record<string, string> = { floor: 'floor (remark-parse + wink sentences/POS)', jdlint: 'jdlint API, all rules', 'write-good': 'write-good', alex: 'alex' };
  for (const [tool, b] of Object.entries(api)) lines.push(`| ${names[tool]} | ${fmt(b.perPosting)} | ${fmt(1000 / b.perPosting, 0)} | ${ratio(b.perPosting, floorApi.perPosting)} | ${fmt(b.maxRssMiB, 0)} |`);
  lines.push('', `alex is ${fmt((api['alex'] as Batch).perPosting / (api['jdlint'] as Batch).perPosting, 1)}× slower than jdlint per posting. The peers run on this set only (alex would take minutes on 10,000).`, '');
  lines.push('### Warm re-lint of one posting (median and 95th percentile, ms)', '');
  lines.push('| posting | floor median | jdlint median | jdlint p95 | × floor |', '| --- | ---: | ---: | ---: | ---: |');
  for (const w of ['w600', 'w16000'] as const) {
    const f = relint['floor']?.[w] as Relint;
    const j = relint['jdlint']?.[w] as Relint;
    lines.push(`| ${w === 'w600' ? '600 words' : '16,000 words'} | ${fmt(f.median)} | ${fmt(j.median)} | ${fmt(j.p95)} | ${ratio(j.median, f.median)} |`);
  }
  lines.push('', '### Typing: a lint after each keystroke of a word typed into the posting (median and 95th percentile, ms)', '');
  lines.push('| posting | floor median | jdlint median | jdlint with the editor cache: median | p95 | × floor |', '| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const w of ['w600', 'w16000'] as const) {
    const f = typing['floor']?.[w] as Relint;
    const j = typing['jdlint']?.[w] as Relint;
    const e = typing['jdlint-editor']?.[w] as Relint;
    lines.push(`| ${w === 'w600' ? '600 words' : '16,000 words'} | ${fmt(f.median)} | ${fmt(j.median)} | ${fmt(e.median)} | ${fmt(e.p95)} | ${ratio(e.median, f.median)} |`);
  }
  lines.push('', `### Cold start on one file (a new process, median of ${coldRuns})`, '');
  lines.push('| command | ms | × floor CLI | peak RSS (MiB) |', '| --- | ---: | ---: | ---: |');
  lines.push(`| floor CLI | ${fmt(cold.floor.ms, 0)} | 1.00× | ${fmt(cold.floor.maxRssMiB, 0)} |`);
  lines.push(`| jdlint CLI | ${fmt(cold.jdlint.ms, 0)} | ${ratio(cold.jdlint.ms, cold.floor.ms)} | ${fmt(cold.jdlint.maxRssMiB, 0)} |`);
  lines.push('', `### ${size('p100')} postings through the CLI, whole process (the same files, in turns, median of ${smallRuns})`, '');
  lines.push('| command | ms | ms/posting | × floor CLI | alex ÷ this | peak RSS (MiB) |', '| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, r] of [['floor CLI', smallFloor], ['jdlint CLI', smallJdlint], ['alex CLI', smallAlex]] as const) {
    lines.push(`| ${name} | ${fmt(r.ms, 0)} | ${fmt(r.ms / size('p100'))} | ${ratio(r.ms, smallFloor.ms)} | ${fmt(smallAlex.ms / r.ms)}× | ${fmt(r.maxRssMiB, 0)} |`);
  }
  lines.push('', `jdlint's CLI is ${fmt(smallAlex.ms / smallJdlint.ms, 1)}× faster than alex's on these files (\`jdlint --no-config\`, \`alex\` with its default reporter; every process starts, loads what it needs and lints every file).`);
  lines.push('', '### Batches through the CLI (wall time including start-up, stylish report)', '');
  lines.push(`| postings | floor CLI ms/posting | jdlint 1 thread ms/posting | × floor | jdlint workers ms/posting | × floor | workers speed-up | two processes speed-up | peak RSS 1 thread / workers (MiB) |`);
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const b of batches) {
    const n = size(b.set);
    lines.push(
      `| ${n} | ${fmt(b.floor.ms / n)} | ${fmt(b.one.ms / n)} | ${ratio(b.one.ms, b.floor.ms)} | ${fmt(b.workers.ms / n)} | ${ratio(b.workers.ms, b.floor.ms)} | ${fmt(b.one.ms / b.workers.ms)}× | ${b.halves ? `${fmt(b.one.ms / b.halves.ms)}×` : 'n/a'} | ${fmt(b.one.maxRssMiB, 0)} / ${fmt(b.workers.maxRssMiB, 0)} |`,
    );
  }
  lines.push('', '"Two processes": two separate one-thread runs at once, half the files each — the most two CPUs give on this machine, the ceiling for the worker pool.');
  lines.push(...webTable(web, quick));
  const table = lines.join('\n');
  writeFileSync(outFile, `${DOC_HEAD}\n<!-- bench:start -->\n${table}\n<!-- bench:end -->\n\n${DOC_TAIL}`);
  process.stdout.write(`${table}\n\nwritten to ${path.relative(process.cwd(), outFile) || outFile}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
