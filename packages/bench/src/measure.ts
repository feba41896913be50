/**
 * One measurement in its own process, so that peak memory and JIT state belong to one tool only.
 * `tsx measure.ts <tool> batch <dir>` lints every posting of a set in-process (after a warm-up on a
 * few of them, not counted) and `tsx measure.ts <tool> relint <file> <runs>` re-lints one posting
 * again and again, and `tsx measure.ts <tool> typing <file> <runs>` lints it after each keystroke of a
 * word typed into it, as an editor does (tool `jdlint-editor` keeps the analysis cache the language
 * server keeps per document). Prints one JSON line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

type Lint = (text: string) => unknown;

async function load(tool: string): Promise<Lint> {
  if (tool === 'floor') {
    const { floor, load } = await import('./floor.mjs');
    load();
    return floor;
  }
  if (tool === 'jdlint') {
    const { analyze, warmUp } = await import('@jdlint/core');
    warmUp();
    return (text) => analyze(text).diagnostics.length;
  }
  if (tool === 'jdlint-editor') {
    // As the language server lints an open document: with the document's analysis cache, so an
    // edit re-reads only the Markdown piece and the prose block it touched.
    const { analyze, createAnalysisCache, warmUp } = await import('@jdlint/core');
    warmUp();
    const cache = createAnalysisCache();
    return (text) => analyze(text, { cache }).diagnostics.length;
  }
  if (tool === 'alex') {
    const { markdown } = await import('alex');
    return (text) => markdown(text).messages.length;
  }
  if (tool === 'write-good') {
    const writeGood = (await import('write-good')).default as (text: string) => unknown[];
    return (text) => writeGood(text).length;
  }
  throw new Error(`unknown tool ${tool}`);
}

function files(target: string): string[] {
  if (target.endsWith('.md')) return [target];
  return readdirSync(target)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => path.join(target, f));
}

// One job, or several in one process (`--smoke`): `<tool> <mode> <target> <runs> [<mode> <target> <runs>]…`.
const [tool = '', ...jobArgs] = process.argv.slice(2);
const lint = await load(tool);
let sink = 0;

function measure(mode: string, target: string, runsArg: string): void {
  const texts = files(target).map((f) => readFileSync(f, 'utf8'));
  if (mode === 'batch') {
    // Warm-up: the first postings run twice, so that the timed pass measures steady state.
    for (const text of texts.slice(0, Math.min(10, texts.length))) sink += Number(lint(text)) || 0;
    const start = performance.now();
    for (const text of texts) sink += Number(lint(text)) || 0;
    const ms = performance.now() - start;
    process.stdout.write(`${JSON.stringify({ tool, count: texts.length, ms, perPosting: ms / texts.length, maxRssMiB: process.resourceUsage().maxRSS / 1024, sink })}\n`);
  } else if (mode === 'typing' || mode === 'relint') {
    const text = texts[0] as string;
    const runs = Number(runsArg);
    // relint: the same text each run. typing: a word typed one character at a time into a list item
    // in the middle of the posting, over and over; each run lints the text after one more keystroke.
    const item = text.indexOf('\n- ', Math.floor(text.length / 2));
    const at = item < 0 ? Math.floor(text.length / 2) : item + 3;
    const word = 'observability ';
    const version = mode === 'relint' ? () => text : (i: number) => text.slice(0, at) + word.slice(0, (i % word.length) + 1) + text.slice(at);
    for (let i = 0; i < Math.min(20, runs); i++) sink += Number(lint(version(i))) || 0;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const input = version(i);
      const start = performance.now();
      sink += Number(lint(input)) || 0;
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] as number;
    const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] as number;
    process.stdout.write(`${JSON.stringify({ tool, runs, median, p95, maxRssMiB: process.resourceUsage().maxRSS / 1024, sink })}\n`);
  } else throw new Error(`unknown mode ${mode}`);
}

for (let i = 0; i < jobArgs.length; i += 3) measure(jobArgs[i] ?? '', jobArgs[i + 1] ?? '', jobArgs[i + 2] ?? '200');
