/**
 * Phrase matching over tokens, shared by every lexicon: one left-to-right pass with a trie of
 * phrase key sequences, longest match first, no overlaps. Phrases go through the same tokenizer
 * and units as the text, so spelling variants behave the same on both sides.
 */
import { phraseUnitCache } from './generated/phrase-units.generated.js';
import { tokenize, type Token } from '../nlp/index.js';

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

const CS_PREFIX = '\u0000';

/** The key of a unit: its lowercase form, or its exact case when `caseSensitive`. */
function keyOf(u: Unit, caseSensitive: boolean): string {
  return caseSensitive ? CS_PREFIX + u.value : u.normal;
}

/** The key sequence of a phrase: lowercase units, or exact-case units when `caseSensitive`. */
export function phraseKeys(phrase: string, caseSensitive = false): string[] {
  return toUnits(tokenize(phrase).tokens)
    .filter((u) => !u.barrier)
    .map((u) => keyOf(u, caseSensitive));
}

/** Phrases per tokenizer call when keying a list (bounds the text one call reads). */
const KEY_BATCH = 2000;

/**
 * The units of many phrases as [lowercase form, exact case] pairs, as `phraseKeys` reads them,
 * for one tokenizer call per batch: the phrases are read as one text, one per paragraph (a blank
 * line is a barrier no unit crosses), and each unit goes back to the phrase its offsets fall in.
 */
export function phraseUnitsUncached(phrases: readonly string[]): Array<Array<[string, string]>> {
  const out: Array<Array<[string, string]>> = [];
  for (let from = 0; from < phrases.length; from += KEY_BATCH) {
    const batch = phrases.slice(from, from + KEY_BATCH);
    const starts: number[] = [];
    let offset = 0;
    for (const phrase of batch) {
      starts.push(offset);
      offset += phrase.length + 2;
    }
    const units: Array<Array<[string, string]>> = batch.map(() => []);
    let at = 0;
    for (const u of toUnits(tokenize(batch.join('\n\n')).tokens)) {
      if (u.barrier) continue;
      while (at + 1 < batch.length && (starts[at + 1] as number) <= u.start) at++;
      units[at]?.push([u.normal, u.value]);
    }
    out.push(...units);
  }
  return out;
}

/**
 * The key sequences of many phrases, equal to `phraseKeys` one by one. Lexicon phrases come from
 * the generated cache (no tokenizer at start-up); the others go through the tokenizer together.
 */
export function phraseKeysMany(phrases: readonly string[], caseSensitive = false): string[][] {
  const keys: string[][] = new Array(phrases.length);
  const missing: number[] = [];
  phrases.forEach((phrase, i) => {
    const cached = phraseUnitCache[phrase];
    if (cached) keys[i] = cached.map(([normal, value]) => (caseSensitive ? CS_PREFIX + (value ?? normal) : normal));
    else missing.push(i);
  });
  if (missing.length > 0) {
    const units = phraseUnitsUncached(missing.map((i) => phrases[i] as string));
    missing.forEach((i, m) => {
      keys[i] = (units[m] ?? []).map(([normal, value]) => (caseSensitive ? CS_PREFIX + value : normal));
    });
  }
  return keys;
}

/**
 * The items (units or tokens) inside a text range: a binary search, since both are in text order
 * and never overlap, so the items inside a range are contiguous.
 */
export function within<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((items[mid] as T).start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < items.length && (items[i] as T).end <= end; i++) out.push(items[i] as T);
  return out;
}

/** The units inside a text range. */
export function unitsIn(units: readonly Unit[], start: number, end: number): Unit[] {
  return within(units, start, end);
}

export interface PhraseEntry<T> {
  /** Matched case-insensitively, on each unit's lowercase form or its lemma. */
  phrases: readonly string[];
  /** Matched only with this exact case (acronyms that collide with words: RAG, MCP, JAX). */
  caseSensitive?: readonly string[];
  value: T;
}

export interface PhraseMatch<T> {
  value: T;
  /** The phrase as written in the lexicon. */
  phrase: string;
  /** Unit index range, inclusive. */
  first: number;
  last: number;
  /** Text offsets. */
  start: number;
  end: number;
}

export interface PhraseMatcherOptions {
  /**
   * Which units may match by their lemma: every unit (default), or only nouns, so that a noun
   * phrase ("tool use") is not found in a verb phrase ("tools used").
   */
  lemmas?: 'all' | 'nouns';
  /**
   * Matched in the one shared pass over a posting's units (see `indexUnits`): every shared
   * matcher's phrases sit in one combined trie, so a posting's units are walked once for all
   * lexicons instead of once per lexicon. For matchers that live as long as the process (the
   * built-in lexicons); a matcher made per configuration or per call should not be shared.
   */
  shared?: boolean;
}

const NOUN_POS = new Set(['NOUN', 'PROPN']);

interface Node<T> {
  /** Children by lowercase (or lemma) key. */
  next: Map<string, Node<T>>;
  /** Children by exact-case key (case-sensitive phrases), or null when there are none. */
  exact: Map<string, Node<T>> | null;
  hit: { value: T; phrase: string } | null;
}

function node<T>(): Node<T> {
  return { next: new Map(), exact: null, hit: null };
}

/**
 * Every phrase of `entries` with its key sequence, in the entries' order (plain phrases, then the
 * exact-case ones, per entry); keyed in two batches, all plain phrases and all exact-case ones.
 */
function forEachKeyed<T>(entries: readonly PhraseEntry<T>[], visit: (keys: string[], value: T, phrase: string) => void): void {
  const plainKeys = phraseKeysMany(entries.flatMap((e) => e.phrases));
  const exactKeys = phraseKeysMany(entries.flatMap((e) => e.caseSensitive ?? []), true);
  let p = 0;
  let x = 0;
  for (const entry of entries) {
    for (const phrase of entry.phrases) visit(plainKeys[p++] as string[], entry.value, phrase);
    for (const phrase of entry.caseSensitive ?? []) visit(exactKeys[x++] as string[], entry.value, phrase);
  }
}

interface TrieNode<N> {
  next: Map<string, N>;
  exact: Map<string, N> | null;
}

/** The node a key sequence ends at, made on the way where missing; null for no keys. */
function insertPath<N extends TrieNode<N>>(root: N, keys: string[], make: () => N): N | null {
  if (keys.length === 0) return null;
  let at = root;
  for (const key of keys) {
    const exact = key.startsWith(CS_PREFIX);
    const map = exact ? (at.exact ??= new Map()) : at.next;
    const k = exact ? key.slice(CS_PREFIX.length) : key;
    let child = map.get(k);
    if (!child) {
      child = make();
      map.set(k, child);
    }
    at = child;
  }
  return at;
}

export class PhraseMatcher<T> {
  readonly #root: Node<T> = node();
  readonly #nounLemmasOnly: boolean;
  // The best match of the walk in progress (matching is synchronous, so one pair per matcher
  // serves every call without allocating).
  #bestNode: Node<T> | null = null;
  #bestLast = -1;

  // Entries not yet in the trie: a matcher is built on its first use, so that importing a module
  // that declares one costs nothing (and a process that never matches never loads the model).
  #pending: PhraseEntry<T>[] | null;

  /** Index in the shared pass, or -1 for a matcher that walks the units on its own. */
  readonly #shared: number;

  constructor(entries: Iterable<PhraseEntry<T>>, options: PhraseMatcherOptions = {}) {
    this.#nounLemmasOnly = options.lemmas === 'nouns';
    this.#pending = [...entries];
    this.#shared = options.shared ? sharedPass.register(this.#pending as PhraseEntry<unknown>[], this.#nounLemmasOnly) : -1;
  }

  #build(): void {
    const list = this.#pending ?? [];
    this.#pending = null;
    forEachKeyed(list, (keys, value, phrase) => {
      const end = insertPath(this.#root, keys, node<T>);
      if (end) end.hit ??= { value, phrase };
    });
  }

  #usesLemma(unit: Unit): boolean {
    return unit.lemma !== unit.normal && (!this.#nounLemmasOnly || NOUN_POS.has(unit.pos));
  }

  /** True when some phrase can start at this unit (a cheap test before the walk). */
  #mayStart(unit: Unit): boolean {
    const root = this.#root;
    return root.next.has(unit.normal) || (this.#usesLemma(unit) && root.next.has(unit.lemma)) || (root.exact !== null && root.exact.has(unit.value));
  }

  /** Longest match starting at unit `from`, or null. */
  matchAt(units: readonly Unit[], from: number): PhraseMatch<T> | null {
    if (this.#pending) this.#build();
    // A match starts on a word boundary, never inside a hyphenated word ("edge AI" is not in
    // "cutting-edge AI"); it may end inside one ("PyTorch-based").
    const first = units[from];
    if (!first || first.joined || first.barrier || !this.#mayStart(first)) return null;
    this.#bestNode = null;
    this.#bestLast = -1;
    this.#walk(units, this.#root, from);
    const best = this.#bestNode as Node<T> | null;
    if (!best) return null;
    const hit = best.hit as { value: T; phrase: string };
    return { value: hit.value, phrase: hit.phrase, first: from, last: this.#bestLast, start: first.start, end: (units[this.#bestLast] as Unit).end };
  }

  /**
   * Depth-first over the (at most three) keys each unit offers: its form, its lemma, its exact
   * case. Depth is bounded by the longest phrase, so a pass stays linear in the number of units.
   */
  #walk(units: readonly Unit[], at: Node<T>, i: number): void {
    const unit = units[i];
    if (!unit || unit.barrier) return;
    this.#step(units, at.next.get(unit.normal), i);
    if (this.#usesLemma(unit)) this.#step(units, at.next.get(unit.lemma), i);
    if (at.exact !== null) this.#step(units, at.exact.get(unit.value), i);
  }

  #step(units: readonly Unit[], child: Node<T> | undefined, i: number): void {
    if (!child) return;
    if (child.hit && i > this.#bestLast) {
      this.#bestNode = child;
      this.#bestLast = i;
    }
    if (child.next.size > 0 || child.exact !== null) this.#walk(units, child, i + 1);
  }

  /** Every match, left to right, longest first, without overlaps. */
  match(units: readonly Unit[]): PhraseMatch<T>[] {
    if (this.#shared >= 0) {
      const found = sharedPass.matches(units, this.#shared);
      if (found) return found as PhraseMatch<T>[];
    }
    return this.matchAlone(units);
  }

  /** `match` by a walk of this matcher's own trie (for units outside the shared pass). */
  matchAlone(units: readonly Unit[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < units.length; i++) {
      const unit = units[i] as Unit;
      if (unit.barrier || unit.punctuation) continue;
      const hit = this.matchAt(units, i);
      if (!hit) continue;
      out.push(hit);
      i = hit.last;
    }
    return out;
  }
}

interface SharedHit {
  matcher: number;
  value: unknown;
  phrase: string;
}

interface SharedNode {
  next: Map<string, SharedNode>;
  exact: Map<string, SharedNode> | null;
  /** The phrases that end here, at most one per matcher (the first added, as in a matcher's own trie). */
  hits: SharedHit[] | null;
}

function sharedNode(): SharedNode {
  return { next: new Map(), exact: null, hits: null };
}

/**
 * The one pass over a posting's units for every shared matcher. The combined trie holds each
 * shared matcher's phrases tagged with the matcher; one walk from each unit finds, for every
 * matcher at once, its longest phrase starting there, and a left-to-right selection per matcher
 * then gives exactly what that matcher's own `match` gives (longest first, no overlaps).
 */
class SharedPass {
  readonly #root = sharedNode();
  /** Registered matchers not yet in the trie (added on the next pass). */
  #pending: Array<{ index: number; entries: PhraseEntry<unknown>[] }> = [];
  readonly #nounsOnly: boolean[] = [];
  /** Units arrays that are a whole posting's, and what the pass found in them. */
  readonly #indexed = new WeakMap<readonly Unit[], { count: number; found: PhraseMatch<unknown>[][] } | null>();
  // Per-walk scratch, reused (matching is synchronous).
  #bestLast: number[] = [];
  #bestHit: Array<SharedHit | null> = [];
  /** The matchers the walk in progress found a phrase for: the first `#touchedCount` entries. */
  #touched: number[] = [];
  #touchedCount = 0;

  register(entries: PhraseEntry<unknown>[], nounsOnly: boolean): number {
    const index = this.#nounsOnly.length;
    this.#nounsOnly.push(nounsOnly);
    this.#pending.push({ index, entries });
    return index;
  }

  /** Marks `units` as a posting's units: shared matchers will match them in one pass. */
  index(units: readonly Unit[]): void {
    if (!this.#indexed.has(units)) this.#indexed.set(units, null);
  }

  /** The matches of shared matcher `matcher` in indexed `units`, or null when the pass does not cover them. */
  matches(units: readonly Unit[], matcher: number): PhraseMatch<unknown>[] | null {
    if (!this.#indexed.has(units)) return null;
    let pass = this.#indexed.get(units) ?? null;
    // A matcher made after the pass ran (one built on its first use, in the first posting a
    // process reads) joins the trie, and the pass runs again: cheaper than a trie of its own.
    if (pass === null || matcher >= pass.count) {
      pass = this.#run(units);
      this.#indexed.set(units, pass);
    }
    return pass.found[matcher] as PhraseMatch<unknown>[];
  }

  #build(): void {
    for (const { index, entries } of this.#pending) {
      forEachKeyed(entries, (keys, value, phrase) => {
        const end = insertPath(this.#root, keys, sharedNode);
        if (!end) return;
        end.hits ??= [];
        // One phrase per matcher and key sequence, the first added, as in the matcher's own trie.
        if (!end.hits.some((h) => h.matcher === index)) end.hits.push({ matcher: index, value, phrase });
      });
    }
    this.#pending = [];
  }

  #run(units: readonly Unit[]): { count: number; found: PhraseMatch<unknown>[][] } {
    if (this.#pending.length > 0) this.#build();
    const count = this.#nounsOnly.length;
    const found: PhraseMatch<unknown>[][] = Array.from({ length: count }, () => []);
    const nextFree = new Array<number>(count).fill(0);
    this.#bestLast = new Array<number>(count).fill(-1);
    this.#bestHit = new Array<SharedHit | null>(count).fill(null);
    const touched = this.#touched;
    for (let i = 0; i < units.length; i++) {
      const unit = units[i] as Unit;
      // As in `match` and `matchAt`: a phrase starts on a word, never inside a hyphenated one.
      if (unit.barrier || unit.punctuation || unit.joined) continue;
      this.#touchedCount = 0;
      this.#walk(units, this.#root, i, false);
      for (let t = 0; t < this.#touchedCount; t++) {
        const m = touched[t] as number;
        const last = this.#bestLast[m] as number;
        const hit = this.#bestHit[m] as SharedHit;
        this.#bestLast[m] = -1;
        this.#bestHit[m] = null;
        if (i < (nextFree[m] as number)) continue;
        (found[m] as PhraseMatch<unknown>[]).push({ value: hit.value, phrase: hit.phrase, first: i, last, start: unit.start, end: (units[last] as Unit).end });
        nextFree[m] = last + 1;
      }
    }
    return { count, found };
  }

  /** `nonNoun`: the path took the lemma of a unit that is not a noun (closed to noun-only matchers). */
  #walk(units: readonly Unit[], at: SharedNode, i: number, nonNoun: boolean): void {
    const unit = units[i];
    if (!unit || unit.barrier) return;
    this.#step(units, at.next.get(unit.normal), i, nonNoun);
    if (unit.lemma !== unit.normal) this.#step(units, at.next.get(unit.lemma), i, nonNoun || !NOUN_POS.has(unit.pos));
    if (at.exact !== null) this.#step(units, at.exact.get(unit.value), i, nonNoun);
  }

  #step(units: readonly Unit[], child: SharedNode | undefined, i: number, nonNoun: boolean): void {
    if (!child) return;
    if (child.hits !== null) {
      for (const hit of child.hits) {
        const m = hit.matcher;
        if (nonNoun && this.#nounsOnly[m]) continue;
        const best = this.#bestLast[m] as number;
        if (i <= best) continue;
        if (best < 0) this.#touched[this.#touchedCount++] = m;
        this.#bestLast[m] = i;
        this.#bestHit[m] = hit;
      }
    }
    if (child.next.size > 0 || child.exact !== null) this.#walk(units, child, i + 1, nonNoun);
  }
}

const sharedPass = new SharedPass();

/**
 * Marks `units` as a whole posting's match units: every shared matcher (`{ shared: true }`) then
 * finds its phrases in them in one walk for all lexicons, the first time any of them is asked.
 */
export function indexUnits(units: readonly Unit[]): void {
  sharedPass.index(units);
}
