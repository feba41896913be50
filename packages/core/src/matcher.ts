/**
 * Phrase matching over tokens, shared by every lexicon: one left-to-right pass with a trie of
 * phrase key sequences, longest match first, no overlaps. Phrases go through the same tokenizer
 * and units as the text, so spelling variants behave the same on both sides.
 */
import { tokenize, type Token } from './nlp.js';

/**
 * A match unit: a token, or one part of a hyphenated word token ("cross-validation" gives "cross"
 * and "validation"), so that "vector-db", "vector db" and "cross validation" all match the same
 * phrase. Hyphen tokens are dropped; whitespace tokens become barriers no match crosses.
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
  /** Index of the token the unit comes from. */
  token: number;
}

const HYPHENS = /^[-‐‑]$/;
const INNER_HYPHEN = /[\p{L}\p{N}][-‐‑][\p{L}\p{N}]/u;

export function toUnits(tokens: readonly Token[]): Unit[] {
  const units: Unit[] = [];
  tokens.forEach((t, index) => {
    if (HYPHENS.test(t.value)) return;
    const barrier = t.type === 'tabCRLF' || /^\s+$/.test(t.value);
    const punctuation = t.type === 'punctuation';
    // Object literals, not spreads of a shared base: V8 copies spreads slowly, and a posting has
    // one unit per word (a 100,000-word input spent most of its time here).
    if (!barrier && t.value.length > 2 && INNER_HYPHEN.test(t.value)) {
      let offset = 0;
      for (const part of t.value.split(/[-‐‑]/)) {
        if (part) {
          const lower = part.toLowerCase();
          const start = t.start + offset;
          units.push({ normal: lower, lemma: lower, value: part, start, end: start + part.length, negated: t.negated, sentence: t.sentence, barrier, punctuation, token: index });
        }
        offset += part.length + 1;
      }
      return;
    }
    units.push({ normal: t.normal, lemma: t.lemma, value: t.value, start: t.start, end: t.end, negated: t.negated, sentence: t.sentence, barrier, punctuation, token: index });
  });
  return units;
}

const CS_PREFIX = '\u0000';

/** The key sequence of a phrase: lowercase units, or exact-case units when `caseSensitive`. */
export function phraseKeys(phrase: string, caseSensitive = false): string[] {
  return toUnits(tokenize(phrase).tokens)
    .filter((u) => !u.barrier)
    .map((u) => (caseSensitive ? CS_PREFIX + u.value : u.normal));
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

interface Node<T> {
  next: Map<string, Node<T>>;
  hit: { value: T; phrase: string } | null;
}

export class PhraseMatcher<T> {
  readonly #root: Node<T> = { next: new Map(), hit: null };

  constructor(entries: Iterable<PhraseEntry<T>>) {
    for (const entry of entries) {
      for (const phrase of entry.phrases) this.#add(phraseKeys(phrase), entry.value, phrase);
      for (const phrase of entry.caseSensitive ?? []) this.#add(phraseKeys(phrase, true), entry.value, phrase);
    }
  }

  #add(keys: string[], value: T, phrase: string): void {
    if (keys.length === 0) return;
    let node = this.#root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), hit: null };
        node.next.set(key, child);
      }
      node = child;
    }
    node.hit ??= { value, phrase };
  }

  /** Longest match starting at unit `from`, or null. */
  matchAt(units: readonly Unit[], from: number): PhraseMatch<T> | null {
    let best: { node: Node<T>; last: number } | null = null;
    // Depth-first over the (at most three) keys each unit offers; depth is bounded by the
    // longest phrase, so a pass stays linear in the number of units.
    const walk = (node: Node<T>, i: number) => {
      const unit = units[i];
      if (!unit || unit.barrier) return;
      const keys = unit.lemma === unit.normal ? [unit.normal, CS_PREFIX + unit.value] : [unit.normal, unit.lemma, CS_PREFIX + unit.value];
      for (const key of keys) {
        const child = node.next.get(key);
        if (!child) continue;
        if (child.hit && (!best || i > best.last)) best = { node: child, last: i };
        walk(child, i + 1);
      }
    };
    walk(this.#root, from);
    if (!best) return null;
    const { node, last } = best as { node: Node<T>; last: number };
    const hit = node.hit as { value: T; phrase: string };
    return { value: hit.value, phrase: hit.phrase, first: from, last, start: (units[from] as Unit).start, end: (units[last] as Unit).end };
  }

  /** Every match, left to right, longest first, without overlaps. */
  match(units: readonly Unit[]): PhraseMatch<T>[] {
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
