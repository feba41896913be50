import { severityNumber, type Diagnostic, type Profile } from '@jdlint/core';

export interface FileResult {
  filePath: string;
  diagnostics: Diagnostic[];
  profile: Profile | null;
  /** Set when the file could not be read or analyzed. */
  error?: string;
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
  return `${lines.join('\n')}\n${parts.join(', ')}\n`;
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
      }));
      if (r.error) messages.unshift({ ruleId: null, severity: 2, fatal: true, message: r.error, line: 1, column: 1 });
      return {
        filePath: r.filePath,
        messages,
        errorCount: messages.filter((m) => m['severity'] === 2).length,
        warningCount: messages.filter((m) => m['severity'] === 1).length,
        infoCount: messages.filter((m) => m['severity'] === 0).length,
      };
    }),
    null,
    2,
  )}\n`;
}

const pct = (n: number) => `${Math.round(n * 100)}%`;

/** `jdlint analyze` as JSON: one object per file. */
export function analyzeJson(results: FileResult[]): string {
  return `${JSON.stringify(
    results.map((r) =>
      r.profile
        ? {
            filePath: r.filePath,
            title: r.profile.title,
            titleRoles: r.profile.titleRoles,
            titleCombined: r.profile.titleCombined,
            dutyRole: r.profile.dutyRole,
            mismatch: r.profile.mismatch,
            scores: r.profile.scores,
            confidence: r.profile.confidence,
            evidence: r.profile.evidence.map((e) => ({ text: e.text, role: e.role, weight: e.weight, section: e.section, negated: e.negated, line: e.line, column: e.column })),
            questions: r.profile.questions.map((q) => ({
              id: q.id,
              question: q.question,
              answer: q.answer,
              text: q.text,
              role: q.role,
              shares: q.shares,
              evidence: q.evidence.map((e) => ({ text: e.text, side: e.side, weight: e.weight, line: e.line, column: e.column })),
            })),
            recommendation: r.profile.recommendation,
          }
        : { filePath: r.filePath, error: r.error ?? 'not analyzed' },
    ),
    null,
    2,
  )}\n`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** `jdlint analyze` as text. */
export function analyzeText(results: FileResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    out.push(r.filePath);
    if (!r.profile) {
      out.push(`  error: ${r.error ?? 'not analyzed'}`, '');
      continue;
    }
    const p = r.profile;
    out.push(`  title        ${p.title ?? '(none)'} → ${p.titleRoles.join(' + ')}${p.titleCombined ? ' (combined title)' : ''}`);
    if (p.confidence === 'none') out.push('  duties       cannot tell: too little role evidence in the text');
    else out.push(`  duties       ${p.dutyRole} (${pct(p.scores[p.dutyRole])}), confidence ${p.confidence}`);
    const ranked = Object.entries(p.scores)
      .filter(([, v]) => v > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([role, v]) => `${role} ${pct(v)}`);
    if (ranked.length) out.push(`  scores       ${ranked.join(' · ')}`);
    out.push(
      `  verdict      ${
        p.mismatch
          ? `mismatch: the title claims ${p.titleRoles.join(' or ')}, the duties describe ${p.dutyRole}`
          : p.confidence === 'none'
            ? 'no verdict'
            : 'the title matches the duties'
      }`,
    );
    const top = p.evidence.filter((e) => e.weight > 0).slice(0, 8);
    if (top.length) {
      out.push('  evidence');
      const w = Math.max(...top.map((e) => `${e.line}:${e.column}`.length));
      for (const e of top) out.push(`    ${`${e.line}:${e.column}`.padEnd(w)}  ${e.role.padEnd(18)} +${e.weight.toFixed(2)}  ${e.text} (${e.section})`);
    }
    if (p.questions.every((q) => q.answer === 'not-applicable')) out.push(`  questions    ${p.questions[0]?.text ?? ''}`);
    else
      for (const q of p.questions) {
        out.push(`  ${q.question}`, `    ${q.text}`);
        for (const e of q.evidence) out.push(`      ${e.line}:${e.column}  ${e.side}: ${e.text}`);
      }
    out.push('  hire', ...wrap(p.recommendation.text, 96).map((l) => `    ${l}`));
    out.push('');
  }
  return `${out.join('\n')}`;
}
