/**
 * Evidence helpers shared by the role rules (title-duty-mismatch, ambiguous-title, mixed-role),
 * and the retitle report of the title rules.
 */
import type { Evidence, RoleProfile } from '../analysis/index.js';
import type { Report, RuleContext } from './rule.js';
import { quoteSpan } from '../shared/index.js';
import type { Role } from '../lexicon/index.js';

/** The strongest phrases for a role, one per stretch of text. */
export function topPhrases(evidence: Evidence[], role: Role, limit: number): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const e of evidence) {
    if (e.role !== role || e.weight <= 0) continue;
    const key = e.text.toLowerCase();
    // One phrase per stretch of text: "Build RAG" and "RAG pipelines" overlap, name one of them.
    if (seen.has(key) || out.some((o) => o.start < e.end && e.start < o.end)) continue;
    seen.add(key);
    out.push(e);
    if (out.length === limit) break;
  }
  return out;
}

/** The title role the duties are compared with: the one of the title's roles with most evidence. */
export function bestTitleRole(profile: RoleProfile): Role {
  return [...profile.titleRoles].sort((a, b) => profile.scores[b] - profile.scores[a])[0] as Role;
}

/** Phrases as messages name them: “text” line:column. */
export function namePhrases(context: RuleContext, phrases: Evidence[]): string[] {
  return phrases.map((e) => {
    const quote = quoteSpan(context.posting.text, e.start, e.end);
    const at = context.locate(quote.start);
    return `“${quote.text}” ${at.line}:${at.column}`;
  });
}

/** What a title rule says about the title; `reportRetitle` adds where and what to write instead. */
export interface RetitleFinding {
  messageId: string;
  /** Message data; `title` and `suggestion` are filled in. */
  data: Record<string, string | number>;
  note: string;
  evidence: Record<string, unknown>;
  emphasis?: 'minor' | 'major';
}

/**
 * The one report of the title rules (title-duty-mismatch, ambiguous-title): on the title, with
 * the title as `actual` and the decision's retitle as the only replacement (editors offer it as a
 * quick fix). Nothing is reported without a title or a retitle.
 */
export function reportRetitle(context: RuleContext, report: Report, finding: RetitleFinding): void {
  const { title, posting, decision } = context;
  const suggestion = decision.retitle;
  if (!title || !posting.title || suggestion === null) return;
  report({
    messageId: finding.messageId,
    ...(finding.emphasis ? { emphasis: finding.emphasis } : {}),
    data: { title: title.text, suggestion, ...finding.data },
    start: posting.title.span.start,
    end: posting.title.span.end,
    actual: title.text,
    expected: [suggestion],
    note: finding.note,
    evidence: finding.evidence,
  });
}
