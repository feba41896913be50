/**
 * The only module that imports wink-nlp. The model is loaded once per process, lazily, on the
 * first call; every token carries its exact offsets in the text it was given.
 */
import winkNLP from 'wink-nlp';
import type Model from 'wink-eng-lite-web-model';
import { type LastRunCache, requireLazily } from '../shared/index.js';

export interface Token {
  /** The token as it stands in the text. */
  value: string;
  /** Lowercased form (wink's `normal`: contractions expanded, e.g. "n't" → "not"). */
  normal: string;
  lemma: string;
  pos: string;
  /** wink's token type: word, number, punctuation, symbol, currency, tabCRLF, ... */
  type: string;
  /** Inside the scope of a negation ("you will not train models"). */
  negated: boolean;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  start: number;
  end: number;
}

export interface Sentence {
  /** Token index range, end exclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
}

export interface TokenizedText {
  tokens: Token[];
  sentences: Sentence[];
}

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | null = null;

function nlp(): Nlp {
  // The model (~40 MB in memory) is loaded here, on first use, not when core is imported.
  instance ??= winkNLP(requireLazily<typeof Model>('wink-eng-lite-web-model', 'loading the language model'), ['sbd', 'pos', 'negation']);
  return instance;
}

/** Loads the model now instead of on first use (for servers and benchmarks). */
export function warmUp(): void {
  nlp();
}

// wink-nlp's tokenizer is quadratic in the length of a run without whitespace (20,000 characters
// of `a/` took 6 s). Nothing that long is a word, so a run is cut by a space every MAX_RUN
// characters before wink reads it; the text keeps its length, so every offset stays exact.
const MAX_RUN = 100;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, 'g');

/** Whether a UTF-16 code unit is whitespace as `\s` reads it (ECMAScript WhiteSpace and LineTerminator). */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Whether the text has a run of more than MAX_RUN characters without whitespace: one linear
 * pass (the regular expression, tried at every character, reads each word once per character).
 */
function hasLongRun(text: string): boolean {
  // A run of MAX_RUN + 1 characters from `from` covers `from + MAX_RUN`: when that character is a
  // space no such run starts at or before it; otherwise the run can start only after the last
  // space before it (and is one when there is none). Most characters are never read.
  let from = 0;
  while (from + MAX_RUN < text.length) {
    let at = from + MAX_RUN;
    while (at >= from && !isSpace(text.charCodeAt(at))) at--;
    if (at < from) return true;
    from = at + 1;
  }
  return false;
}

export function cutLongRuns(text: string): string {
  if (!hasLongRun(text)) return text;
  return text.replace(LONG_RUN, (run) => {
    let out = '';
    let from = 0;
    for (let at = MAX_RUN; at < run.length; at += MAX_RUN + 1) {
      // Never split a surrogate pair: cut after it instead.
      const code = run.charCodeAt(at);
      if (code >= 0xdc00 && code <= 0xdfff) at++;
      if (at >= run.length) break;
      out += `${run.slice(from, at)} `;
      from = at + 1;
    }
    return out + run.slice(from);
  });
}

/**
 * Abbreviations that never end a sentence (a title before a name, "e.g." before an example):
 * wink sometimes ends one after them ("Approx. 5 people", "Skills incl. SQL").
 */
const NEVER_FINAL = new Set(['e.g', 'i.e', 'eg', 'ie', 'viz', 'cf', 'vs', 'sr', 'jr', 'dr', 'mr', 'mrs', 'ms', 'prof', 'approx', 'incl', 'excl', 'esp', 'ca', 'resp', 'w.r.t']);
/** Abbreviations that end a sentence only before a capital: "SQL, etc. Also …", but "min. 3 years", "3 yrs. in ML". */
const FINAL_BEFORE_CAPITAL = new Set(['etc', 'min', 'max', 'yr', 'yrs', 'mo', 'mos', 'exp', 'no', 'nos', 'dept', 'est', 'avg', 'req', 'pref']);

/** The abbreviation a sentence ends with ("approx" for `approx` `.` or `approx.`), or null. */
function endingAbbreviation(tokens: readonly Token[], last: number): string | null {
  const end = tokens[last];
  if (!end) return null;
  if (end.value === '.') {
    const word = tokens[last - 1];
    // The stop must touch the word: "approx." and not "approx ." (a sentence that ends after it).
    return word && word.end === end.start && word.type === 'word' ? word.value.toLowerCase() : null;
  }
  return end.value.length > 1 && end.value.endsWith('.') ? end.value.slice(0, -1).toLowerCase() : null;
}

/**
 * Whether the sentence boundary wink put between tokens `last` and `next` is none: a full stop
 * inside a version, a decimal or a name (`v0.2`, `v2.1.3`, `Node.js`: no space after the stop),
 * or an abbreviation that does not end a sentence. A boundary at a line break always stands,
 * so no merge crosses a block (and `tokenizeReusing` stays equal to `tokenize`).
 */
function falseBoundary(text: string, tokens: readonly Token[], last: number, next: number): boolean {
  const end = tokens[last];
  const first = tokens[next];
  if (!end || !first || first.type === 'tabCRLF' || text.slice(end.end, first.start).includes('\n')) return false;
  if (end.value.endsWith('.') && first.start === end.end && /^[\p{L}\p{N}]/u.test(first.value)) return true;
  const abbreviation = endingAbbreviation(tokens, last);
  if (abbreviation === null || first.start === end.end) return false;
  if (NEVER_FINAL.has(abbreviation)) return true;
  return FINAL_BEFORE_CAPITAL.has(abbreviation) && !/^\p{Lu}/u.test(first.value);
}

/**
 * Text pasted from a page that lost its line breaks glues one line's last word to the next line's
 * first ("…a mustStrong SQL skillsExperience with…"). A lowercase word of two or more letters
 * directly followed by a capitalised word is such a seam (brand names that start with a capital,
 * "JavaScript", "PyTorch", are not); wink reads a blank line there, which ends the sentence, and
 * the offsets are mapped back, so every token keeps its place in the text given.
 */
export const SEAM = /(?<=(?:^|[^\p{L}\p{N}])\p{Ll}{2,})(?=\p{Lu}\p{Ll}{2,})/gu;
const SEAM_BREAK = '\n\n';
/**
 * The seams of `SEAM`, found faster: a lowercase letter before a capitalised word is a candidate
 * (one pass), and only candidates have their word before read back. No run without whitespace is
 * longer than MAX_RUN + 1 characters once `cutLongRuns` has run, so the word before a seam lies
 * within the LOOK_BACK characters before it, and the window cannot start inside that word.
 */
const SEAM_CANDIDATE = /\p{Ll}(?=\p{Lu}\p{Ll}{2})/gu;
const SEAM_LEFT = /(?:^|[^\p{L}\p{N}])\p{Ll}{2,}$/u;
const LOOK_BACK = 2 * MAX_RUN + 8;

/** The offsets of the seams in a text cut by `cutLongRuns`: the matches of `SEAM`, in order. */
export function seamsOf(cut: string): number[] {
  const seams: number[] = [];
  for (const m of cut.matchAll(SEAM_CANDIDATE)) {
    const at = m.index + m[0].length;
    const from = Math.max(0, at - LOOK_BACK);
    if (SEAM_LEFT.test(cut.slice(from, at))) seams.push(at);
  }
  return seams;
}

export function tokenize(input: string): TokenizedText {
  const engine = nlp();
  const its = engine.its;
  const cut = cutLongRuns(input);
  // Seams in the text given, as offsets; wink reads the text with a blank line at each.
  const seams = seamsOf(cut);
  let text = cut;
  if (seams.length > 0) {
    let out = '';
    let from = 0;
    for (const at of seams) {
      out += cut.slice(from, at) + SEAM_BREAK;
      from = at;
    }
    text = out + cut.slice(from);
  }
  /** An offset in the text wink read, back to the text given (a seam's break maps to the seam). */
  const back = (offset: number): number => {
    let shift = 0;
    for (let k = 0; k < seams.length; k++) {
      const at = (seams[k] as number) + k * SEAM_BREAK.length;
      if (offset < at) break;
      shift = offset < at + SEAM_BREAK.length ? shift + (offset - at) : shift + SEAM_BREAK.length;
    }
    return offset - shift;
  };
  const doc = engine.readDoc(text);
  const tokens = doc.tokens();
  /* eslint-disable @typescript-eslint/unbound-method -- wink-nlp types its helpers as methods; they are plain functions it calls itself */
  const values = tokens.out<string>(its.value);
  const normals = tokens.out<string>(its.normal);
  // wink-nlp's types declare `lemma` with an extra parameter; at run time it is a normal its function.
  const lemmas = tokens.out<string>(its.lemma as unknown as typeof its.value);
  const pos = tokens.out(its.pos) as string[];
  const types = tokens.out<string>(its.type);
  const negations = tokens.out(its.negationFlag) as unknown as boolean[];
  const winkSpans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  /* eslint-enable @typescript-eslint/unbound-method */

  const result: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    // Find the token from the cursor: wink keeps the original characters of every token, so
    // the search only skips the whitespace between tokens.
    const at = text.indexOf(value, cursor);
    const startAt = at < 0 ? cursor : at;
    const endAt = at < 0 ? cursor : at + value.length;
    cursor = endAt;
    result.push({
      value,
      normal: normals[i] ?? value.toLowerCase(),
      lemma: lemmas[i] ?? value.toLowerCase(),
      pos: pos[i] ?? 'X',
      type: types[i] ?? 'word',
      // Line breaks are never negated: wink carries a scope onto the blank line after "… not",
      // and from there it would reach into the next block.
      negated: negations[i] === true && types[i] !== 'tabCRLF',
      sentence: 0,
      start: seams.length > 0 ? back(startAt) : startAt,
      end: seams.length > 0 ? back(endAt) : endAt,
    });
  }

  // wink's sentences, with the boundaries that are none merged away.
  const spans: Array<[number, number]> = [];
  for (const [first, last] of winkSpans) {
    const open = spans[spans.length - 1];
    if (open && falseBoundary(cut, result, open[1], first)) open[1] = last;
    else spans.push([first, last]);
  }
  spans.forEach(([first, last], index) => {
    for (let i = first; i <= last; i++) (result[i] as Token).sentence = index;
  });
  if (seams.length > 0) return dropSeamBreaks(result, spans);

  const sentences: Sentence[] = spans.map(([first, last]) => ({
    first,
    last: last + 1,
    start: result[first]?.start ?? 0,
    end: result[last]?.end ?? 0,
  }));
  return { tokens: result, sentences };
}

/** The tokens without the blank lines read at seams (they stand for no text), sentences renumbered. */
function dropSeamBreaks(all: Token[], spans: Array<[number, number]>): TokenizedText {
  const tokens: Token[] = [];
  const index: number[] = [];
  for (const t of all) {
    index.push(tokens.length);
    if (!(t.start === t.end && t.type === 'tabCRLF')) tokens.push(t);
  }
  index.push(tokens.length);
  const sentences: Sentence[] = [];
  for (const [first, last] of spans) {
    const from = index[first] as number;
    const to = index[last + 1] as number;
    if (to <= from) continue;
    const n = sentences.length;
    for (let i = from; i < to; i++) (tokens[i] as Token).sentence = n;
    sentences.push({ first: from, last: to, start: (tokens[from] as Token).start, end: (tokens[to - 1] as Token).end });
  }
  return { tokens, sentences };
}

/** The block tokenizations of the last analysis of one document (an editor's open file), by block text. */
export type BlockCache = LastRunCache<TokenizedText>;

const BLOCK_SEPARATOR = '\n\n';
/** An empty block (three or more line breaks in a row, or a blank line at either end): wink may read on past it, so such a text is read whole. */
const EMPTY_BLOCK = /\n\n\n/;

/**
 * `tokenize(text)` for a text of blocks joined by blank lines (a posting's projection), block by
 * block, taking unchanged blocks from `cache`. wink-nlp ends a sentence at a blank line and reads
 * each block the same alone as in the whole text; each block is read with the blank line that
 * follows it, so wink itself says whether that line closes the block's last sentence or, after a
 * full stop, opens the next one (a sentence of its own here, joined to the next block's first).
 * The result equals `tokenize(text)` (property-tested).
 */
export function tokenizeReusing(text: string, cache: BlockCache): TokenizedText {
  cache.begin();
  if (text.length === 0 || EMPTY_BLOCK.test(text) || text.startsWith(BLOCK_SEPARATOR) || text.endsWith(BLOCK_SEPARATOR)) {
    cache.made = 1;
    cache.end();
    return tokenize(text);
  }
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  // A blank line that opens the next block's first sentence (the block before ended with a stop).
  let opener = -1;
  for (let from = 0; from < text.length; ) {
    const at = text.indexOf(BLOCK_SEPARATOR, from);
    const to = at < 0 ? text.length : at + BLOCK_SEPARATOR.length;
    const piece = text.slice(from, to);
    const read = cache.get(piece, () => tokenize(piece));
    const base = tokens.length;
    const sentenceBase = sentences.length - (opener >= 0 ? 1 : 0);
    for (const t of read.tokens) tokens.push({ ...t, start: t.start + from, end: t.end + from, sentence: t.sentence + sentenceBase });
    read.sentences.forEach((s, i) => {
      if (i === 0 && opener >= 0) {
        // The blank line before is this sentence's first token.
        const open = sentences[sentences.length - 1] as Sentence;
        open.last = s.last + base;
        open.end = s.end + from;
        return;
      }
      sentences.push({ first: s.first + base, last: s.last + base, start: s.start + from, end: s.end + from });
    });
    opener = -1;
    const last = read.sentences[read.sentences.length - 1];
    // wink gave the trailing blank line a sentence of its own: it opens the next block's first.
    if (at >= 0 && last && last.first === read.tokens.length - 1 && read.sentences.length > 1) opener = sentences.length - 1;
    from = to;
  }
  cache.end();
  return { tokens, sentences };
}
