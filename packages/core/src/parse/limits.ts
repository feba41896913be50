/**
 * Limits on the Markdown jdlint hands to its parser, after markdown-it's `maxNesting`.
 *
 * micromark (under remark-parse) and the GFM tree transforms recurse once per nesting level and
 * go quadratic on a few shapes that no posting has but any repository can contain: containers
 * nested thousands deep (`>>>>…`, `- - - …`), thousands of emphasis, link, code or HTML
 * delimiters in one paragraph, thousands of unindented lines continuing one paragraph inside a
 * quote or list item. Measured before the change, 20,000 nested quotes overflowed the stack,
 * 4,000 unmatched `*a_ ` took 3.5 s and 16,000 lazy lines in one list item 9 s, and
 * the cost grows with the square of each.
 *
 * `checkMarkdownLimits` measures those three quantities in one linear pass over the source, with
 * upper-bound approximations of CommonMark's rules (it may overcount, never undercount much).
 * A posting beyond a limit is read by `parsePlainText` instead: a linear line reader that keeps
 * front matter, ATX headings, list items, paragraphs and comment lines, with exact positions, and
 * leaves inline Markdown as it is written. The `markdown-limits` rule says so.
 */
import type { Heading, Html, List, ListItem, Paragraph, Root, RootContent, Text, Yaml } from 'mdast';
import { LineIndex } from '../shared/index.js';

export const MARKDOWN_LIMITS = {
  /** Quotes and list items open on one line. Postings use 3 or 4; markdown-it's default is 100, its CommonMark preset 20. */
  nesting: 32,
  /** Emphasis, link, code, strikethrough and HTML delimiters in one paragraph (a paragraph naming 40 linked, bolded tools has about 300). */
  delimiters: 500,
  /** Unindented lines continuing one paragraph inside a quote, list item or footnote. */
  lazyLines: 256,
  /**
   * Nested lists and quotes closed inside one list or quote (micromark copies its whole event list
   * for each: a list of 4,000 items with a sub-item each, 40 KB, took 6 s). A posting closes a few dozen.
   */
  closings: 200,
} as const;

/** A measured limit, or `stack`: the parser overflowed the call stack on a shape the measures missed. */
export type MarkdownLimit = keyof typeof MARKDOWN_LIMITS | 'stack';

export interface MarkdownLimitProblem {
  limit: MarkdownLimit;
  /** What was measured (an upper bound). */
  actual: number;
  max: number;
  /** Source range of the line (nesting) or paragraph (delimiters, lazy lines) over the limit. */
  start: number;
  end: number;
}

declare module 'mdast' {
  interface RootData {
    /** Set by jdlint's parser when the source exceeded a limit and was read as plain text. */
    jdlintMarkdownLimit?: MarkdownLimitProblem;
  }
}

const SPACE = 32;
const TAB = 9;
const CR = 13;
const DELIMITERS = new Set(['*', '_', '~', '[', ']', '<', '`']);
/** CommonMark's HTML block names (kinds 1 and 6): a paragraph that starts with one is HTML, whose delimiters micromark does not pair. */
const HTML_BLOCK =
  /^<\/?(address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|pre|script|search|section|source|style|summary|table|tbody|td|textarea|tfoot|th|thead|title|tr|track|ul)(?=[\s/>]|$)|^<!--|^<\?|^<![A-Za-z]|^<!\[CDATA\[/i;

/** CommonMark's HTML block of kind 7: one complete open or closing tag, alone on its line. */
const HTML_TAG_LINE = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;

interface Line {
  start: number;
  /** End, before `\r\n` or `\n`. */
  end: number;
}

/** The lines of a source; `\r\n`, `\n` and a lone `\r` end a line, as in CommonMark. */
function* lines(source: string): Generator<Line> {
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c !== 10 && c !== CR) continue;
    yield { start, end: i };
    if (c === CR && source.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  yield { start, end: source.length };
}

function isBlankFrom(source: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c !== SPACE && c !== TAB) return false;
  }
  return true;
}

/** `* * *`, `---`, `___`: a thematic break, not a list of empty items. */
function isThematicBreak(source: string, from: number, end: number): boolean {
  let mark = '';
  let count = 0;
  for (let i = from; i < end; i++) {
    const c = source[i] as string;
    if (c === ' ' || c === '\t') continue;
    if (mark === '' && (c === '-' || c === '*' || c === '_')) mark = c;
    if (c !== mark) return false;
    count++;
  }
  return count >= 3;
}

/** The front matter's range: its value (between the fences) and the end of its closing fence. */
function frontMatter(source: string): { valueStart: number; valueEnd: number; end: number } | null {
  const it = lines(source);
  const first = it.next().value as Line;
  if (source.slice(first.start, first.end).trimEnd() !== '---') return null;
  let valueStart = -1;
  let valueEnd = -1;
  for (const line of it) {
    if (valueStart < 0) valueStart = line.start;
    if (source.slice(line.start, line.end).trimEnd() === '---') return { valueStart, valueEnd: Math.max(valueStart, valueEnd), end: line.end };
    valueEnd = line.end;
  }
  return null;
}

interface Prefix {
  /** `>` markers on the line. */
  quotes: number;
  /** Content columns of the list items the line opens. */
  items: number[];
  /** Column of the first list marker (or of the content when there is none). */
  itemColumn: number;
  /** Ordered item not numbered 1, or an empty item: these cannot interrupt a paragraph. */
  weakItem: boolean;
  /** Source offset and column where the content starts. */
  content: number;
  column: number;
}

function readPrefix(source: string, start: number, end: number): Prefix {
  let i = start;
  let col = 0;
  const prefix: Prefix = { quotes: 0, items: [], itemColumn: -1, weakItem: false, content: start, column: 0 };
  const thematic = isThematicBreak(source, start, end);
  for (;;) {
    while (i < end) {
      const c = source.charCodeAt(i);
      if (c === SPACE) col++;
      else if (c === TAB) col += 4 - (col % 4);
      else break;
      i++;
    }
    if (i >= end) break;
    const c = source[i] as string;
    if (c === '>') {
      prefix.quotes++;
      i++;
      col++;
      continue;
    }
    if (thematic) break;
    let j = i;
    let ordered = false;
    if (c === '-' || c === '*' || c === '+') j = i + 1;
    else {
      while (j < end && j - i < 9 && source.charCodeAt(j) >= 48 && source.charCodeAt(j) <= 57) j++;
      if (j === i || (source[j] !== '.' && source[j] !== ')')) break;
      ordered = true;
      j++;
    }
    const after = j < end ? source.charCodeAt(j) : -1;
    if (after !== SPACE && after !== TAB && after !== -1) break;
    if (prefix.itemColumn < 0) prefix.itemColumn = col;
    if ((ordered && source.slice(i, j - 1) !== '1') || isBlankFrom(source, j, end)) prefix.weakItem = true;
    col += j - i;
    i = j;
    prefix.items.push(col + 1);
  }
  prefix.content = i;
  prefix.column = col;
  if (prefix.itemColumn < 0) prefix.itemColumn = col;
  return prefix;
}

/** Measures a source against `MARKDOWN_LIMITS`; the first limit it exceeds, or null. Linear time. */
export function checkMarkdownLimits(source: string, limits: typeof MARKDOWN_LIMITS = MARKDOWN_LIMITS): MarkdownLimitProblem | null {
  const fm = frontMatter(source);
  const items: number[] = []; // content columns of the open list items, innermost last
  let fence: { mark: string; length: number } | null = null;
  let previousBlank = true;
  let previousParagraph = false;
  // The paragraph being read: where it started, what it counts.
  let unit: { start: number; end: number; delimiters: number; lazy: number; container: boolean; html: boolean; table: boolean; lines: number } | null = null;

  // Nested containers closed since the last line that closes everything (see blockBoundaries).
  let closings = 0;
  let region = { start: 0, end: 0 };
  let quotes = 0;
  const regionProblem = (): MarkdownLimitProblem | null =>
    closings > limits.closings ? { limit: 'closings', actual: closings, max: limits.closings, start: region.start, end: region.end } : null;

  const close = (): MarkdownLimitProblem | null => {
    const u = unit;
    unit = null;
    if (u && u.delimiters > limits.delimiters) return { limit: 'delimiters', actual: u.delimiters, max: limits.delimiters, start: u.start, end: u.end };
    if (u && u.lazy > limits.lazyLines) return { limit: 'lazyLines', actual: u.lazy, max: limits.lazyLines, start: u.start, end: u.end };
    return null;
  };

  for (const line of lines(source)) {
    if (fm && line.start <= fm.end) continue;
    const { start, end } = line;
    if (fence) {
      // Inside fenced code: nothing nests or pairs; look only for the closing fence.
      let i = start;
      while (i < end && (source[i] === ' ' || source[i] === '\t' || source[i] === '>')) i++;
      let n = 0;
      while (i + n < end && source[i + n] === fence.mark) n++;
      if (n >= fence.length && isBlankFrom(source, i + n, end)) fence = null;
      continue;
    }
    const prefix = readPrefix(source, start, end);
    // Quotes open even on a line with nothing after them.
    if (prefix.quotes > limits.nesting) return { limit: 'nesting', actual: prefix.quotes + prefix.items.length, max: limits.nesting, start, end };
    const blank = prefix.items.length === 0 && isBlankFrom(source, prefix.content, end);
    if (blank) {
      const problem = close();
      if (problem) return problem;
      previousBlank = true;
      previousParagraph = false;
      quotes = 0;
      continue;
    }
    if (previousBlank && prefix.quotes === 0 && prefix.items.length === 0 && prefix.column === 0) {
      // Every container closes here: a new region.
      const problem = regionProblem();
      if (problem) return problem;
      closings = 0;
      region = { start, end };
    }
    region.end = end;
    // A weak item cannot interrupt a paragraph: the line continues it instead.
    const opens = prefix.items.length > 0 && !(prefix.weakItem && previousParagraph && !previousBlank);
    if (opens) {
      let popped = 0;
      while (items.length > 0 && (items[items.length - 1] as number) > prefix.itemColumn) {
        items.pop();
        popped++;
      }
      // A sibling item replaces one; every other item popped closes a nested list.
      closings += Math.max(0, popped - 1) + Math.max(0, quotes - prefix.quotes);
      items.push(...prefix.items);
      const depth = prefix.quotes + items.length;
      if (depth > limits.nesting) return { limit: 'nesting', actual: depth, max: limits.nesting, start, end };
    } else {
      if (prefix.quotes > limits.nesting) return { limit: 'nesting', actual: prefix.quotes, max: limits.nesting, start, end };
      if (previousBlank) {
        while (items.length > 0 && (items[items.length - 1] as number) > prefix.column) {
          items.pop();
          closings++;
        }
      }
    }
    if (opens || prefix.quotes > 0 || previousBlank) quotes = prefix.quotes;
    const content = prefix.content;
    const c0 = source[content];
    // Fenced code, ATX headings and HTML start blocks of their own.
    let fenceLength = 0;
    while ((c0 === '`' || c0 === '~') && source[content + fenceLength] === c0) fenceLength++;
    if (fenceLength >= 3) {
      const problem = close();
      if (problem) return problem;
      fence = { mark: c0 as string, length: fenceLength };
      previousBlank = false;
      previousParagraph = false;
      continue;
    }
    const heading = c0 === '#' && /^#{1,6}(?:[ \t]|$)/.test(source.slice(content, content + 8));
    if (opens || heading || unit === null || previousBlank) {
      const problem = close();
      if (problem) return problem;
      const footnote = c0 === '[' && source[content + 1] === '^';
      unit = {
        start,
        end,
        delimiters: 0,
        lazy: 0,
        container: prefix.quotes > 0 || opens || footnote || items.length > 0,
        html: c0 === '<' && HTML_BLOCK.test(source.slice(content, content + 16)),
        table: false,
        lines: 0,
      };
    } else if (unit.container && prefix.quotes === 0 && (items.length === 0 || prefix.column < (items[items.length - 1] as number))) {
      unit.lazy++;
    }
    const u = unit;
    u.lines++;
    u.end = end;
    // A GFM table (second line a delimiter row): each row is parsed on its own.
    if (u.lines === 2 && /^[\s|:-]+$/.test(source.slice(content, end)) && source.slice(content, end).includes('|') && source.slice(content, end).includes('-')) u.table = true;
    if (u.table) u.delimiters = 0;
    if (!u.html) {
      for (let i = content; i < end; i++) if (DELIMITERS.has(source[i] as string)) u.delimiters++;
    }
    if (u.table && u.delimiters > limits.delimiters) return { limit: 'delimiters', actual: u.delimiters, max: limits.delimiters, start, end };
    previousBlank = false;
    previousParagraph = !heading;
    if (heading) {
      const problem = close();
      if (problem) return problem;
    }
  }
  return close() ?? regionProblem();
}

/**
 * Reads a source as plain text, in linear time and without recursion: front matter, ATX headings,
 * list items (one list per run of items), paragraphs, and lines that are only an HTML comment
 * (so inline control comments still work). Text nodes hold the source as written.
 */
export function parsePlainText(source: string): Root {
  const index = new LineIndex(source);
  const position = (start: number, end: number) => ({ start: index.point(start), end: index.point(end) });
  const root: Root = { type: 'root', children: [], position: position(0, source.length) };
  const fm = frontMatter(source);
  if (fm) {
    const yaml: Yaml = { type: 'yaml', value: source.slice(fm.valueStart, fm.valueEnd), position: position(0, fm.end) };
    root.children.push(yaml);
  }
  // The paragraph being read; its text is cut from the source once, when it ends.
  let paragraph: { node: Paragraph; text: Text; start: number; end: number } | null = null;
  let list: List | null = null;
  const text = (start: number, end: number): Text => ({ type: 'text', value: source.slice(start, end), position: position(start, end) });
  const endParagraph = () => {
    if (paragraph && paragraph.text.position?.end.offset !== paragraph.end) {
      Object.assign(paragraph.text, text(paragraph.start, paragraph.end));
      (paragraph.node.position as NonNullable<Paragraph['position']>).end = index.point(paragraph.end);
    }
    paragraph = null;
  };
  const push = (node: RootContent) => {
    endParagraph();
    root.children.push(node);
  };

  for (const line of lines(source)) {
    if (fm && line.start <= fm.end) continue;
    const { start, end } = line;
    let content = start;
    while (content < end && (source[content] === ' ' || source[content] === '\t')) content++;
    const trimmedEnd = (() => {
      let e = end;
      while (e > content && (source[e - 1] === ' ' || source[e - 1] === '\t')) e--;
      return e;
    })();
    if (content >= trimmedEnd) {
      endParagraph();
      list = null;
      continue;
    }
    const raw = source.slice(content, Math.min(trimmedEnd, content + 8));
    const heading = /^(#{1,6})(?:[ \t]|$)/.exec(raw);
    if (heading) {
      list = null;
      let from = content + (heading[1] as string).length;
      while (from < trimmedEnd && (source[from] === ' ' || source[from] === '\t')) from++;
      const node: Heading = { type: 'heading', depth: (heading[1] as string).length as Heading['depth'], children: from < trimmedEnd ? [text(from, trimmedEnd)] : [], position: position(start, end) };
      push(node);
      continue;
    }
    if (raw.startsWith('<!--') && source.slice(trimmedEnd - 3, trimmedEnd) === '-->') {
      list = null;
      const node: Html = { type: 'html', value: source.slice(content, trimmedEnd), position: position(content, trimmedEnd) };
      push(node);
      continue;
    }
    const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(raw);
    if (marker && !isThematicBreak(source, content, trimmedEnd)) {
      let from = content + marker[0].length;
      while (from < trimmedEnd && (source[from] === ' ' || source[from] === '\t')) from++;
      const ordered = /\d/.test(marker[0]);
      endParagraph();
      if (!list || list.ordered !== ordered) {
        list = { type: 'list', ordered, spread: false, children: [], position: position(start, end) };
        push(list);
      }
      const t = text(from, trimmedEnd);
      const node: Paragraph = { type: 'paragraph', children: [t], position: position(from, trimmedEnd) };
      const item: ListItem = { type: 'listItem', spread: false, children: [node], position: position(content, trimmedEnd) };
      list.children.push(item);
      (list.position as NonNullable<List['position']>).end = index.point(trimmedEnd);
      paragraph = { node, text: t, start: from, end: trimmedEnd };
      continue;
    }
    if (paragraph) {
      // A continuation line: the paragraph's text runs on to the end of this line, as written.
      paragraph.end = trimmedEnd;
      continue;
    }
    list = null;
    const t = text(content, trimmedEnd);
    const node: Paragraph = { type: 'paragraph', children: [t], position: position(content, trimmedEnd) };
    push(node);
    paragraph = { node, text: t, start: content, end: trimmedEnd };
  }
  endParagraph();
  return root;
}

/** HTML blocks that run past blank lines (CommonMark kinds 1–5), with the text that ends each. */
const HTML_SPANNING: Array<[RegExp, string]> = [
  [/^<(script|pre|style|textarea)(?=[\s>]|$)/i, '</'],
  [/^<!--/, '-->'],
  [/^<\?/, '?>'],
  [/^<![A-Za-z]/, '>'],
  [/^<!\[CDATA\[/, ']]>'],
];

/**
 * Offsets where a source can be cut into pieces that parse the same on their own: the start of an
 * unindented line after a blank line that opens no quote or list item, outside front matter,
 * fenced code and HTML that spans blank lines. Every container is closed there. Pieces are at
 * least `min` characters long. Linear time.
 */
export function blockBoundaries(source: string, min: number): number[] {
  const fm = frontMatter(source);
  const cuts: number[] = [];
  let last = 0;
  let previousBlank = false;
  let paragraph = false; // the previous line continues a paragraph (an HTML line of kind 7 cannot interrupt it)
  let fence: { mark: string; length: number } | null = null;
  let htmlEnd: string | null = null; // HTML of kinds 1–5: until this text
  let endPattern: RegExp | null = null;
  let htmlToBlank = false; // HTML of kinds 6 and 7: until a blank line
  let heldOpen = false;
  for (const { start, end } of lines(source)) {
    if (fm && start <= fm.end) continue;
    if (htmlEnd !== null) {
      if (source.slice(start, end).includes(htmlEnd) && (endPattern === null || endPattern.test(source.slice(start, end)))) htmlEnd = null;
      previousBlank = false;
      continue;
    }
    if (fence) {
      let i = start;
      while (i < end && i - start < 3 && source[i] === ' ') i++;
      let n = 0;
      while (i + n < end && source[i + n] === fence.mark) n++;
      if (n >= fence.length && isBlankFrom(source, i + n, end)) fence = null;
      previousBlank = false;
      continue;
    }
    if (isBlankFrom(source, start, end)) {
      previousBlank = true;
      paragraph = false;
      htmlToBlank = false;
      continue;
    }
    if (htmlToBlank) continue;
    const c0 = source[start] as string;
    // Not before a byte-order mark or a `---` line: at the start of a piece, micromark would drop
    // the one and read the other as front matter.
    const special = c0 === '\ufeff' || c0 === '-';
    const prefix = readPrefix(source, start, end);
    if (previousBlank && !special && c0 !== ' ' && c0 !== '\t' && c0 !== '>' && prefix.items.length === 0) {
      // Every container closes here; one that held open code or HTML took the blank lines before
      // as its content, which it would not do at the end of a piece, so that line is no cut.
      if (heldOpen) heldOpen = false;
      else if (start - last >= min) {
        cuts.push(start);
        last = start;
      }
    }
    previousBlank = false;
    if (prefix.quotes > 0 || prefix.items.length > 0 || prefix.column >= 4) {
      // Inside a quote or list item: code fences and HTML that would hold blank lines.
      const inner = source.slice(prefix.content, Math.min(end, prefix.content + 16));
      if (/^(`{3,}|~{3,})/.test(inner) || /^</.test(inner)) heldOpen = true;
      paragraph = prefix.column < 4 || paragraph;
      continue;
    }
    // Top-level blocks that continue past blank lines, or take the lines up to one as theirs.
    const rest = source.slice(prefix.content, end);
    const fenceRun = /^(`{3,}|~{3,})/.exec(rest);
    // A backtick fence's info string has no backtick (else the line is inline code).
    if (fenceRun && !(fenceRun[1]?.[0] === '`' && rest.slice((fenceRun[1] as string).length).includes('`'))) {
      fence = { mark: (fenceRun[1] as string)[0] as string, length: (fenceRun[1] as string).length };
      paragraph = false;
      continue;
    }
    const head = rest.slice(0, 16);
    const spanning = HTML_SPANNING.find(([opens]) => opens.test(head));
    if (spanning) {
      const name = /^<(script|pre|style|textarea)/i.exec(head)?.[1];
      endPattern = name ? new RegExp(`</${name}>`, 'i') : null;
      // The end may stand on the opening line itself.
      const after = rest.slice(2);
      htmlEnd = (endPattern ? endPattern.test(after) : after.includes(spanning[1])) ? null : spanning[1];
      paragraph = false;
      continue;
    }
    if (HTML_BLOCK.test(head) || (!paragraph && HTML_TAG_LINE.test(rest))) {
      htmlToBlank = true;
      paragraph = false;
      continue;
    }
    paragraph = !/^#{1,6}(?:[ \t]|$)/.test(head) && !isThematicBreak(source, start, end);
  }
  return cuts;
}
