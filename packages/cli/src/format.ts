import { severityNumber, type Diagnostic, type PostingScore, type Profile, type SuppressedDiagnostic } from '@jdlint/core';

export interface FileResult {
  filePath: string;
  diagnostics: Diagnostic[];
  /** Findings inline control comments turned off (JSON's `suppressedMessages`). */
  suppressed?: SuppressedDiagnostic[];
  profile: Profile | null;
  /** The 0–100 posting score by category (absent when the file was not analyzed). */
  score?: PostingScore;
  /** Set when the file could not be read or analyzed. */
  error?: string;
  /** The text the diagnostics refer to (after fixes, when fixes were applied). */
  source?: string;
  /** With --fix-dry-run: the fixed text, when fixes would change the file, and the text before. */
  output?: string;
  original?: string;
  /** With --fix: the file was rewritten. */
  fixed?: boolean;
}

const SYMBOL = { error: '✖', warning: '⚠', info: 'ℹ' } as const;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export interface Tally {
  /** Findings in the report, by severity. */
  errors: number;
  warnings: number;
  infos: number;
  /** Findings `--quiet` left out of the report: still counted for `--max-warnings` and the summary. */
  hiddenWarnings: number;
  hiddenInfos: number;
  fixable: number;
  /** Files read and analyzed. */
  files: number;
  /** Files that could not be read: each is one line on stderr, not a finding. */
  unread: number;
  /** Files scoring below `--min-score`: each is one line on stderr. */
  belowScore: number;
}

export function newTally(): Tally {
  return { errors: 0, warnings: 0, infos: 0, hiddenWarnings: 0, hiddenInfos: 0, fixable: 0, files: 0, unread: 0, belowScore: 0 };
}

/**
 * What the run's exit code and the report's summary both depend on, in one place so they cannot
 * disagree: `--quiet` (warnings and infos left out of the report, still counted) and `--max-warnings`.
 */
export interface Verdict {
  quiet?: boolean;
  maxWarnings?: number | undefined;
  minScore?: number | undefined;
}

/** Counts one file's result into the tally, and returns the findings the report shows. */
export function tallyResult(result: FileResult, tally: Tally, verdict: Verdict = {}): Diagnostic[] {
  if (result.error) {
    tally.unread++;
    // A file read but whose fix could not be written keeps its findings (those of the file as it is).
    if (result.diagnostics.length === 0) return [];
  } else tally.files++;
  tally.fixable += result.diagnostics.filter((d) => d.fix).length;
  const shown: Diagnostic[] = [];
  for (const d of result.diagnostics) {
    if (d.severity === 'error') tally.errors++;
    else if (verdict.quiet) {
      if (d.severity === 'warning') tally.hiddenWarnings++;
      else tally.hiddenInfos++;
      continue;
    } else if (d.severity === 'warning') tally.warnings++;
    else tally.infos++;
    shown.push(d);
  }
  return shown;
}

/** True when the warnings, shown or not, are more than `--max-warnings` allows. */
export function tooManyWarnings(tally: Tally, verdict: Verdict): boolean {
  return verdict.maxWarnings !== undefined && tally.warnings + tally.hiddenWarnings > verdict.maxWarnings;
}

type StylishOptions = { why?: boolean; color?: boolean } & Verdict;

/**
 * One file's block of the stylish report (empty for a clean file), counted into `tally`: the
 * report is these blocks in input order, then `stylishSummary`, so it can be written file by file.
 * A file that could not be read has no block: it is one line on stderr (see `lint` in index.ts).
 */
export function stylishFile(result: FileResult, tally: Tally, options: StylishOptions = {}): string {
  const c = (code: number, s: string) => (options.color ? `\u001B[${code}m${s}\u001B[39m` : s);
  const dim = (s: string) => (options.color ? `\u001B[2m${s}\u001B[22m` : s);
  const diagnostics = tallyResult(result, tally, options);
  if (diagnostics.length === 0) return '';
  const lines: string[] = [];
  lines.push(options.color ? `\u001B[4m${result.filePath}\u001B[24m` : result.filePath);
  const rows = diagnostics.map((d) => {
    const { start, end } = d.place;
    return [`${start.line}:${start.column}-${end.line}:${end.column}`, d.severity, d.reason, d.ruleId] as const;
  });
  const w0 = Math.max(0, ...rows.map((r) => r[0].length));
  const w1 = Math.max(0, ...rows.map((r) => r[1].length));
  diagnostics.forEach((d, i) => {
    const [place, severity, reason, ruleId] = rows[i] as (typeof rows)[number];
    const colored = severity === 'error' ? c(31, severity) : severity === 'warning' ? c(33, severity) : c(34, severity);
    lines.push(`  ${place.padEnd(w0)}  ${colored}${' '.repeat(w1 - severity.length)}  ${reason}  ${dim(ruleId)}`);
    if (options.why) {
      if (d.expected?.length) lines.push(`    ${dim('expected:')} ${d.expected.join(' | ')}`);
      if (d.note) lines.push(`    ${dim('why:')} ${d.note}`);
      lines.push(`    ${dim('docs:')} ${d.url}`);
    }
  });
  lines.push('');
  return `${lines.join('\n')}\n`;
}

/**
 * The closing lines of the stylish report. It says what the exit code says: the success line only
 * on a run that exits 0; warnings hidden by `--quiet` and warnings over `--max-warnings` are named.
 */
export function stylishSummary(tally: Tally, options: StylishOptions = {}): string {
  const c = (code: number, s: string) => (options.color ? `\u001B[${code}m${s}\u001B[39m` : s);
  const parts: string[] = [];
  const warnings = tally.warnings + tally.hiddenWarnings;
  const infos = tally.infos + tally.hiddenInfos;
  const hidden = (n: number) => (n > 0 ? ' (not shown: --quiet)' : '');
  const over = tooManyWarnings(tally, options) ? `, more than --max-warnings ${options.maxWarnings}` : '';
  if (tally.errors) parts.push(`${c(31, SYMBOL.error)} ${plural(tally.errors, 'error')}`);
  if (warnings) parts.push(`${c(33, SYMBOL.warning)} ${plural(warnings, 'warning')}${hidden(tally.hiddenWarnings)}${over}`);
  if (infos) parts.push(`${c(34, SYMBOL.info)} ${plural(infos, 'info')}${hidden(tally.hiddenInfos)}`);
  const found = parts.length > 0;
  if (tally.unread) parts.push(`${c(31, SYMBOL.error)} ${plural(tally.unread, 'file')} could not be read`);
  if (tally.belowScore) parts.push(`${c(31, SYMBOL.error)} ${plural(tally.belowScore, 'file')} below --min-score ${options.minScore}`);
  if (parts.length === 0) return tally.files > 0 ? `${c(32, '✔')} no issues found in ${plural(tally.files, 'file')}\n` : '';
  if (!found && tally.files > 0) parts.push(`no issues found in ${plural(tally.files, 'file')}`);
  const hint = tally.fixable > 0 ? `${plural(tally.fixable, 'finding')} can be fixed with the \`--fix\` option\n` : '';
  return `${parts.join(', ')}\n${hint}`;
}

/** The vfile-reporter layout: a file line, one row per message, a summary. */
export function stylish(results: FileResult[], options: StylishOptions = {}, tally: Tally = newTally()): string {
  const blocks = results.map((r) => stylishFile(r, tally, options)).join('');
  const summary = stylishSummary(tally, options);
  return blocks + summary;
}

/** One finding of the JSON report: ESLint's `LintMessage` fields and jdlint's extras. */
function jsonMessage(d: Diagnostic): Record<string, unknown> {
  return {
    ruleId: d.ruleId,
    severity: severityNumber(d.severity),
    message: d.reason,
    line: d.place.start.line,
    column: d.place.start.column,
    endLine: d.place.end.line,
    endColumn: d.place.end.column,
    messageId: d.messageId,
    url: d.url,
    actual: d.actual,
    suggestions: d.expected ?? [],
    note: d.note,
    data: d.data,
    fix: d.fix,
  };
}

/**
 * One file's entry of the JSON report: ESLint's `LintResult` fields in ESLint's order (with
 * jdlint's `infoCount`), so tools that read ESLint JSON read it. A file that could not be read is
 * one `fatal` message, counted in `errorCount` and `fatalErrorCount` as ESLint counts a parse
 * error. jdlint has no deprecated rules: `usedDeprecatedRules` is always empty.
 */
export function jsonEntry(r: FileResult): Record<string, unknown> {
  const messages: Array<Record<string, unknown>> = r.diagnostics.map(jsonMessage);
  if (r.error) messages.unshift({ ruleId: null, severity: 2, fatal: true, message: r.error, line: 1, column: 1 });
  const entry: Record<string, unknown> = {
    filePath: r.filePath,
    messages,
    suppressedMessages: (r.suppressed ?? []).map((d) => ({ ...jsonMessage(d), suppressions: d.suppressions })),
    errorCount: messages.filter((m) => m['severity'] === 2).length,
    fatalErrorCount: messages.filter((m) => m['fatal'] === true).length,
    warningCount: messages.filter((m) => m['severity'] === 1).length,
    infoCount: messages.filter((m) => m['severity'] === 0).length,
    fixableErrorCount: r.diagnostics.filter((d) => d.fix && d.severity === 'error').length,
    fixableWarningCount: r.diagnostics.filter((d) => d.fix && d.severity === 'warning').length,
    usedDeprecatedRules: [],
  };
  if (r.score) entry['score'] = r.score;
  if (r.output !== undefined) entry['output'] = r.output;
  return entry;
}

/**
 * The JSON report a piece at a time: `index` 0 opens the array; `jsonEnd(count)` closes it. The
 * pieces concatenate to `JSON.stringify(entries, null, 2)` (JSON strings hold no raw line break,
 * so indenting every line of an entry is exact).
 */
export function jsonPiece(r: FileResult, index: number): string {
  return `${index === 0 ? '[\n' : ',\n'}  ${JSON.stringify(jsonEntry(r), null, 2).replace(/\n/g, '\n  ')}`;
}

export function jsonEnd(count: number): string {
  return count === 0 ? '[]\n' : '\n]\n';
}

/** ESLint's JSON formatter shape, with jdlint's extras (url, suggestions, data, note). */
export function json(results: FileResult[]): string {
  return `${JSON.stringify(results.map(jsonEntry), null, 2)}\n`;
}
