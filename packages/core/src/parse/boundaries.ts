/**
 * Where a large document may be cut into pieces that parse alone: blank lines outside fences,
 * HTML blocks that span blank lines, and list or quote continuations, so that each piece parses
 * to the same tree it would have inside the whole document.
 */
import { frontMatter, HTML_BLOCK, HTML_TAG_LINE, isBlankFrom, isThematicBreak, lines, readPrefix } from './lines.js';

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
    if (fenceRun && !(fenceRun[1]?.[0] === '`' && rest.slice(fenceRun[1].length).includes('`'))) {
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
