/**
 * Inline control comments, read from the mdast tree's `html` nodes (block and inline):
 *
 *   <!-- jdlint-disable -->                      every rule, from here on
 *   <!-- jdlint-disable rule-a, rule-b -->       these rules, from here on
 *   <!-- jdlint-enable -->                       every rule again
 *   <!-- jdlint-enable rule-a -->                this rule again
 *   <!-- jdlint-disable-line rule-a -->          findings that start on the comment's own line
 *   <!-- jdlint-disable-next-line rule-a -->     findings that start on the next line with text
 *   <!-- jdlint-disable rule-a -- why -->        after ` -- `, a justification (ESLint's syntax)
 *
 * A comment that starts `<!-- jdlint-` but names an unknown directive, or a rule id that does not
 * exist, changes nothing and is reported by `valid-control-comment` (see `controlProblems`).
 * A finding is judged by where it starts. A `jdlint-disable` that comes before any prose (only
 * front matter and other comments above it) also covers the front matter, so a posting can turn
 * off a finding on its front-matter title. Pure: no I/O, so the CLI, the remark plugin and a
 * language server share it.
 */
import type { Nodes, Root } from 'mdast';
import type { Diagnostic } from '../shared/index.js';

export type ControlKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export const DIRECTIVES: readonly ControlKind[] = ['disable', 'enable', 'disable-line', 'disable-next-line'];

/** The rule that reports broken control comments; its findings are never turned off by them. */
export const CONTROL_RULE_ID = 'valid-control-comment';

export interface ControlComment {
  /** The directive; `unknown` for a `jdlint-` word that is none of them (see `directive`). */
  kind: ControlKind | 'unknown';
  /** The word after `jdlint-`, as written. */
  directive: string;
  /** The rule ids it names; null means every rule. */
  ruleIds: string[] | null;
  /** What follows ` -- `: why the rules are off (empty when not given). */
  justification: string;
  /** Source offset where the directive takes effect. */
  offset: number;
  /** Source range of the comment itself, `<!--` to `-->`. */
  start: number;
  end: number;
  /** For `disable-line` and `disable-next-line`: the 1-based line it covers. */
  line?: number;
}

const HEAD = /<!--\s*jdlint-([A-Za-z]+(?:-[A-Za-z]+)*)(?![A-Za-z])/y;

/**
 * The jdlint comments in a piece of HTML, in order: what `/<!--\s*jdlint-…([\s\S]*?)-->/g` finds,
 * in linear time (that regex rescans to the end for every unclosed comment: quadratic).
 */
function* comments(raw: string): Generator<{ index: number; length: number; kind: string; body: string }> {
  let at = raw.indexOf('<!--');
  while (at >= 0) {
    HEAD.lastIndex = at;
    const head = HEAD.exec(raw);
    if (!head) {
      at = raw.indexOf('<!--', at + 1);
      continue;
    }
    const close = raw.indexOf('-->', at + head[0].length);
    if (close < 0) return; // nothing after this closes: no later comment can either
    yield { index: at, length: close + 3 - at, kind: head[1] as string, body: raw.slice(at + head[0].length, close) };
    at = raw.indexOf('<!--', close + 3);
  }
}

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Every jdlint control comment in the tree, in source order. */
export function parseControlComments(tree: Root, source: string): ControlComment[] {
  // Most postings have no comment at all: nothing to walk.
  if (!source.includes('jdlint-')) return [];
  const starts = lineStarts(source);
  const found: ControlComment[] = [];
  let seenProse = false;

  const visit = (node: Nodes): void => {
    if (node.type === 'html') {
      const base = node.position?.start.offset;
      if (base === undefined) return;
      const raw = source.slice(base, node.position?.end.offset ?? base);
      for (const match of comments(raw)) {
        const kind: ControlComment['kind'] = (DIRECTIVES as readonly string[]).includes(match.kind) ? (match.kind as ControlKind) : 'unknown';
        const [list = '', ...why] = match.body.split(/\s--(?=\s|$)/);
        const ids = list
          .split(/[\s,]+/)
          .map((s) => s.trim())
          .filter((s) => s.length > 0 && s !== '--');
        const at = base + match.index;
        const end = at + match.length;
        const comment: ControlComment = {
          kind,
          directive: match.kind,
          ruleIds: ids.length > 0 ? ids : null,
          justification: why.join(' --').trim(),
          offset: kind === 'disable' && !seenProse ? 0 : at,
          start: at,
          end,
        };
        if (kind === 'disable-line') comment.line = lineOf(starts, at);
        if (kind === 'disable-next-line') {
          // The next line that has text: a blank line between the comment and its target is allowed.
          let line = lineOf(starts, end) + 1;
          while (line <= starts.length && source.slice(starts[line - 1], starts[line] ?? source.length).trim() === '') line++;
          comment.line = line;
        }
        found.push(comment);
      }
      return;
    }
    if (node.type !== 'root' && node.type !== 'yaml' && !('children' in node)) seenProse = true;
  };
  // Pre-order, with an explicit stack: Markdown nests without limit, the call stack does not.
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    visit(node);
    if (node.type !== 'html' && 'children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/** The comment that turns off the diagnostic's rule where the diagnostic starts, or null. */
function disabledBy(comments: readonly ControlComment[], d: Diagnostic): ControlComment | null {
  let all: ControlComment | null = null;
  const disabled = new Map<string, ControlComment>();
  const enabled = new Set<string>(); // exceptions while everything is disabled
  for (const c of comments) {
    if (c.kind === 'unknown') continue;
    if (c.kind === 'disable-line' || c.kind === 'disable-next-line') {
      if (c.line === d.place.start.line && (c.ruleIds === null || c.ruleIds.includes(d.ruleId))) return c;
      continue;
    }
    if (c.offset > d.place.start.offset) continue;
    if (c.kind === 'disable') {
      if (c.ruleIds === null) {
        all = c;
        enabled.clear();
      } else for (const id of c.ruleIds) {
        disabled.set(id, c);
        enabled.delete(id);
      }
    } else if (c.ruleIds === null) {
      all = null;
      disabled.clear();
      enabled.clear();
    } else for (const id of c.ruleIds) {
      disabled.delete(id);
      if (all) enabled.add(id);
    }
  }
  return disabled.get(d.ruleId) ?? (all && !enabled.has(d.ruleId) ? all : null);
}

/** ESLint's record of why a message was suppressed: by a directive comment, with its justification. */
export interface Suppression {
  kind: 'directive';
  justification: string;
}

export type SuppressedDiagnostic<D extends Diagnostic = Diagnostic> = D & { suppressions: Suppression[] };

/** Splits the diagnostics into those reported and those inline control comments turn off. */
export function partitionControlled<D extends Diagnostic>(diagnostics: readonly D[], comments: readonly ControlComment[]): { kept: D[]; suppressed: Array<SuppressedDiagnostic<D>> } {
  if (comments.length === 0) return { kept: [...diagnostics], suppressed: [] };
  const kept: D[] = [];
  const suppressed: Array<SuppressedDiagnostic<D>> = [];
  for (const d of diagnostics) {
    const by = d.ruleId === CONTROL_RULE_ID ? null : disabledBy(comments, d);
    if (by) suppressed.push({ ...d, suppressions: [{ kind: 'directive', justification: by.justification }] });
    else kept.push(d);
  }
  return { kept, suppressed };
}

/** Drops the diagnostics that inline control comments turn off. */
export function applyControlComments<D extends Diagnostic>(diagnostics: readonly D[], comments: readonly ControlComment[]): D[] {
  return partitionControlled(diagnostics, comments).kept;
}

/** A control comment that does nothing as written: an unknown directive, or an unknown rule id. */
export interface ControlProblem {
  comment: ControlComment;
  /** The unknown directive (`jdlint-…`), or the unknown rule id. */
  kind: 'directive' | 'rule';
  name: string;
  /** The closest known directive or rule id, when one is close. */
  suggestion: string | null;
}

/** Levenshtein distance, for "did you mean" suggestions (short strings only). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/** The known name closest to `name`, when it is within a third of its length (ESLint-style typo help). */
function closest(name: string, known: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(1, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    const d = distance(name.toLowerCase(), candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** What is wrong with each comment, in source order: unknown directives, then unknown rule ids. */
export function controlProblems(comments: readonly ControlComment[], ruleIds: ReadonlySet<string>): ControlProblem[] {
  const problems: ControlProblem[] = [];
  for (const comment of [...comments].sort((a, b) => a.start - b.start)) {
    if (comment.kind === 'unknown') {
      problems.push({ comment, kind: 'directive', name: `jdlint-${comment.directive}`, suggestion: ((s) => (s ? `jdlint-${s}` : null))(closest(comment.directive, DIRECTIVES)) });
      continue;
    }
    for (const id of comment.ruleIds ?? []) if (!ruleIds.has(id)) problems.push({ comment, kind: 'rule', name: id, suggestion: closest(id, ruleIds) });
  }
  return problems;
}
