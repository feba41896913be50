/**
 * Baselines: `jdlint baseline create` records today's findings in `.jdlint-baseline.json`;
 * `jdlint --baseline <file>` then reports (and fails on) only the findings that are not in it; and
 * `jdlint baseline update` drops the findings that have been fixed. Findings are matched by
 * fingerprint (fingerprint.ts), so a finding whose line moved is still the same finding.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './errors.js';
import { fingerprintPath, fingerprints, evidence } from './fingerprint.js';
import type { FileResult } from './format.js';
import { writeFileAtomic } from './write.js';

export const DEFAULT_BASELINE_FILE = '.jdlint-baseline.json';
const FORMAT = 'jdlint-baseline/1';

export interface BaselineEntry {
  /** POSIX path relative to the baseline file's directory. */
  file: string;
  ruleId: string;
  fingerprint: string;
  /** The normalized evidence, for people reading the file; matching uses only the fingerprint. */
  evidence: string;
}

export class Baseline {
  readonly #fingerprints: Set<string>;

  constructor(
    /** The baseline file, absolute. */
    readonly file: string,
    readonly entries: BaselineEntry[],
  ) {
    this.#fingerprints = new Set(entries.map((e) => `${e.file}\u0000${e.fingerprint}`));
  }

  get dir(): string {
    return path.dirname(this.file);
  }

  has(file: string, fingerprint: string): boolean {
    return this.#fingerprints.has(`${file}\u0000${fingerprint}`);
  }

  /** The result without the findings the baseline holds (a file error is always kept). */
  filter(result: FileResult, cwd: string): FileResult {
    if (result.diagnostics.length === 0) return result;
    const file = fingerprintPath(result.filePath, cwd, this.dir);
    const prints = fingerprints(file, result.diagnostics, result.source);
    const diagnostics = result.diagnostics.filter((_, i) => !this.has(file, prints[i] as string));
    return diagnostics.length === result.diagnostics.length ? result : { ...result, diagnostics };
  }
}

/** The baseline entries of these results, relative to `dir`. */
export function entriesOf(results: readonly FileResult[], cwd: string, dir: string): BaselineEntry[] {
  const out: BaselineEntry[] = [];
  for (const r of results) {
    const file = fingerprintPath(r.filePath, cwd, dir);
    const prints = fingerprints(file, r.diagnostics, r.source);
    r.diagnostics.forEach((d, i) => out.push({ file, ruleId: d.ruleId, fingerprint: prints[i] as string, evidence: evidence(d, r.source) }));
  }
  return out;
}

function problem(shown: string, what: string): UsageError {
  return new UsageError(`${shown}: ${what}`);
}

/** Reads a baseline file; a missing, unreadable or malformed one is a usage error (exit 2) naming the file. */
export async function readBaseline(cwd: string, file: string): Promise<Baseline> {
  const abs = path.resolve(cwd, file);
  let text: string;
  try {
    text = await readFile(abs, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw problem(file, 'no such baseline file (create one with `jdlint baseline create`)');
    throw problem(file, `cannot read the baseline (${code ?? (error as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw problem(file, `not a jdlint baseline: invalid JSON (${(error as Error).message})`);
  }
  const d = data as Record<string, unknown> | null;
  if (typeof d !== 'object' || d === null || d['format'] !== FORMAT || !Array.isArray(d['findings'])) {
    throw problem(file, `not a jdlint baseline (expected an object with "format": "${FORMAT}" and a "findings" list)`);
  }
  const entries: BaselineEntry[] = [];
  (d['findings'] as unknown[]).forEach((e, i) => {
    const entry = e as Record<string, unknown> | null;
    if (typeof entry !== 'object' || entry === null || typeof entry['file'] !== 'string' || typeof entry['ruleId'] !== 'string' || typeof entry['fingerprint'] !== 'string') {
      throw problem(file, `finding ${i + 1} is not an object with "file", "ruleId" and "fingerprint" strings`);
    }
    entries.push({ file: entry['file'], ruleId: entry['ruleId'], fingerprint: entry['fingerprint'], evidence: typeof entry['evidence'] === 'string' ? entry['evidence'] : '' });
  });
  return new Baseline(abs, entries);
}

/** Writes a baseline: sorted by file, one finding a line, so its diffs in review stay small. */
export async function writeBaseline(abs: string, shown: string, entries: BaselineEntry[]): Promise<void> {
  const sorted = [...entries].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const lines = sorted.map((e) => `    ${JSON.stringify({ file: e.file, ruleId: e.ruleId, fingerprint: e.fingerprint, evidence: e.evidence })}`);
  const text = `{\n  "format": "${FORMAT}",\n  "findings": [${lines.length ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`;
  await writeFileAtomic(abs, new TextEncoder().encode(text), shown);
}

export interface BaselineRun {
  /** What to say on stderr when done. */
  summary: string;
  /** Files that could not be read: the baseline is then not written. */
  fileErrors: string[];
}

/**
 * `jdlint baseline create|update`: lints `inputs` and writes the baseline. `create` records every
 * finding; `update` keeps only the recorded findings that are still there (fixed ones disappear;
 * new ones are not added: that is what `create` is for), and keeps the entries of files this run
 * did not lint as long as the file exists.
 */
export async function runBaseline(mode: 'create' | 'update', file: string, cwd: string, lint: () => Promise<FileResult[]>): Promise<BaselineRun> {
  const abs = path.resolve(cwd, file);
  const old = mode === 'update' ? await readBaseline(cwd, file) : undefined;
  const results = await lint();
  const fileErrors = results.flatMap((r) => (r.error ? [r.error] : []));
  if (fileErrors.length > 0) return { summary: `${file} not written: ${fileErrors.length} file${fileErrors.length === 1 ? '' : 's'} could not be read`, fileErrors };
  const dir = path.dirname(abs);
  const current = entriesOf(results, cwd, dir);
  const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
  if (!old) {
    await writeBaseline(abs, file, current);
    return { summary: `wrote ${file}: ${plural(current.length, 'finding')} in ${plural(new Set(current.map((e) => e.file)).size, 'file')}`, fileErrors };
  }
  const linted = new Set(results.map((r) => fingerprintPath(r.filePath, cwd, dir)));
  const now = new Set(current.map((e) => `${e.file}\u0000${e.fingerprint}`));
  const kept = old.entries.filter((e) => (linted.has(e.file) ? now.has(`${e.file}\u0000${e.fingerprint}`) : existsSync(path.resolve(dir, e.file))));
  const fresh = current.filter((e) => !old.has(e.file, e.fingerprint)).length;
  await writeBaseline(abs, file, kept);
  const removed = old.entries.length - kept.length;
  return {
    summary: `updated ${file}: ${plural(removed, 'fixed finding')} removed, ${plural(kept.length, 'finding')} left${fresh > 0 ? `; ${plural(fresh, 'new finding')} not added (jdlint --baseline reports ${fresh === 1 ? 'it' : 'them'}; \`jdlint baseline create\` accepts everything)` : ''}`,
    fileErrors,
  };
}
