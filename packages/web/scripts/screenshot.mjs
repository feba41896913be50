#!/usr/bin/env node
/**
 * Takes the screenshots in docs/web.md with headless Chromium: the page on the bundled
 * ML-title-over-RAG posting (docs/web-page.png), and the hover card on its title
 * (docs/web-hover.png). `node packages/web/scripts/screenshot.mjs`
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildWeb, webDir } from './build.mjs';
import { launch } from './browser.mjs';
import { serveDir } from './serve.mjs';

const docs = path.resolve(webDir, '../../docs');
const dir = mkdtempSync(path.join(tmpdir(), 'jdlint-web-shot-'));
const browser = await launch({ viewport: { width: 1360, height: 1010 } });
const { server, url } = await serveDir(path.dirname(await buildWeb({ quiet: true, outFile: path.join(dir, 'index.html') })), 0);
try {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(url);
  await page.waitForFunction(() => globalThis.__jdlint?.warm === true, null, { timeout: 60_000 });
  await page.click('#example');
  await page.waitForFunction(() => globalThis.__jdlint.analyses > 0 && document.body.dataset.state === 'idle', null, { timeout: 60_000 });
  await page.mouse.move(0, 0);
  await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(docs, 'web-page.png'), fullPage: true });
  await page.hover('.cm-lintRange-error');
  await page.waitForSelector('.cm-tooltip-lint', { timeout: 10_000 });
  await page.waitForTimeout(300);
  const card = await page.locator('.cm-tooltip-lint').boundingBox();
  const mark = await page.locator('.cm-lintRange-error').boundingBox();
  const top = Math.max(0, Math.min(card.y, mark.y) - 24);
  const bottom = Math.max(card.y + card.height, mark.y + mark.height) + 24;
  await page.screenshot({ path: path.join(docs, 'web-hover.png'), clip: { x: 0, y: top, width: 800, height: bottom - top } });
  process.stdout.write(`web: wrote docs/web-page.png and docs/web-hover.png\n`);
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
