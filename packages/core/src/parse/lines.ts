/**
 * The line scanner shared by the limit check, the plain-text reader and the piece cutter: blank
 * and thematic-break lines, front matter, HTML block openers, and the container prefix (quote
 * markers, list markers, indentation) of a line, all in linear time.
 */


const SPACE = 32;
const TAB = 9;
const CR = 13;
/**
 * Whether a UTF-16 code unit is an emphasis, link, code, strikethrough or HTML delimiter
 * (`*`, `_`, `~`, `[`, `]`, `<`, a backtick): compared by code, as the limit check reads every
 * character of a paragraph.
 */
export function isDelimiter(code: number): boolean {
  return code === 42 || code === 95 || code === 126 || code === 91 || code === 93 || code === 60 || code === 96;
}
/** CommonMark's HTML block names (kinds 1 and 6): a paragraph that starts with one is HTML, whose delimiters micromark does not pair. */
export const HTML_BLOCK =
  /^<\/?(address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|pre|script|search|section|source|style|summary|table|tbody|td|textarea|tfoot|th|thead|title|tr|track|ul)(?=[\s/>]|$)|^<!--|^<\?|^<![A-Za-z]|^<!\[CDATA\[/i;

/** CommonMark's HTML block of kind 7: one complete open or closing tag, alone on its line. */
export const HTML_TAG_LINE = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;

interface Line {
  start: number;
  /** End, before `\r\n` or `\n`. */
  end: number;
}

/** The lines of a source; `\r\n`, `\n` and a lone `\r` end a line, as in CommonMark. */
export function* lines(source: string): Generator<Line> {
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

/** `lines(source)` as an array: for the passes that read every line of a posting (no generator to resume per line). */
export function lineList(source: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c !== 10 && c !== CR) continue;
    out.push({ start, end: i });
    if (c === CR && source.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  out.push({ start, end: source.length });
  return out;
}

export function isBlankFrom(source: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c !== SPACE && c !== TAB) return false;
  }
  return true;
}

/** `* * *`, `---`, `___`: a thematic break, not a list of empty items. */
export function isThematicBreak(source: string, from: number, end: number): boolean {
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
export function frontMatter(source: string): { valueStart: number; valueEnd: number; end: number } | null {
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

export function readPrefix(source: string, start: number, end: number): Prefix {
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
