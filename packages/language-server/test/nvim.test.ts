/**
 * A real editor as the client: Neovim headless (`vim.lsp.start`, or `vim.lsp.start_client` on
 * Neovim 0.7) runs nvim-client.lua against the built `jdlint-language-server --stdio`: it opens a
 * posting, waits for the diagnostics, asks for code actions and applies the quick fix, then edits
 * the buffer by hand. After each step Neovim's diagnostics (rule code and range) must be the ones
 * a fresh analysis of the buffer's text gives. Skipped, with one line saying so, without nvim.
 */
import { analyze } from '@jdlint/core';
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { bin } from './lsp-session.js';

const script = fileURLToPath(new URL('./nvim-client.lua', import.meta.url));
const fixture = fileURLToPath(new URL('../../../fixtures/postings/ml-engineer-rag-duties.md', import.meta.url));
/** Each wait inside Neovim (a lint takes tens of ms; the model loads in about a second). */
const WAIT_MS = 20_000;

function nvimVersion(): string | null {
  try {
    return execFileSync('nvim', ['--version'], { encoding: 'utf8', timeout: 10_000 }).split('\n')[0] ?? 'nvim';
  } catch {
    return null;
  }
}
const nvim = nvimVersion();

interface Step {
  name: string;
  text: string;
  diagnostics: Array<{ code: string | null; source: string | null; range: [number, number, number, number] }>;
  actions?: string[];
  applied?: string;
}
interface Report {
  nvim: string;
  client: string;
  steps: Step[];
  error?: string;
}

/** What a fresh analysis of `text` gives, as Neovim shows it: rule code and 0-based range, in order. */
function fresh(text: string): Array<{ code: string; range: [number, number, number, number] }> {
  return analyze(text)
    .diagnostics.map((d) => ({ code: d.ruleId, range: [d.place.start.line - 1, d.place.start.column - 1, d.place.end.line - 1, d.place.end.column - 1] as [number, number, number, number] }))
    .sort((a, b) => a.range.join(',').localeCompare(b.range.join(','), 'en', { numeric: true }) || a.code.localeCompare(b.code));
}

function runNvim(dir: string, posting: string, report: string): Promise<{ code: number | null; output: string }> {
  const env = {
    ...process.env,
    JDLINT_POSTING: posting,
    JDLINT_NODE: process.execPath,
    JDLINT_SERVER: bin,
    JDLINT_REPORT: report,
    JDLINT_WAIT_MS: String(WAIT_MS),
    // Neovim's state, cache and LSP log stay in the test's folder.
    XDG_CONFIG_HOME: path.join(dir, 'xdg', 'config'),
    XDG_DATA_HOME: path.join(dir, 'xdg', 'data'),
    XDG_STATE_HOME: path.join(dir, 'xdg', 'state'),
    XDG_CACHE_HOME: path.join(dir, 'xdg', 'cache'),
  };
  return new Promise((resolve, reject) => {
    const child = spawn('nvim', ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${script}`], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => void (output += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => void (output += s));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`nvim did not finish in 90 s: ${output}`));
    }, 90_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe.skipIf(nvim === null)(`Neovim as the LSP client${nvim === null ? ' (skipped: nvim is not installed)' : ` (${nvim})`}`, () => {
  it('opens a posting, shows the diagnostics, applies a quick fix and follows an edit', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jdlint-test-nvim-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const jobs = path.join(dir, 'jobs');
    mkdirSync(jobs);
    const posting = path.join(jobs, 'senior-ml-engineer.md');
    copyFileSync(fixture, posting);
    const reportFile = path.join(dir, 'report.json');
    const { code, output } = await runNvim(dir, posting, reportFile);
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
    expect(report.error, output).toBeUndefined();
    expect(code).toBe(0);
    expect(report.steps.map((s) => s.name)).toEqual(['open', 'quick fix', 'edit']);
    const [open, fixed, edited] = report.steps as [Step, Step, Step];

    // Opened: the file's text, and Neovim's diagnostics are a fresh analysis's, from jdlint.
    expect(open.text).toBe(readFileSync(fixture, 'utf8'));
    expect(open.diagnostics.map(({ code: c, range }) => ({ code: c, range }))).toEqual(fresh(open.text));
    expect(open.diagnostics).toContainEqual({ code: 'title-duty-mismatch', source: 'jdlint', range: [1, 7, 1, 39], severity: 1 });

    // The quick fix retitles the posting; the mismatch is gone and the rest is a fresh analysis's.
    expect(fixed.actions).toContain('Replace `Senior Machine Learning Engineer` with `Senior AI Engineer` (title-duty-mismatch)');
    expect(fixed.applied).toMatch(/\(title-duty-mismatch\)$/);
    expect(fixed.text).toBe(open.text.replace('title: Senior Machine Learning Engineer', 'title: Senior AI Engineer'));
    expect(fixed.diagnostics.map((d) => d.code)).not.toContain('title-duty-mismatch');
    expect(fixed.diagnostics.map(({ code: c, range }) => ({ code: c, range }))).toEqual(fresh(fixed.text));

    // Edited by hand back to the old title: the mismatch is back where it was.
    expect(edited.text).toBe(open.text);
    expect(edited.diagnostics.map(({ code: c, range }) => ({ code: c, range }))).toEqual(fresh(edited.text));
  }, 120_000);
});
