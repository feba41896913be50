/**
 * Phrase keys: the key sequence a phrase is matched by (its units lowercase, or in exact case),
 * for one phrase or many at once, these from the generated units cache where it has them; and
 * the units inside a text range.
 */
import { phraseUnitCache } from './generated/phrase-units.generated.js';
import { tokenize } from '../nlp/index.js';
import { toUnits, type Unit } from './units.js';

export const CS_PREFIX = '\u0000';

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
  const keys: string[][] = new Array<string[]>(phrases.length);
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
