/**
 * The recruiters' page in a real browser (Debian's chromium, driven by playwright-core), served
 * from a static server on a port the OS picks. It is pasted the bundled ML-title-over-RAG posting
 * and must show what the CLI finds, at the same ranges; a quick fix, the kept draft, no request
 * after load, and a page that keeps working once its server is gone.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, LineIndex } from '@jdlint/core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain ES modules of the page's scripts, without type declarations
import { buildWeb } from '../scripts/build.mjs';
// @ts-expect-error: as above
import { serveDir } from '../scripts/serve.mjs';
// @ts-expect-error: as above
import { CHROMIUM, haveChromium, launch } from '../scripts/browser.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURE = path.join(root, 'fixtures/postings/ml-engineer-rag-duties.md');
const fixture = readFileSync(FIXTURE, 'utf8');
const WAIT = 20_000;

if (!haveChromium) console.warn(`web: ${CHROMIUM} not found, browser tests skipped (install it: apt-get install -y chromium)`);

interface PageDiagnostic {
  from: number;
  to: number;
  severity: string;
  source: string;
  message: string;
}
interface CliMessage {
  ruleId: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The page's findings as the CLI's JSON puts them: rule id and 1-based line/column range. */
function asCli(text: string, diagnostics: PageDiagnostic[]): Array<Omit<CliMessage, 'message'>> {
  const lines = new LineIndex(text);
  return diagnostics.map((d) => {
    const start = lines.point(d.from);
    const end = lines.point(d.to);
    return { ruleId: d.source, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  });
}

function cliJson(file: string): CliMessage[] {
  let out: string;
  try {
    out = execFileSync(process.execPath, [path.join(root, 'packages/cli/bin.js'), '--format', 'json', '--no-config', file], { encoding: 'utf8', cwd: root });
  } catch (error) {
    // Exit 1 is "found errors": the report is still on stdout.
    out = (error as { stdout?: string }).stdout ?? '';
  }
  return (JSON.parse(out) as Array<{ messages: CliMessage[] }>)[0]?.messages ?? [];
}

describe.skipIf(!haveChromium)('the page in Chromium', () => {
  let dir: string;
  let server: Server;
  let url: string;
  let browser: { context: BrowserContext; close(): Promise<void> };
  let page: Page;
  const requestsAfterLoad: string[] = [];
  let watching = false;

  const lint = (): Promise<PageDiagnostic[]> => page.evaluate(() => (globalThis as unknown as { __jdlint: { lint(): PageDiagnostic[] } }).__jdlint.lint());
  const doc = (): Promise<string> => page.evaluate(() => (globalThis as unknown as { __jdlint: { doc(): string } }).__jdlint.doc());
  const analyses = (): Promise<number> => page.evaluate(() => (globalThis as unknown as { __jdlint: { analyses: number } }).__jdlint.analyses);
  /** Waits for an analysis after `before` that left the page idle. */
  const analyzedAfter = async (before: number): Promise<void> => {
    await page.waitForFunction((n) => {
      const p = (globalThis as unknown as { __jdlint: { analyses: number } }).__jdlint;
      return p.analyses > n && document.body.dataset.state === 'idle';
    }, before, { timeout: WAIT });
  };
  const paste = async (text: string): Promise<void> => {
    await page.focus('.cm-content');
    await page.evaluate((t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      document.querySelector('.cm-content')?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  };
  const waitReady = (): Promise<unknown> => page.waitForFunction(() => (globalThis as unknown as { __jdlint?: { ready: boolean } }).__jdlint?.ready === true, null, { timeout: WAIT });

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'jdlint-web-test-'));
    await buildWeb({ quiet: true, outFile: path.join(dir, 'index.html') });
    ({ server, url } = (await serveDir(dir, 0)) as { server: Server; url: string });
    browser = await launch();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(WAIT);
    const record = (u: string): void => {
      if (watching && !/^(blob|data):/.test(u)) requestsAfterLoad.push(u);
    };
    browser.context.on('request', (r) => record(r.url()));
    // Anything that still asked for the network would be recorded and refused here.
    await browser.context.route('**/*', async (route) => {
      if (!watching) return route.continue();
      record(route.request().url());
      return route.abort();
    });
    await page.goto(url, { waitUntil: 'load' });
    await waitReady();
    watching = true;
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(null)));
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  it('says plainly that nothing is uploaded', async () => {
    await expect(page.textContent('#privacy')).resolves.toMatch(/nothing you paste is uploaded/i);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("connect-src 'none'");
  });

  it('underlines the title of the pasted ML-over-RAG posting, with the CLI’s message, ranges and rule ids', async () => {
    const before = await analyses();
    await paste(fixture);
    await analyzedAfter(before);
    expect(await doc()).toBe(fixture);
    const diagnostics = await lint();
    const mismatch = diagnostics.find((d) => d.source === 'title-duty-mismatch');
    expect(mismatch, 'a title-duty-mismatch diagnostic').toBeDefined();
    const title = 'Senior Machine Learning Engineer';
    expect(fixture.slice(mismatch?.from, mismatch?.to)).toBe(title);
    expect(mismatch?.from).toBe(fixture.indexOf(title));
    expect(mismatch?.severity).toBe('error');
    await expect(page.textContent('.cm-lintRange-error')).resolves.toBe(title);

    const cli = cliJson(FIXTURE);
    expect(cli.length).toBeGreaterThan(0);
    const key = (m: Omit<CliMessage, 'message'>): string => `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`;
    expect(asCli(fixture, diagnostics).map(key).sort()).toEqual(cli.map(key).sort());
    const cliMismatch = cli.find((m) => m.ruleId === 'title-duty-mismatch');
    expect(mismatch?.message).toBe(cliMismatch?.message);
  });

  it('says first that this is an AI engineer job under an ML engineer title, with the suggested title', async () => {
    const expected = analyze(fixture).profile;
    const firstHeading = await page.evaluate(() => document.querySelector('main h2, main h3')?.textContent ?? '');
    expect(firstHeading).toBe('This is an AI Engineer job under a Machine Learning Engineer title');
    await expect(page.textContent('#title-role')).resolves.toBe('Machine Learning Engineer');
    await expect(page.textContent('#duty-role')).resolves.toBe('AI Engineer');
    await expect(page.textContent('#suggested-title')).resolves.toBe(expected.recommendation.title);
    await expect(page.textContent('.card-hire .hire-text')).resolves.toBe(expected.recommendation.text);
  });

  it('draws the role chart: one bar per role with evidence, the duties’ role first, at its share', async () => {
    const expected = analyze(fixture).profile;
    const rows = await page.$$eval('.chart-row', (els) =>
      els.map((el) => ({ role: el.getAttribute('data-role'), value: el.querySelector('.chart-value')?.textContent, width: (el.querySelector('.chart-bar') as HTMLElement | null)?.style.width })),
    );
    const shares = Object.entries(expected.scores)
      .filter(([, s]) => s > 0)
      .sort((a, b) => b[1] - a[1]);
    expect(rows.map((r) => r.role)).toEqual(shares.map(([role]) => role));
    expect(rows[0]?.role).toBe('ai-engineer');
    expect(rows.map((r) => r.value)).toEqual(shares.map(([, s]) => `${Math.round(s * 100)}%`));
    expect(rows[0]?.width).toBe(`${Math.round((shares[0]?.[1] ?? 0) * 100)}%`);
    // The evidence phrases are buttons that select the phrase in the draft.
    const chips = await page.$$eval('.evidence .chip', (els) => els.map((el) => el.textContent));
    expect(chips).toContain('Build RAG pipelines');
  });

  it('shows the posting score when core gives one, and no score card when it does not', async () => {
    const score = (analyze(fixture) as { score?: { total: number; categories: Array<{ name: string }> } }).score;
    if (!score) {
      expect(await page.locator('#score-h').count()).toBe(0);
      return;
    }
    await expect(page.textContent('.score-total')).resolves.toBe(`${Math.round(score.total)}/100`);
    const names = await page.$$eval('.score-name', (els) => els.map((el) => el.textContent));
    expect(names).toEqual(score.categories.map((c) => c.name));
  });

  it('answers the three hiring questions with their evidence', async () => {
    const expected = analyze(fixture).profile.questions;
    const shown = await page.$$eval('.question', (els) =>
      els.map((el) => ({ q: el.querySelector('.q')?.textContent, a: el.querySelector('.a')?.textContent, evidence: [...el.querySelectorAll('.chip')].map((c) => c.textContent) })),
    );
    expect(shown).toHaveLength(3);
    expect(shown).toEqual(expected.map((q) => ({ q: q.question, a: q.text, evidence: q.evidence.map((e) => e.text) })));
  });

  it('keeps every text at WCAG AA contrast (4.5:1) on its background', async () => {
    // Runs in the page as source text: each visible text node's colour against the first opaque
    // background behind it.
    const { checked, failures } = (await page.evaluate(`(() => {
      const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
      const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
      const background = (el) => { for (let e = el; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c.length === 3 || c[3] > 0.9) return c.slice(0, 3); } return [255, 255, 255]; };
      const out = [];
      let checked = 0;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || !n.textContent.trim() || el.closest('.visually-hidden, [hidden], button:disabled, .cm-tooltip')) continue;
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        const fg = rgb(getComputedStyle(el).color).slice(0, 3);
        const [a, b] = [lum(fg), lum(background(el))].sort((x, y) => y - x);
        const ratio = (a + 0.05) / (b + 0.05);
        checked++;
        if (ratio < 4.5) out.push(n.textContent.trim().slice(0, 40) + ': ' + ratio.toFixed(2));
      }
      return { checked, failures: out };
    })()`)) as { checked: number; failures: string[] };
    expect(checked).toBeGreaterThan(50);
    expect(failures).toEqual([]);
  });

  it('shows the why, its source, what to write instead and the docs link on hover', async () => {
    const [d] = analyze(fixture).diagnostics.filter((x) => x.ruleId === 'title-duty-mismatch');
    await page.hover('.cm-lintRange-error');
    const tooltip = page.locator('.cm-tooltip-lint');
    await tooltip.waitFor({ state: 'visible' });
    const text = (await tooltip.textContent()) ?? '';
    expect(text).toContain('Why it matters:');
    expect(text).toContain('Source: [LS], [RM-AI-VS]');
    expect(text).toContain('Write instead: “Senior AI Engineer”');
    expect(text).toContain('“Build RAG pipelines”');
    await expect(tooltip.locator('a').getAttribute('href')).resolves.toBe(d?.url);
  });

  it('applies the quick fix, and the mismatch is gone', async () => {
    const before = await analyses();
    await page.hover('.cm-lintRange-error');
    await page.locator('.cm-tooltip-lint .cm-diagnosticAction', { hasText: 'Senior AI Engineer' }).click();
    await analyzedAfter(before);
    const text = await doc();
    expect(text).toBe(fixture.replace('title: Senior Machine Learning Engineer', 'title: Senior AI Engineer'));
    expect((await lint()).map((d) => d.source)).not.toContain('title-duty-mismatch');
    expect(await page.locator('.cm-lintRange-error').count()).toBe(0);
    await expect(page.textContent('#verdict-title')).resolves.toBe('The title and the duties agree: AI Engineer.');
  });

  it('keeps the draft and the settings across a reload', async () => {
    const text = await doc();
    await page.selectOption('#preset', 'strict');
    await page.click('#rules-summary');
    await page.uncheck('#rule-no-cliche');
    // The draft is saved shortly after the last change.
    await page.waitForFunction((t) => localStorage.getItem('jdlint.draft') === t, text);
    watching = false;
    await page.reload({ waitUntil: 'load' });
    await waitReady();
    watching = true;
    await page.waitForFunction(() => document.body.dataset.state === 'idle' && (globalThis as unknown as { __jdlint: { analyses: number } }).__jdlint.analyses > 0);
    expect(await doc()).toBe(text);
    await expect(page.inputValue('#preset')).resolves.toBe('strict');
    await expect(page.isChecked('#rule-no-cliche')).resolves.toBe(false);
    await page.selectOption('#preset', 'recommended');
    await page.click('#rules-summary');
    await page.check('#rule-no-cliche');
    await page.click('#rules-summary');
    await expect(page.isVisible('#rule-no-cliche')).resolves.toBe(false);
  });

  it('opens a .md file or a dropped one, and refuses a file that is not text with one readable line', async () => {
    const before = await analyses();
    await page.setInputFiles('#file', { name: 'draft.md', mimeType: 'text/markdown', buffer: Buffer.from(fixture) });
    await analyzedAfter(before);
    expect(await doc()).toBe(fixture);
    // Dropped on the page, a file replaces the draft too.
    const dropped = await analyses();
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
      document.querySelector('.toolbar')?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, 'Data Engineer\n\nBuild batch pipelines in Airflow and dbt.\n');
    await analyzedAfter(dropped);
    expect(await doc()).toBe('Data Engineer\n\nBuild batch pipelines in Airflow and dbt.\n');
    const reopened = await analyses();
    await page.setInputFiles('#file', { name: 'draft.md', mimeType: 'text/markdown', buffer: Buffer.from(fixture) });
    await analyzedAfter(reopened);
    await page.setInputFiles('#file', { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]) });
    await expect(page.textContent('#error')).resolves.toBe('photo.png is not a Markdown or text file: open a .md or .txt file.');
    expect(await doc()).toBe(fixture);
  });

  it('downloads the report as Markdown', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    const file = path.join(dir, 'report.md');
    await download.saveAs(file);
    const report = readFileSync(file, 'utf8');
    expect(report.startsWith('# jdlint report: Senior Machine Learning Engineer\n')).toBe(true);
    expect(report).toContain('> **Title–duty mismatch:** the title says Machine Learning Engineer, the duties describe AI Engineer.');
    expect(report).toContain('Suggested title: **Senior AI Engineer**');
    expect(report).toContain('`title-duty-mismatch`');
  });

  it('works from the keyboard alone: the findings list, a quick fix by its access key, undo', async () => {
    expect(await doc()).toBe(fixture);
    await page.focus('.cm-content');
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.cm-panel-lint');
    await panel.waitFor({ state: 'visible' });
    await expect(panel.textContent()).resolves.toContain('Unexpected duties for');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('listbox');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await expect(page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).resolves.toBe(true);

    await page.keyboard.press('Control+Shift+M');
    await panel.waitFor({ state: 'visible' });
    const key = (await panel.locator('.cm-diagnosticAction u').first().textContent()) ?? '';
    expect(key).toMatch(/^[a-z]$/i);
    const before = await analyses();
    await page.keyboard.press(key.toLowerCase());
    await analyzedAfter(before);
    expect(await doc()).toBe(fixture.replace('title: Senior Machine Learning Engineer', 'title: Senior AI Engineer'));
    await expect(page.textContent('#live')).resolves.toBe('0 findings.');

    const again = await analyses();
    await page.keyboard.press('Control+z');
    await analyzedAfter(again);
    expect(await doc()).toBe(fixture);
    // The screen reader hears the verdict first.
    await expect(page.textContent('#live')).resolves.toBe('Title–duty mismatch: the title says Machine Learning Engineer, the duties describe AI Engineer. 1 finding.');
    await page.focus('.cm-panel-lint ul');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
  });

  it('made no request after load', () => {
    expect(requestsAfterLoad).toEqual([]);
  });

  it('keeps working after the server is stopped: an edit is linted, a fix is copied', async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    const before = await analyses();
    await page.focus('.cm-content');
    await page.keyboard.press('Control+End');
    // Typed (keystrokes, not a paste): a misspelt PyTorch, which the fix corrects.
    await page.keyboard.type('\n- Tune Pytorch models');
    await analyzedAfter(before);
    expect(await doc()).toBe(`${fixture}\n- Tune Pytorch models`);
    const spelling = (await lint()).find((d) => d.source === 'tech-term-spelling');
    expect(spelling, 'a tech-term-spelling finding on the typed line').toBeDefined();
    const typed = await doc();
    expect(typed.slice(spelling?.from, spelling?.to)).toBe('Pytorch');

    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
    await page.click('#copy-fixed');
    await page.waitForFunction(() => /^Copied the text with \d+ fix(es)? applied\.$/.test(document.getElementById('status')?.textContent ?? ''));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('- Tune PyTorch models');
    expect(copied).not.toContain('Pytorch');
    expect(requestsAfterLoad).toEqual([]);
  });
});
