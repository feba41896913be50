/**
 * `pnpm bench:stages [--postings N] [--cold N] [--interval µs]`: where one analysis spends its time,
 * stage by stage. Analyzes the bench's seeded postings under V8's sampling profiler (the inspector,
 * in this process) and prints, per posting, the inclusive time of each step `analyze()` calls
 * (parse, tokenize, the scope and signals, the profile, every rule's check) and of the steps inside
 * the costliest of them, twice: for the first postings of a process (cold: the code still
 * interpreted and compiled as it runs) and after a warm-up (steady). The model is loaded before
 * either. A profiler slows what it samples, so the shares count more than the milliseconds; the
 * side-by-side figures are `pnpm bench`'s. A benchmark, not a test: nothing here asserts a number.
 */
import { Session } from 'node:inspector/promises';
import { analyze, warmUp } from '@jdlint/core';
import { posting, rng } from './corpus.js';

interface CallFrame {
  functionName: string;
  url: string;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  startTime: number;
  endTime: number;
}

const args = process.argv.slice(2);
function flag(name: string, fallback: number): number {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a whole number, not ${args[at + 1] ?? ''}`);
  return value;
}
const steadyCount = flag('postings', 600);
const coldCount = flag('cold', 100);
const interval = flag('interval', 500);
/** Postings analyzed between the cold and the steady profile, not counted. */
const WARM_UP = 300;
/** The smallest share of analyze() a row is printed for. */
const MIN_SHARE = 0.003;

// The bench's 400–900-word postings (corpus.ts), one seed, enough for every phase without repeats.
const r = rng(1000);
const texts = Array.from({ length: coldCount + WARM_UP + steadyCount }, () => posting(r, 400 + Math.floor(r() * 501)));

/** A frame as `function folder/file.js` (the line left out, so that a function counts once). */
function frameName(n: ProfileNode): string {
  const file = n.callFrame.url.split('/').slice(-2).join('/');
  return `${n.callFrame.functionName || '(anonymous)'} ${file}`;
}

/** A rule's `check` by its rule's file; any other frame by its name. */
function stepName(n: ProfileNode): string {
  if (n.callFrame.functionName === 'check' && n.callFrame.url.includes('/rules/')) return `rule ${(n.callFrame.url.split('/').pop() ?? '').replace(/\.js$/, '')}`;
  return frameName(n);
}

/**
 * Inclusive samples per step under every `analyze` frame of core's engine (its direct callees),
 * and per callee of each such step.
 */
function stages(profile: Profile): { perSample: number; analyze: number; steps: Map<string, number>; inner: Map<string, Map<string, number>> } {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (const id of profile.samples) self.set(id, (self.get(id) ?? 0) + 1);
  const inclusive = new Map<number, number>();
  const total = (id: number): number => {
    const known = inclusive.get(id);
    if (known !== undefined) return known;
    let t = self.get(id) ?? 0;
    for (const c of nodes.get(id)?.children ?? []) t += total(c);
    inclusive.set(id, t);
    return t;
  };
  const steps = new Map<string, number>();
  const inner = new Map<string, Map<string, number>>();
  let analyzed = 0;
  const add = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);
  const visit = (id: number): void => {
    const n = nodes.get(id) as ProfileNode;
    if (n.callFrame.functionName === 'analyze' && n.callFrame.url.endsWith('/engine/analyze.js')) {
      analyzed += total(id);
      for (const c of n.children ?? []) {
        const child = nodes.get(c) as ProfileNode;
        const name = stepName(child);
        add(steps, name, total(c));
        const within = inner.get(name) ?? new Map<string, number>();
        inner.set(name, within);
        for (const g of child.children ?? []) add(within, stepName(nodes.get(g) as ProfileNode), total(g));
      }
      return;
    }
    for (const c of n.children ?? []) visit(c);
  };
  visit(profile.nodes[0]?.id ?? 0);
  const perSample = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples.length);
  return { perSample, analyze: analyzed, steps, inner };
}

async function profiled(session: Session, batch: string[]): Promise<Profile> {
  await session.post('Profiler.start');
  for (const text of batch) analyze(text);
  const { profile } = await session.post('Profiler.stop');
  return profile as Profile;
}

function report(title: string, profile: Profile, count: number): string[] {
  const { perSample, analyze: analyzed, steps, inner } = stages(profile);
  const ms = (samples: number) => ((samples * perSample) / count).toFixed(3);
  const share = (samples: number) => `${((100 * samples) / Math.max(1, analyzed)).toFixed(1)}%`;
  const lines = [`## ${title}: analyze() ${ms(analyzed)} ms per posting (profiled)`, '', '| step | ms per posting | share |', '| --- | ---: | ---: |'];
  // Steps under MIN_SHARE of the analysis are left out: at that size a step is a few samples.
  const shown = (samples: number) => samples >= analyzed * MIN_SHARE;
  const sorted = [...steps].sort((a, b) => b[1] - a[1]).filter(([, s]) => shown(s));
  sorted.forEach(([name, samples], rank) => {
    lines.push(`| ${name} | ${ms(samples)} | ${share(samples)} |`);
    // Inside the three costliest steps: what they call.
    if (rank >= 3) return;
    const within = [...(inner.get(name) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]).slice(0, 6);
    for (const [callee, s] of within.filter(([, s]) => shown(s))) lines.push(`| &nbsp;&nbsp;↳ ${callee} | ${ms(s)} | ${share(s)} |`);
  });
  return [...lines, ''];
}

warmUp();
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval });
const cold = await profiled(session, texts.slice(0, coldCount));
for (const text of texts.slice(coldCount, coldCount + WARM_UP)) analyze(text);
const steady = await profiled(session, texts.slice(coldCount + WARM_UP));
session.disconnect();

process.stdout.write(
  [
    `Sampled every ${interval} µs, Node ${process.version}; inclusive time per step of analyze(), the steps inside the three costliest.`,
    '',
    ...report(`Cold: the first ${coldCount} postings of a process`, cold, coldCount),
    ...report(`Steady: ${steadyCount} postings after the first ${coldCount + WARM_UP}`, steady, steadyCount),
  ].join('\n'),
);
