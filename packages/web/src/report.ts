/** The report the page downloads: Markdown a recruiter can paste into a ticket or an email. */
import type { Diagnostic, Profile } from '@jdlint/core';
import type { ScoreView } from './protocol.js';

export interface ReportInput {
  text: string;
  diagnostics: Diagnostic[];
  profile: Profile;
  score: ScoreView | null;
  roleNames: Record<string, string>;
  preset: string;
  off: string[];
}

const SEVERITY: Record<string, string> = { error: 'Error', warning: 'Warning', info: 'Suggestion' };

/** Markdown-safe inline text (no accidental emphasis, links or tables). */
function inline(s: string): string {
  return s.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

export function reportMarkdown(r: ReportInput): string {
  const role = (id: string | null | undefined): string => (id ? (r.roleNames[id] ?? id) : 'no clear role');
  const p = r.profile;
  const out: string[] = [];
  out.push(`# jdlint report: ${inline(p.title ?? 'untitled posting')}`, '');
  out.push(`Checked in the browser with jdlint (${r.preset} preset${r.off.length ? `; rules off: ${r.off.join(', ')}` : ''}). Nothing was uploaded.`, '');
  if (p.mismatch) out.push(`> **Title–duty mismatch:** the title says ${role(p.titleRoles[0])}, the duties describe ${role(p.dutyRole)}.`, '');
  out.push('## Role', '');
  out.push(`- The title says: ${p.titleRoles.filter((x) => x !== 'other').map(role).join(' + ') || 'no specific role'}`);
  out.push(`- The duties describe: ${p.confidence === 'none' ? 'too little to tell' : role(p.dutyRole)} (confidence: ${p.confidence})`);
  const shares = Object.entries(p.scores).filter(([, s]) => s > 0).sort((a, b) => b[1] - a[1]);
  for (const [id, s] of shares) out.push(`  - ${role(id)}: ${Math.round(s * 100)}%`);
  const evidence = p.evidence.filter((e) => !e.negated && e.role === p.dutyRole).slice(0, 8);
  if (evidence.length) out.push(`- Evidence: ${evidence.map((e) => `“${inline(e.text)}” (${e.line}:${e.column})`).join(', ')}`);
  out.push('', '## Whom to hire', '');
  if (p.recommendation.title) out.push(`Suggested title: **${inline(p.recommendation.title)}**`, '');
  out.push(inline(p.recommendation.text), '');
  out.push('## The hiring questions', '');
  for (const q of p.questions) {
    out.push(`- **${inline(q.question)}** ${inline(q.text)}${q.evidence.length ? ` Evidence: ${q.evidence.map((e) => `“${inline(e.text)}”`).join(', ')}.` : ''}`);
  }
  out.push('');
  if (r.score) {
    out.push(`## Score: ${Math.round(r.score.total)}/100`, '');
    for (const c of r.score.categories) {
      out.push(`- ${inline(c.name)}: ${Math.round(c.score)}`);
      for (const d of c.deductions) out.push(`  - −${d.points} ${inline(d.reason)} (\`${d.ruleId}\`)`);
    }
    out.push('');
  }
  out.push(`## Findings (${r.diagnostics.length})`, '');
  if (!r.diagnostics.length) out.push('None under these settings.', '');
  for (const d of r.diagnostics) {
    out.push(`### ${SEVERITY[d.severity] ?? d.severity} at line ${d.place.start.line}, column ${d.place.start.column}: \`${d.ruleId}\``, '');
    out.push(inline(d.reason), '');
    if (d.note) out.push(`Why it matters: ${inline(d.note)}`, '');
    if (d.expected?.length) out.push(`Write instead: ${d.expected.map((e) => `“${inline(e)}”`).join(' · ')}`, '');
    out.push(`Docs: <${d.url}>`, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
