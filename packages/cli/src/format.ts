import { severityNumber, type Diagnostic, type Profile } from '@jdlint/core';

export interface FileResult {
  filePath: string;
  diagnostics: Diagnostic[];
  profile: Profile | null;
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

/** The vfile-reporter layout: a file line, one row per message, a summary. */
export function stylish(results: FileResult[], options: { why?: boolean; color?: boolean } = {}): string {
  const c = (code: number, s: string) => (options.color ? `\u001B[${code}m${s}\u001B[39m` : s);
  const dim = (s: string) => (options.color ? `\u001B[2m${s}\u001B[22m` : s);
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const result of results) {
    if (result.diagnostics.length === 0 && !result.error) continue;
    lines.push(options.color ? `\u001B[4m${result.filePath}\u001B[24m` : result.filePath);
    if (result.error) {
      lines.push(`  ${c(31, 'error')}  ${result.error}`);
      errors++;
    }
    const rows = result.diagnostics.map((d) => {
      const { start, end } = d.place;
      return [`${start.line}:${start.column}-${end.line}:${end.column}`, d.severity, d.reason, d.ruleId] as const;
    });
    const w0 = Math.max(0, ...rows.map((r) => r[0].length));
    const w1 = Math.max(0, ...rows.map((r) => r[1].length));
    result.diagnostics.forEach((d, i) => {
      const [place, severity, reason, ruleId] = rows[i] as (typeof rows)[number];
      const colored = severity === 'error' ? c(31, severity) : severity === 'warning' ? c(33, severity) : c(34, severity);
      lines.push(`  ${place.padEnd(w0)}  ${colored}${' '.repeat(w1 - severity.length)}  ${reason}  ${dim(ruleId)}`);
      if (options.why) {
        if (d.expected?.length) lines.push(`    ${dim('expected:')} ${d.expected.join(' | ')}`);
        if (d.note) lines.push(`    ${dim('why:')} ${d.note}`);
        lines.push(`    ${dim('docs:')} ${d.url}`);
      }
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      else infos++;
    });
    lines.push('');
  }
  const parts: string[] = [];
  if (errors) parts.push(`${c(31, SYMBOL.error)} ${plural(errors, 'error')}`);
  if (warnings) parts.push(`${c(33, SYMBOL.warning)} ${plural(warnings, 'warning')}`);
  if (infos) parts.push(`${c(34, SYMBOL.info)} ${plural(infos, 'info')}`);
  if (parts.length === 0) return results.length > 0 ? `${c(32, '✔')} no issues found in ${plural(results.length, 'file')}\n` : '';
  const fixable = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.fix).length, 0);
  const hint = fixable > 0 ? `${plural(fixable, 'finding')} can be fixed with the \`--fix\` option\n` : '';
  return `${lines.join('\n')}\n${parts.join(', ')}\n${hint}`;
}

/** ESLint's JSON formatter shape, with jdlint's extras (url, suggestions, data, note). */
export function json(results: FileResult[]): string {
  return `${JSON.stringify(
    results.map((r) => {
      const messages: Array<Record<string, unknown>> = r.diagnostics.map((d) => ({
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
      }));
      if (r.error) messages.unshift({ ruleId: null, severity: 2, fatal: true, message: r.error, line: 1, column: 1 });
      const entry: Record<string, unknown> = {
        filePath: r.filePath,
        messages,
        errorCount: messages.filter((m) => m['severity'] === 2).length,
        warningCount: messages.filter((m) => m['severity'] === 1).length,
        infoCount: messages.filter((m) => m['severity'] === 0).length,
        fixableErrorCount: r.diagnostics.filter((d) => d.fix && d.severity === 'error').length,
        fixableWarningCount: r.diagnostics.filter((d) => d.fix && d.severity === 'warning').length,
      };
      if (r.output !== undefined) entry['output'] = r.output;
      return entry;
    }),
    null,
    2,
  )}\n`;
}
