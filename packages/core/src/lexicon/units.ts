/**
 * Match units: the tokens as the phrase matcher reads them (hyphenated words in parts, wrapped
 * lines joined, blank lines as barriers), each with its lowercase form, lemma and sentence.
 */
import { type Token } from '../nlp/index.js';

/**
 * A match unit: a token, or one part of a hyphenated word token ("cross-validation" gives "cross"
 * and "validation"), so that "vector-db", "vector db" and "cross validation" all match the same
 * phrase. Hyphen tokens are dropped; a single line break (a wrapped line) is dropped like a space;
 * blank lines and other whitespace tokens become barriers no match crosses.
 */
export interface Unit {
  normal: string;
  lemma: string;
  value: string;
  /** Offsets in the text that was tokenized. */
  start: number;
  end: number;
  negated: boolean;
  sentence: number;
  barrier: boolean;
  punctuation: boolean;
  /** Part of speech of the token the unit comes from (wink's universal tags). */
  pos: string;
  /** True when a hyphen joins the unit to the one before ("edge" in "cutting-edge"). */
  joined: boolean;
  /** Index of the token the unit comes from. */
  token: number;
}

const HYPHENS = /^[-‐‑]$/;
const INNER_HYPHEN = /[\p{L}\p{N}][-‐‑][\p{L}\p{N}]/u;

/** True when `value` holds a hyphen (ASCII, U+2010 or U+2011). */
function hasHyphen(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 45 || c === 0x2010 || c === 0x2011) return true;
  }
  return false;
}

/** The number of line feeds in `value`. */
function lineFeeds(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) === 10) n++;
  return n;
}

function isBlank(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 160 && c !== 0x2028 && c !== 0x2029 && c !== 0x202f && c !== 0x3000 && !(c >= 0x2000 && c <= 0x200a)) return false;
  }
  return value.length > 0;
}

function unit(t: Token, index: number, barrier: boolean, joined: boolean, normal: string, lemma: string, value: string, start: number, end: number): Unit {
  // One object shape for every unit keeps property access monomorphic in the hot matching loops.
  return { normal, lemma, value, start, end, negated: t.negated, sentence: t.sentence, barrier, punctuation: t.type === 'punctuation', pos: t.pos, joined, token: index };
}

export function toUnits(tokens: readonly Token[]): Unit[] {
  const units: Unit[] = [];
  // The end of the last hyphen token, when it touched the word before it ("cutting-" in "cutting-edge").
  let hyphenEnd = -1;
  for (let index = 0; index < tokens.length; index++) {
    const t = tokens[index] as Token;
    const hyphenated = hasHyphen(t.value);
    if (hyphenated && t.value.length === 1 && HYPHENS.test(t.value)) {
      const previous = units[units.length - 1];
      hyphenEnd = previous && !previous.barrier && previous.end === t.start ? t.end : -1;
      continue;
    }
    const whitespace = t.type === 'tabCRLF' || isBlank(t.value);
    // A single line break inside a paragraph is a wrapped line, read as a space; a blank line
    // (the projection's block separator) is a barrier.
    if (whitespace && lineFeeds(t.value) < 2) {
      hyphenEnd = -1;
      continue;
    }
    const barrier = whitespace;
    const joined = !barrier && hyphenEnd === t.start;
    hyphenEnd = -1;
    if (!barrier && hyphenated && t.value.length > 2 && INNER_HYPHEN.test(t.value)) {
      let offset = 0;
      let first = true;
      for (const part of t.value.split(/[-‐‑]/)) {
        if (part) {
          const lower = part.toLowerCase();
          units.push(unit(t, index, false, first ? joined : true, lower, lower, part, t.start + offset, t.start + offset + part.length));
          first = false;
        }
        offset += part.length + 1;
      }
      continue;
    }
    units.push(unit(t, index, barrier, joined, t.normal, t.lemma, t.value, t.start, t.end));
  }
  return units;
}
