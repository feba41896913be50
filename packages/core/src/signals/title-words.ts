/**
 * The words of a title and the title vocabulary's phrases (titles.yml), for the title parser
 * (title.ts): a title is cut into words, conjunctions and separators with their offsets; German
 * compounds are read as qualifier + noun, plural nouns as the noun; the phrases are matched longest
 * first, each word taken once.
 */
import { titleLexicon, type TitleTermEntry } from '../lexicon/index.js';

export interface Word {
  /** Normalised word, or a separator/conjunction symbol. */
  key: string;
  kind: 'word' | 'conj' | 'sep';
  /** Offsets in the title text. */
  start: number;
  end: number;
}

const WORD = /c\+\+|c#|f#|\.net|node\.js|[\p{L}\p{M}\p{N}]+|[/&+]|[,:;()[\]|@]|\s[-–—]\s/gu;

/** A word's key: lowercased, accents dropped ("Ingénieur", "Sênior" and "Cientifico" as boards type them). */
const readKey = (raw: string) => raw.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').trim();
/** Keys already read (titles repeat their words across a batch), forgotten past KEYS_KEPT. */
const keys = new Map<string, string>();
const KEYS_KEPT = 10_000;
function keyOf(raw: string): string {
  let key = keys.get(raw);
  if (key === undefined) {
    if (keys.size >= KEYS_KEPT) keys.clear();
    key = readKey(raw);
    keys.set(raw, key);
  }
  return key;
}

export function words(title: string): Word[] {
  const out: Word[] = [];
  for (const m of title.matchAll(WORD)) {
    const raw = m[0];
    const start = m.index;
    const key = keyOf(raw);
    if (key === '/' || key === '&' || key === '+') out.push({ key, kind: 'conj', start, end: start + raw.length });
    else if (key === 'and' || key === 'or') out.push({ key, kind: 'conj', start, end: start + raw.length });
    else if (/^[,:;()[\]|@\-–—]$/.test(key)) out.push({ key, kind: 'sep', start, end: start + raw.length });
    else out.push({ key, kind: 'word', start, end: start + raw.length });
  }
  return out;
}

interface Phrase {
  keys: string[];
  entry: TitleTermEntry;
}

function phrases(entries: readonly TitleTermEntry[]): Phrase[] {
  const list: Phrase[] = [];
  for (const entry of entries) {
    for (const term of entry.terms) {
      const keys = words(term).filter((w) => w.kind === 'word' || w.key === '+' || w.key === '#').map((w) => w.key);
      if (keys.length > 0) list.push({ keys, entry });
    }
  }
  // Longest first, so "machine learning engineer" wins over "engineer".
  return list.sort((a, b) => b.keys.length - a.keys.length);
}

export const ROLE_NOUNS = phrases(titleLexicon.roleNouns);
export const GENERIC = phrases(titleLexicon.genericNouns);
export const QUALIFIERS = phrases(titleLexicon.qualifiers);
export const STRIP = phrases(titleLexicon.strip);
export const VAGUE = phrases(titleLexicon.vague);
const SINGLE = new Set([ROLE_NOUNS, GENERIC, QUALIFIERS, STRIP, VAGUE].flat().filter((p) => p.keys.length === 1).map((p) => p.keys[0]));
/** Long one-word nouns that end a compound ("Softwareentwickler", "Dateningenieur"), longest first. */
const HEADS = [...ROLE_NOUNS, ...GENERIC]
  .map((p) => (p.keys.length === 1 ? (p.keys[0] ?? '') : ''))
  .filter((k) => k.length >= 7)
  .sort((a, b) => b.length - a.length);

/**
 * German writes a title's qualifier and noun as one word: an unknown word that ends in a known
 * noun of seven letters or more is read as two, "Dateningenieur" as "daten" + "ingenieur".
 */
function decompound(ws: Word[]): Word[] {
  return ws.flatMap((w) => {
    if (w.kind !== 'word' || SINGLE.has(w.key)) return [w];
    const head = HEADS.find((h) => w.key.length >= h.length + 2 && w.key.endsWith(h));
    if (!head) return [w];
    const cut = Math.max(w.start + 1, w.end - head.length);
    return [
      { key: w.key.slice(0, w.key.length - head.length), kind: 'word' as const, start: w.start, end: cut },
      { key: head, kind: 'word' as const, start: cut, end: w.end },
    ];
  });
}

/** Generic nouns that name no kind of engineering on their own. */
export const BARE_GENERIC = new Set(['engineer', 'developer', 'programmer']);

export interface Hit {
  from: number;
  to: number; // exclusive, index into the word list
  entry: TitleTermEntry;
}

/** Each phrase list by its phrases' first word, in the list's order (longest first). */
const byFirstKey = new WeakMap<Phrase[], Map<string, Phrase[]>>();

function firstKeyIndex(list: Phrase[]): Map<string, Phrase[]> {
  let index = byFirstKey.get(list);
  if (!index) {
    index = new Map();
    for (const p of list) {
      const first = p.keys[0] as string;
      const same = index.get(first);
      if (same) same.push(p);
      else index.set(first, [p]);
    }
    byFirstKey.set(list, index);
  }
  return index;
}

/** The first phrase of `list` (in its order) that the words from `i` spell, as a hit. */
function matchAt(ws: Word[], i: number, list: Phrase[]): Hit | null {
  const first = ws[i];
  if (first?.kind !== 'word') return null;
  for (const p of firstKeyIndex(list).get(first.key) ?? []) {
    if (p.keys.every((k, j) => ws[i + j]?.kind === 'word' && ws[i + j]?.key === k)) return { from: i, to: i + p.keys.length, entry: p.entry };
  }
  return null;
}

export function scan(ws: Word[], list: Phrase[], taken: boolean[]): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (taken[i]) continue;
    const hit = matchAt(ws, i, list);
    if (!hit || taken.slice(hit.from, hit.to).some(Boolean)) continue;
    hits.push(hit);
    for (let j = hit.from; j < hit.to; j++) taken[j] = true;
    i = hit.to - 1;
  }
  return hits;
}

/** The last word of every role and generic noun ("engineer" of "machine learning engineer"). */
const NOUN_ENDS = new Set([...ROLE_NOUNS, ...GENERIC].map((p) => p.keys[p.keys.length - 1] ?? ''));

/**
 * A board that hires several people writes the noun in the plural ("ML Engineers", "Software
 * Devs", "Data Scientists"): an unknown word that is a noun's last word with "s" or "es" added is
 * read as that noun.
 */
function singular(ws: Word[]): Word[] {
  return ws.map((w) => {
    if (w.kind !== 'word' || w.key.length < 4 || SINGLE.has(w.key) || !w.key.endsWith('s')) return w;
    const one = [w.key.slice(0, -1), w.key.slice(0, -2)].find((k) => NOUN_ENDS.has(k));
    return one ? { ...w, key: one } : w;
  });
}

/** A title's words as the parser reads them: compounds split, plurals made singular. */
export function titleWords(title: string): Word[] {
  return singular(decompound(words(title)));
}
