/**
 * GitHub Actions workflow commands: one `::error`, `::warning` or `::notice` line per finding,
 * which the runner turns into annotations on the pull request's diff.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import type { Severity } from '@jdlint/core';
import type { FileResult } from './format.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escaping as the runner's toolkit does it: the message part, then property values. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: string, properties: Record<string, string | number>, message: string): string {
  const props = Object.entries(properties)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name} ${props}::${escapeData(message)}`;
}

export function github(results: FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    if (r.error) {
      lines.push(command('error', { file: r.filePath, title: 'jdlint' }, r.error));
      continue;
    }
    for (const d of r.diagnostics) {
      const { start, end } = d.place;
      lines.push(
        command(
          COMMAND[d.severity],
          { file: r.filePath, line: start.line, col: start.column, endLine: end.line, endColumn: end.column, title: `jdlint (${d.ruleId})` },
          d.reason,
        ),
      );
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
