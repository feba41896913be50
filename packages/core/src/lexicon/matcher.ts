/**
 * Phrase matching over tokens, shared by every lexicon: one left-to-right pass with a trie of
 * phrase key sequences, longest match first, no overlaps. Phrases go through the same tokenizer
 * and units as the text, so spelling variants behave the same on both sides.
 */
import type { Unit } from './units.js';
import { CS_PREFIX, phraseKeysMany } from './keys.js';

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
}

/**
 * A matcher in the one shared pass over a posting's units (`PhraseMatcher.shared`): every shared
 * matcher's phrases sit in one combined trie, so a posting's units are walked once for all
 * lexicons instead of once per lexicon. Its `match` takes only `IndexedUnits`, which only
 * `indexUnits` makes: a text that is not a whole posting's units (a front-matter title) goes
 * through `matchAlone`, so no caller can forget the index and silently walk alone.
 */
export interface SharedPhraseMatcher<T> {
  match(units: IndexedUnits): PhraseMatch<T>[];
  matchAlone(units: readonly Unit[]): PhraseMatch<T>[];
  matchAt(units: readonly Unit[], from: number): PhraseMatch<T> | null;
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
    const map = exact ? (at.exact ??= new Map<string, N>()) : at.next;
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
  #shared = -1;

  constructor(entries: Iterable<PhraseEntry<T>>, options: PhraseMatcherOptions = {}) {
    this.#nounLemmasOnly = options.lemmas === 'nouns';
    this.#pending = [...entries];
  }

  /**
   * A matcher that joins the shared pass (see `SharedPhraseMatcher`). For matchers that live as
   * long as the process (the built-in lexicons); a matcher made per configuration or per call
   * should walk alone (`new PhraseMatcher`).
   */
  static shared<T>(entries: Iterable<PhraseEntry<T>>, options: PhraseMatcherOptions = {}): SharedPhraseMatcher<T> {
    const matcher = new PhraseMatcher(entries, options);
    matcher.#shared = sharedPass.register(matcher.#pending as PhraseEntry<unknown>[], matcher.#nounLemmasOnly);
    return matcher;
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

  /**
   * Every match, left to right, longest first, without overlaps. A shared matcher finds them in
   * the shared pass over `IndexedUnits` (its type asks for no other units).
   */
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

declare const indexed: unique symbol;

/**
 * A whole posting's match units, marked by `indexUnits`: the type says the shared pass covers
 * them, so a context that hands rules `IndexedUnits` cannot forget the call (a matcher given
 * other units still works, walking them on its own).
 */
export type IndexedUnits = Unit[] & { readonly [indexed]: true };

/**
 * Marks `units` as a whole posting's match units: every shared matcher (`PhraseMatcher.shared`) then
 * finds its phrases in them in one walk for all lexicons, the first time any of them is asked.
 */
export function indexUnits(units: Unit[]): IndexedUnits {
  sharedPass.index(units);
  return units as IndexedUnits;
}
