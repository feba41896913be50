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
import { frontMatter, HTML_BLOCK, isBlankFrom, isDelimiter, lineList, readPrefix } from './lines.js';

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
    /**
     * Set by `parseMarkdown` (the parser front ends plug into remark) when the source exceeded a
     * limit and was read as plain text; read back by `parsedTree`. Core itself passes the limit
     * beside the tree (`ParsedMarkdown`).
     */
    jdlintMarkdownLimit?: MarkdownLimitProblem;
  }
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

  for (const line of lineList(source)) {
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
      for (let i = content; i < end; i++) if (isDelimiter(source.charCodeAt(i))) u.delimiters++;
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

