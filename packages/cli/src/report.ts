import { describeDeduction, ruleUrl, type PostingScore } from '@jdlint/core';
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
            ...(r.score ? { score: r.score } : {}),
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
    if (p.questions.every((q) => q.answer === 'not-applicable')) out.push(`  questions    ${p.questions[0]?.text ?? ''}`);
    else
      for (const q of p.questions) {
        out.push(`  ${q.question}`, `    ${q.text}`);
        for (const e of q.evidence) out.push(`      ${e.line}:${e.column}  ${e.side}: ${e.text}`);
      }
    out.push('  hire', ...wrap(p.recommendation.text, 96).map((l) => `    ${l}`));
    if (r.score) out.push(...scoreText(r.score));
    out.push('');
  }
  return out.join('\n');
}

/** The score block of the text report: the total, then each category with what it lost and why. */
function scoreText(s: PostingScore): string[] {
  const out = [`  score        ${s.total} of ${s.max}`];
  const w = Math.max(...s.categories.map((c) => c.name.length));
  for (const c of s.categories) {
    const head = `    ${c.name.padEnd(w)}  ${String(c.score).padStart(3)}`;
    if (c.deductions.length === 0) out.push(head);
    c.deductions.forEach((d, i) => out.push(`${i === 0 ? head : ' '.repeat(head.length)}  −${d.points} ${d.ruleId} (${describeDeduction(d)})`));
  }
  return out;
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
    const answered = p.questions.filter((q) => q.answer !== 'not-applicable');
    if (answered.length) {
      out.push('', '### Hiring questions', '');
      for (const q of answered) {
        out.push(`- **${md(q.question)}** ${md(q.text)}`);
        for (const e of q.evidence) out.push(`  - ${e.line}:${e.column} ${e.side}: ${md(e.text)}`);
      }
    }
    out.push('', '### Whom to hire', '', md(p.recommendation.text));
    if (r.score) {
      out.push('', `### Score: ${r.score.total} of ${r.score.max}`, '', '| category | weight | score | deductions |', '|---|--:|--:|---|');
      for (const c of r.score.categories) {
        const lost = c.deductions.map((d) => `−${d.points} [${d.ruleId}](${ruleUrl(d.ruleId)}) (${md(describeDeduction(d))})`).join('; ');
        out.push(`| ${md(c.name)} | ${c.weight}% | ${c.score} | ${lost || 'none'} |`);
      }
    }
    if (r.diagnostics.length) {
      out.push('', '### Findings', '');
      for (const d of r.diagnostics) out.push(`- ${d.place.start.line}:${d.place.start.column} **${d.severity}** ${d.reason} ([${d.ruleId}](${d.url}))`);
    }
    out.push('');
  }
  return out.join('\n');
}
