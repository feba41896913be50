/**
 * Inline control comments, read from the mdast tree's `html` nodes (block and inline):
 *
 *   <!-- jdlint-disable -->                      every rule, from here on
 *   <!-- jdlint-disable rule-a, rule-b -->       these rules, from here on
 *   <!-- jdlint-enable -->                       every rule again
 *   <!-- jdlint-enable rule-a -->                this rule again
 *   <!-- jdlint-disable-next-line rule-a -->     findings that start on the next line with text
 *
 * A finding is judged by where it starts. A `jdlint-disable` that comes before any prose (only
 * front matter and other comments above it) also covers the front matter, so a posting can turn
 * off a finding on its front-matter title. Pure: no I/O, so the CLI, the remark plugin and a
 * language server share it.
 */
import type { Nodes, Root } from 'mdast';
import type { Diagnostic } from '../shared/index.js';

export type ControlKind = 'disable' | 'enable' | 'disable-next-line';

export interface ControlComment {
  kind: ControlKind;
  /** The rule ids it names; null means every rule. */
  ruleIds: string[] | null;
  /** Source offset where the directive takes effect. */
  offset: number;
  /** For `disable-next-line`: the 1-based line it covers. */
  line?: number;
}

const HEAD = /<!--\s*jdlint-(disable-next-line|disable|enable)(?=[\s-])/y;

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
        const kind = match.kind as ControlKind;
        const ids = match.body
          .split(/[\s,]+/)
          .map((s) => s.trim())
          .filter((s) => s.length > 0 && s !== '--');
        const at = base + match.index;
        const end = at + match.length;
        const comment: ControlComment = { kind, ruleIds: ids.length > 0 ? ids : null, offset: kind === 'disable' && !seenProse ? 0 : at };
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

/** True when `comments` turn off the diagnostic's rule where the diagnostic starts. */
function isDisabled(comments: readonly ControlComment[], d: Diagnostic): boolean {
  let all = false;
  const disabled = new Set<string>();
  const enabled = new Set<string>(); // exceptions while everything is disabled
  for (const c of comments) {
    if (c.kind === 'disable-next-line') {
      if (c.line === d.place.start.line && (c.ruleIds === null || c.ruleIds.includes(d.ruleId))) return true;
      continue;
    }
    if (c.offset > d.place.start.offset) continue;
    if (c.kind === 'disable') {
      if (c.ruleIds === null) {
        all = true;
        enabled.clear();
      } else for (const id of c.ruleIds) {
        disabled.add(id);
        enabled.delete(id);
      }
    } else if (c.ruleIds === null) {
      all = false;
      disabled.clear();
      enabled.clear();
    } else for (const id of c.ruleIds) {
      disabled.delete(id);
      if (all) enabled.add(id);
    }
  }
  return disabled.has(d.ruleId) || (all && !enabled.has(d.ruleId));
}

/** Drops the diagnostics that inline control comments turn off. */
export function applyControlComments<D extends Diagnostic>(diagnostics: readonly D[], comments: readonly ControlComment[]): D[] {
  if (comments.length === 0) return [...diagnostics];
  return diagnostics.filter((d) => !isDisabled(comments, d));
}
