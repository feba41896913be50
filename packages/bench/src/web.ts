/**
 * The recruiters' page (packages/web) in headless Chromium: its size as served (gzip), the time from
 * a paste to the first findings drawn on a freshly opened page, the re-lint after a keystroke, and
 * how long the main thread is blocked while a 16,000-word paste is analyzed (in the worker).
 * Nothing here asserts a number: `pnpm bench` prints and records them.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
// @ts-expect-error: plain ES modules of the page's scripts, without type declarations
import { buildWeb } from '../../web/scripts/build.mjs';
// @ts-expect-error: as above
import { serveDir } from '../../web/scripts/serve.mjs';
// @ts-expect-error: as above
import { CHROMIUM, haveChromium, launch } from '../../web/scripts/browser.mjs';

export interface WebBench {
  rawKiB: number;
  gzipKiB: number;
  /** Navigation to the worker's model loaded (the page can analyze at once). */
  openMs: number;
  /** Paste of the 600-word posting into a freshly opened page to its findings drawn. */
  firstFindings: Stat;
  /** The worker's re-lint of the 600-word posting after one typed character (round trip; the page waits for a 250 ms typing pause first). */
  keystroke: Stat;
  /** The 16,000-word posting pasted: to its findings drawn, and the longest main-thread task meanwhile. */
  large: { findingsMs: number; longestTaskMs: number };
}
export interface Stat {
  median: number;
  p95: number;
}

function stat(values: number[]): Stat {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return { median: at(0.5), p95: at(0.95) };
}

interface Probe {
  ready: boolean;
  warm: boolean;
  analyses: number;
  timings: Array<{ roundTripMs: number }>;
}

/**
 * Pastes a text into the (empty) draft and resolves to the ms until its findings are drawn. Kept as
 * source text: it runs in the page, untouched by the TypeScript loader's helpers.
 */
const PASTE_TO_FINDINGS = `async (text) => {
  const probe = globalThis.__jdlint;
  const content = document.querySelector('.cm-content');
  content.focus();
  const before = probe.analyses;
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const start = performance.now();
  content.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  await new Promise((resolve) => {
    const check = () => (probe.analyses > before ? resolve() : requestAnimationFrame(check));
    check();
  });
  // The underlines are drawn in the frame after the analysis arrives.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return performance.now() - start;
}`;

function pasteToFindings(page: Page, text: string): Promise<number> {
  return page.evaluate(`(${PASTE_TO_FINDINGS})(${JSON.stringify(text)})`) as Promise<number>;
}

async function openFresh(page: Page, url: string): Promise<number> {
  await page.evaluate(() => localStorage.clear()).catch(() => {});
  const start = performance.now();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => (globalThis as unknown as { __jdlint?: Probe }).__jdlint?.warm === true, null, { timeout: 60_000 });
  return performance.now() - start;
}

/** Measures the page; null (with a line on stderr) when there is no Chromium. */
export async function measureWeb(w600: string, w16000: string, quick: boolean): Promise<WebBench | null> {
  if (!haveChromium) {
    process.stderr.write(`web: ${CHROMIUM} not found, the page is not measured\n`);
    return null;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jdlint-bench-web-'));
  let server: Server | undefined;
  let browser: { context: import('playwright-core').BrowserContext; close(): Promise<void> } | undefined;
  try {
    const file = (await buildWeb({ quiet: true, outFile: path.join(dir, 'index.html') })) as string;
    const html = readFileSync(file);
    let url: string;
    ({ server, url } = (await serveDir(dir, 0)) as { server: Server; url: string });
    browser = await launch();
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(60_000);

    const opens: number[] = [];
    const first: number[] = [];
    for (let i = 0; i < (quick ? 1 : 5); i++) {
      opens.push(await openFresh(page, url));
      first.push(await pasteToFindings(page, w600));
    }

    // Keystrokes at the end of the 600-word posting: each is re-linted after the typing pause.
    await page.focus('.cm-content');
    await page.keyboard.press('Control+End');
    const keys: number[] = [];
    for (let i = 0; i < (quick ? 3 : 30); i++) {
      const before = await page.evaluate(() => (globalThis as unknown as { __jdlint: Probe }).__jdlint.analyses);
      await page.keyboard.type(i % 6 === 5 ? ' ' : 'x');
      await page.waitForFunction((n) => (globalThis as unknown as { __jdlint: Probe }).__jdlint.analyses > n, before);
      keys.push(await page.evaluate(() => (globalThis as unknown as { __jdlint: Probe }).__jdlint.timings.at(-1)?.roundTripMs ?? Number.NaN));
    }

    // The 16,000-word paste on a fresh page, with the main thread's long tasks recorded meanwhile.
    await openFresh(page, url);
    await page.evaluate(() => {
      const tasks: number[] = [];
      (globalThis as unknown as { __tasks: number[] }).__tasks = tasks;
      new PerformanceObserver((list) => { list.getEntries().forEach((e) => tasks.push(e.duration)); }).observe({ type: 'longtask' });
    });
    const findingsMs = await pasteToFindings(page, w16000);
    const longestTaskMs = await page.evaluate(() => Math.max(0, ...(globalThis as unknown as { __tasks: number[] }).__tasks));

    return {
      rawKiB: html.length / 1024,
      gzipKiB: gzipSync(html, { level: 9 }).length / 1024,
      openMs: stat(opens).median,
      firstFindings: stat(first),
      keystroke: stat(keys),
      large: { findingsMs, longestTaskMs },
    };
  } finally {
    await browser?.close();
    server?.closeAllConnections();
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (n: number, digits = 0) => n.toFixed(digits);

/** The page's rows for docs/performance.md. */
export function webTable(r: WebBench | null, quick: boolean): string[] {
  const lines = ['', '### The recruiters’ page in headless Chromium (packages/web)', ''];
  if (!r) return [...lines, 'Not measured: no Chromium on this machine.'];
  lines.push(`One self-contained HTML file (core, the model and the editor inlined): ${fmt(r.rawKiB)} KiB, ${fmt(r.gzipKiB)} KiB gzipped. Opening it until the worker has the model: ${fmt(r.openMs)} ms.`, '');
  lines.push(`| posting | paste to first findings median (ms) | p95 | keystroke re-lint median (ms) | p95 | longest main-thread task (ms) |`, '| --- | ---: | ---: | ---: | ---: | ---: |');
  lines.push(`| 600 words | ${fmt(r.firstFindings.median)} | ${fmt(r.firstFindings.p95)} | ${fmt(r.keystroke.median, 1)} | ${fmt(r.keystroke.p95, 1)} | n/a |`);
  lines.push(`| 16,000 words | ${fmt(r.large.findingsMs)} | n/a | n/a | n/a | ${fmt(r.large.longestTaskMs)} |`);
  lines.push(
    '',
    `First findings: a paste into a freshly opened page${quick ? '' : ' (median of 5 openings)'}, until the underlines are drawn. Keystroke re-lint: the worker's round trip for the text after one typed character, with core's analysis cache; the page lints after a 250 ms pause in typing. Longest main-thread task: the page stays responsive while the worker analyzes.`,
  );
  return lines;
}
