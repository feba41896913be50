import type { FileResult } from './format.js';

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
          }
        : { filePath: r.filePath, error: r.error ?? 'not analyzed' },
    ),
    null,
    2,
  )}\n`;
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
    out.push('');
  }
  return `${out.join('\n')}`;
}

/** Escapes text for a Markdown table cell or inline run. */
function md(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_`[\]<>])/g, '\\$1').replace(/\n/g, ' ');
}

/** `jdlint analyze --format markdown`: one report section per posting, for a PR comment or a wiki page. */
export function analyzeMarkdown(results: FileResult[]): string {
  const out: string[] = ['# jdlint analysis', ''];
  for (const r of results) {
    out.push(`## ${md(r.filePath)}`, '');
    if (!r.profile) {
      out.push(`Not analyzed: ${md(r.error ?? 'unknown error')}`, '');
      continue;
    }
    const p = r.profile;
    const roles = p.titleRoles.map((role) => `\`${role}\``).join(' + ');
    out.push(`- **Title:** ${p.title ? md(p.title) : '(none)'} → ${roles}${p.titleCombined ? ' (combined title)' : ''}`);
    out.push(
      p.confidence === 'none'
        ? '- **Duties:** cannot tell: too little role evidence in the text'
        : `- **Duties:** \`${p.dutyRole}\` (${pct(p.scores[p.dutyRole])}), confidence ${p.confidence}`,
    );
    out.push(
      `- **Verdict:** ${
        p.mismatch
          ? `mismatch: the title claims ${p.titleRoles.map((x) => `\`${x}\``).join(' or ')}, the duties describe \`${p.dutyRole}\``
          : p.confidence === 'none'
            ? 'no verdict'
            : 'the title matches the duties'
      }`,
    );
    const ranked = Object.entries(p.scores)
      .filter(([, v]) => v > 0)
      .sort((a, b) => b[1] - a[1]);
    if (ranked.length) {
      out.push('', '| role | share of the evidence |', '|---|--:|');
      for (const [role, v] of ranked) out.push(`| \`${role}\` | ${pct(v)} |`);
    }
    const top = p.evidence.filter((e) => e.weight > 0).slice(0, 8);
    if (top.length) {
      out.push('', '### Evidence', '', '| where | phrase | role | weight | section |', '|---|---|---|--:|---|');
      for (const e of top) out.push(`| ${e.line}:${e.column} | ${md(e.text)} | \`${e.role}\` | +${e.weight.toFixed(2)} | ${e.section} |`);
    }
    if (r.diagnostics.length) {
      out.push('', '### Findings', '');
      for (const d of r.diagnostics) out.push(`- ${d.place.start.line}:${d.place.start.column} **${d.severity}** ${d.reason} ([${d.ruleId}](${d.url}))`);
    }
    out.push('');
  }
  return out.join('\n');
}
