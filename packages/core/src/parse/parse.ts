import type { Nodes, Root } from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { blockBoundaries } from './boundaries.js';
import { checkMarkdownLimits, MARKDOWN_LIMITS, type MarkdownLimitProblem } from './limits.js';
import { parsePlainText } from './plain-text.js';
import type { LastRunCache } from '../shared/index.js';

type Point = NonNullable<Root['position']>['start'];

/**
 * GitHub Flavored Markdown, one extension at a time, in remark-gfm's order. Each extension only
 * changes the tree when its construct is in the text, and no construct can appear without the
 * characters it starts with; an extension whose characters are absent is left out, which gives
 * the same tree as remark-gfm for less work (autolink literals alone nearly double the cost of
 * parsing prose, since they try an e-mail address at every word).
 */
const GFM = [
  // www. and http(s):// links, and e-mail addresses (mailto: and xmpp: ones too).
  { name: 'autolink', present: /www\.|https?:\/\/|@/i, syntax: gfmAutolinkLiteral, tree: gfmAutolinkLiteralFromMarkdown },
  { name: 'footnote', present: /\[\^/, syntax: gfmFootnote, tree: gfmFootnoteFromMarkdown },
  { name: 'strikethrough', present: /~/, syntax: gfmStrikethrough, tree: gfmStrikethroughFromMarkdown },
  { name: 'table', present: /\|/, syntax: gfmTable, tree: gfmTableFromMarkdown },
  { name: 'task-list', present: /\[/, syntax: gfmTaskListItem, tree: gfmTaskListItemFromMarkdown },
] as const;

/**
 * Front matter, like GFM, only where it can be: micromark's front matter construct starts only at
 * line 1, column 1, on the fence's first character, so a source that does not start with `-` is
 * parsed without it, and its tree is the same. (Left in, the construct is tried, and fails, at
 * every list item and thematic break, which cost a tenth of the parse of a posting of lists.)
 */
const FRONT_MATTER = 1 << GFM.length;

const processors = new Map<number, Processor<Root>>();

function processorFor(mask: number): Processor<Root> {
  let processor = processors.get(mask);
  if (!processor) {
    const used = GFM.filter((_, i) => (mask & (1 << i)) !== 0);
    // What remark-gfm does, for the extensions in use: add their syntax and tree builders.
    function gfmSubset(this: Processor): void {
      const data = this.data();
      (data.micromarkExtensions ??= []).push(...used.map((e) => e.syntax()));
      // The cast: pnpm hoists mdast-util-from-markdown 1.x (pulled in by the benchmark's alex) for
      // type look-ups from packages that do not declare it; at run time these are the 2.x builders
      // remark-gfm uses, and the parse tests compare the trees with remark-gfm's.
      (data.fromMarkdownExtensions ??= []).push(...(used.map((e) => e.tree()) as never[]));
    }
    const base = unified().use(remarkParse);
    processor = ((mask & FRONT_MATTER) !== 0 ? base.use(remarkFrontmatter, ['yaml']) : base).use(gfmSubset).freeze();
    processors.set(mask, processor);
  }
  return processor;
}

/** Parses one piece of Markdown with the GFM extensions (and front matter) its characters call for. */
function gfmParse(source: string): Root {
  let mask = source.charCodeAt(0) === 45 ? FRONT_MATTER : 0;
  GFM.forEach((e, i) => {
    if (e.present.test(source)) mask |= 1 << i;
  });
  return processorFor(mask).parse(source);
}

// micromark rewrites its whole event list each time a list or quote closes, so a document's
// parse time grows with (containers × length): 10,000 sections of a heading and a one-item list
// (270 KB) took 30 s. Sources longer than CHUNKED_FROM are parsed in pieces of at least
// CHUNK_SIZE characters, cut where every container is closed (see `blockBoundaries`). A posting
// is a few kilobytes and is parsed whole; in a chunked source, a reference link resolves only to
// a definition in its own piece.
const CHUNKED_FROM = 32 * 1024;
const CHUNK_SIZE = 4 * 1024;

/** A parsed posting: the tree, and the Markdown limit the source exceeded (then read as plain text). */
export interface ParsedMarkdown {
  tree: Root;
  /** The first limit of `MARKDOWN_LIMITS` the source exceeded, or null when it was parsed as Markdown. */
  limit: MarkdownLimitProblem | null;
}

/**
 * Parses a posting. A source beyond `MARKDOWN_LIMITS` (nesting, delimiters, lazy lines) is read
 * as plain text instead, in linear time, and the result says which limit it exceeded.
 */
export function parseDocument(source: string, reuse?: PieceCache): ParsedMarkdown {
  // micromark drops a leading byte-order mark and counts positions from after it: parse what
  // follows the mark, then move every position past it.
  if (source.charCodeAt(0) === 0xfeff) {
    const { tree, limit } = parseDocument(source.slice(1), reuse);
    shiftPositions(tree.children, 1, 0, 1);
    const end = tree.position?.end;
    if (end) tree.position = { start: { line: 1, column: 1, offset: 0 }, end: { line: end.line, column: end.column + (end.line === 1 ? 1 : 0), offset: (end.offset ?? 0) + 1 } };
    return { tree, limit: limit && { ...limit, start: limit.start + 1, end: limit.end + 1 } };
  }
  const problem = checkMarkdownLimits(source);
  if (problem !== null) return { tree: parsePlainText(source), limit: problem };
  try {
    return { tree: reuse && !CROSS_PIECE.test(source) ? parseReusing(source, reuse) : parseWithin(source), limit: null };
  } catch (error) {
    // The safety net under the measures: a shape they missed that still overflows the stack.
    if (error instanceof RangeError) return { tree: parsePlainText(source), limit: { limit: 'stack', actual: 0, max: MARKDOWN_LIMITS.nesting, start: 0, end: source.length } };
    throw error;
  }
}

/**
 * `parseDocument` as a unified parser gives it: the tree alone (the language server plugs it into
 * its remark pipeline). The limit rides on the tree's `data` to the `analyze(tree)` at the end of
 * that pipeline, where `parsedTree` reads it back; in core, only these two touch it.
 */
export function parseMarkdown(source: string, reuse?: PieceCache): Root {
  const { tree, limit } = parseDocument(source, reuse);
  if (limit) tree.data = { ...tree.data, jdlintMarkdownLimit: limit };
  return tree;
}

/** A tree handed over by a remark pipeline, with the limit `parseMarkdown` recorded on it (or none). */
export function parsedTree(tree: Root): ParsedMarkdown {
  return { tree, limit: tree.data?.jdlintMarkdownLimit ?? null };
}

function parseWithin(source: string): Root {
  return source.length > CHUNKED_FROM ? parseInPieces(source, CHUNK_SIZE) : gfmParse(source);
}

/**
 * Gives every node below `nodes` new points, moved by `offset` characters and `lines` lines (and
 * by `columns` columns on what was the first line). Iterative: trees may nest deeply.
 */
function shiftPositions(nodes: Nodes[], offset: number, lines: number, columns = 0): void {
  const stack: Nodes[] = [...nodes];
  const move = (p: Point): Point => ({ line: p.line + lines, column: p.column + (p.line === 1 ? columns : 0), offset: (p.offset ?? 0) + offset });
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (node.position) node.position = { start: move(node.position.start), end: move(node.position.end) };
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
}

/**
 * Parses a source in pieces of at least `minPiece` characters, cut at `blockBoundaries`, and joins
 * the trees with positions shifted to the whole source. Equal to a whole parse, except that a
 * reference resolves only to a definition in its own piece.
 */
export function parseInPieces(source: string, minPiece: number): Root {
  const cuts = blockBoundaries(source, minPiece);
  if (cuts.length === 0) return gfmParse(source);
  const root: Root = { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } };
  const starts = [0, ...cuts];
  // Lines as micromark counts them: \r\n, \n and a lone \r each end one.
  let lineShift = 0;
  let counted = 0;
  const linesBefore = (offset: number) => {
    for (; counted < offset; counted++) {
      const c = source.charCodeAt(counted);
      if (c === 10 || (c === 13 && source.charCodeAt(counted + 1) !== 10)) lineShift++;
    }
    return lineShift;
  };
  starts.forEach((from, i) => {
    const to = starts[i + 1] ?? source.length;
    const piece = gfmParse(source.slice(from, to));
    const shift = linesBefore(from);
    // Columns hold: each piece starts at a line start.
    shiftPositions(piece.children, from, shift);
    root.children.push(...piece.children);
    if (i === starts.length - 1 && piece.position) {
      const end = piece.position.end;
      (root.position as NonNullable<Root['position']>).end = { line: end.line + shift, column: end.column, offset: (end.offset ?? 0) + from };
    }
  });
  return root;
}

/**
 * The piece trees of the last parse of one document (an editor's open file), by piece text, with
 * positions relative to the piece (never handed out: callers get shifted copies).
 */
export type PieceCache = LastRunCache<Root>;

/**
 * Link reference and footnote definitions resolve across the whole document, so a source that
 * has any is parsed whole (a piece parsed alone would not see a definition in another piece).
 */
const CROSS_PIECE = /^ {0,3}\[[^\]\n]*\]:|\[\^/m;

/**
 * Parses a source piece by piece (cut where every container is closed, the cuts of
 * `parseInPieces`), taking unchanged pieces from the last parse of the same document: on an edit
 * only the piece that holds it is parsed again. The tree is the whole parse's (tested).
 */
function parseReusing(source: string, cache: PieceCache): Root {
  const root: Root = { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } };
  const starts = [0, ...blockBoundaries(source, 0)];
  let line = 0;
  let counted = 0;
  cache.begin();
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i] as number;
    const to = starts[i + 1] ?? source.length;
    for (; counted < from; counted++) {
      const c = source.charCodeAt(counted);
      if (c === 10 || (c === 13 && source.charCodeAt(counted + 1) !== 10)) line++;
    }
    const text = source.slice(from, to);
    const piece = cache.get(text, () => gfmParse(text));
    for (const child of piece.children) root.children.push(shiftedCopy(child, from, line));
    if (i === starts.length - 1 && piece.position) {
      const end = piece.position.end;
      (root.position as NonNullable<Root['position']>).end = { line: end.line + line, column: end.column, offset: (end.offset ?? 0) + from };
    }
  }
  cache.end();
  return root;
}

/** A copy of a node and everything below it, moved by `offset` characters and `lines` lines. */
function shiftedCopy<T extends Nodes>(node: T, offset: number, lines: number): T {
  const copy = { ...node };
  if (node.position) {
    const { start: s, end: e } = node.position;
    copy.position = { start: { line: s.line + lines, column: s.column, offset: (s.offset ?? 0) + offset }, end: { line: e.line + lines, column: e.column, offset: (e.offset ?? 0) + offset } };
  }
  if ('children' in node) (copy as { children: Nodes[] }).children = (node.children as Nodes[]).map((child) => shiftedCopy(child, offset, lines));
  return copy;
}
