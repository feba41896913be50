/**
 * Pay in a posting: amounts and ranges in their common written forms ("$120k–$150k",
 * "EUR 70,000 - 85,000", "£50-60k", "$45–$55/hour", "120.000 € – 150.000 €"), open-ended figures
 * ("up to $150,000", "$150k+"), vague stand-ins ("competitive salary", "DOE"), and the places a
 * posting names that have a pay-transparency law (packages/core/data/pay-transparency.yml).
 */
import { cueWords, type IndexedUnits, type JurisdictionEntry, jurisdictions, type PhraseMatch, PhraseMatcher, type SharedPhraseMatcher, toUnits, type Unit, vaguePay, type VaguePayEntry } from '../lexicon/index.js';
import { tokenize } from '../nlp/index.js';

export type PayKind = 'range' | 'single' | 'open-ended';
export type PayPeriod = 'hour' | 'day' | 'week' | 'month' | 'year';

export interface PayFigure {
  kind: PayKind;
  min: number;
  max: number | null;
  /** Currency symbol or code as written, or null. */
  currency: string | null;
  period: PayPeriod | null;
  /** The figure as written, and its offsets in the text it was read from. */
  text: string;
  start: number;
  end: number;
}

const CODE = 'USD|US\\$|EUR|GBP|CAD|CA\\$|C\\$|AUD|A\\$|AU\\$|NZD|CHF|SEK|NOK|DKK|PLN|CZK|HUF|INR|JPY|SGD|HKD|BRL|R\\$|MXN|ZAR|AED';
const SYMBOL = '[$€£¥₹]';
const NUMBER = "\\d{1,3}(?:[,.\\u00a0\\u202f' ]\\d{3})+(?:[.,]\\d{1,2})?(?!\\d)|\\d+(?:[.,]\\d+)?";
const MULTIPLIER = '(?:\\s?(?:k|mm|m|bn|b|million|billion|thousand|mil)(?![\\p{L}\\p{N}]))?';
const AMOUNT = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${CODE})\\s?)?(${SYMBOL})?\\s?(${NUMBER})(${MULTIPLIER})(?:\\s?(${SYMBOL}))?(?:\\s?(${CODE})(?![\\p{L}]))?`,
  'giu',
);
const RANGE_SEPARATOR = /^\s*(?:-|–|—|~|to|bis|until|and)\s*$/i;
const UP_TO = /(?:up\s*to|as much as|maximum of|max(?:imum)?\.?)\s*$/i;
const FROM = /(?:from|starting (?:at|from)|starts at|at least|minimum of|min\.?|no less than)\s*$/i;
const OPEN_AFTER = /^(?:\+|\s*(?:or more|and up|and above|or higher)\b)/i;
const PERIOD_AFTER =
  /^\s*(?:\/\s*|per\s+|an?\s+|each\s+)(year|yr|annum|hour|hr|h|month|mo|week|wk|day)\b|^\s*,?\s*(annually|hourly|yearly|monthly|weekly|daily|p\.?\s?a\.?|per annum|annual|gross)(?![\p{L}])/iu;
const PERIOD_BEFORE = /\b(annual|annually|yearly|hourly|monthly|weekly|daily)\b[^.\n]{0,40}$/i;

function periodOf(word: string): PayPeriod | null {
  const w = word.toLowerCase().replace(/[\s.]/g, '');
  if (/^(year|yr|annum|annually|yearly|pa|perannum|annual|gross)$/.test(w)) return 'year';
  if (/^(hour|hr|h|hourly)$/.test(w)) return 'hour';
  if (/^(month|mo|monthly)$/.test(w)) return 'month';
  if (/^(week|wk|weekly)$/.test(w)) return 'week';
  if (/^(day|daily)$/.test(w)) return 'day';
  return null;
}

function parseNumber(raw: string): number {
  const grouped = /^(\d{1,3}(?:[,.\u00a0\u202f' ]\d{3})+)(?:[.,](\d{1,2}))?$/.exec(raw);
  if (grouped) return Number(`${(grouped[1] as string).replace(/\D/g, '')}.${grouped[2] ?? '0'}`);
  return Number(raw.replace(',', '.'));
}

function multiplierOf(raw: string): number {
  const m = raw.trim().toLowerCase();
  if (m === 'k' || m === 'thousand') return 1_000;
  if (m === 'm' || m === 'mm' || m === 'million' || m === 'mil') return 1_000_000;
  if (m === 'b' || m === 'bn' || m === 'billion') return 1_000_000_000;
  return 1;
}

interface Amount {
  raw: number;
  multiplier: number;
  hasMultiplier: boolean;
  currency: string | null;
  start: number;
  end: number;
}

const DIGIT = /\d/;

function amounts(text: string): Amount[] {
  const out: Amount[] = [];
  // Every amount has a digit; most blocks of a posting have none.
  if (!DIGIT.test(text)) return out;
  for (const m of text.matchAll(AMOUNT)) {
    const [whole, code1, sym1, num, mult, sym2, code2] = m;
    let start = m.index;
    let end = start + whole.length;
    // The regex may take a trailing space of a thousands group; keep the span tight.
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    while (start < end && /\s/.test(text[start] as string)) start++;
    const multiplier = multiplierOf(mult ?? '');
    out.push({
      raw: parseNumber(num as string),
      multiplier,
      hasMultiplier: multiplier !== 1,
      currency: code1 ?? sym1 ?? sym2 ?? code2 ?? null,
      start,
      end,
    });
  }
  return out;
}

function periodAround(text: string, start: number, end: number): PayPeriod | null {
  const after = PERIOD_AFTER.exec(text.slice(end, end + 24));
  if (after) return periodOf((after[1] ?? after[2]) as string);
  const before = PERIOD_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  return before ? periodOf(before[1] as string) : null;
}

/**
 * Every pay-like figure in `text`: ranges, single amounts and open-ended ones. Whether a figure is
 * pay (and not a funding round or a learning budget) is for the caller to decide from context;
 * figures with neither a currency nor a thousands multiplier are left out, and single amounts need a
 * currency unless `bare` says the text is known to be about pay.
 */
export function findPayFigures(text: string, options: { bare?: boolean } = {}): PayFigure[] {
  const list = amounts(text);
  const out: PayFigure[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i] as Amount;
    const b = list[i + 1];
    const between = b ? text.slice(a.end, b.start) : '';
    if (b && RANGE_SEPARATOR.test(between) && (!/and/i.test(between) || /between\s*$/i.test(text.slice(Math.max(0, a.start - 12), a.start)))) {
      // "£50-60k": a multiplier written once applies to both ends.
      const aMult = a.hasMultiplier ? a.multiplier : b.multiplier;
      const min = a.raw * aMult;
      const max = b.raw * b.multiplier;
      const currency = a.currency ?? b.currency;
      if (min > 0 && min <= max && (currency || a.hasMultiplier || b.hasMultiplier)) {
        out.push({ kind: 'range', min, max, currency, period: periodAround(text, a.start, b.end), text: text.slice(a.start, b.end), start: a.start, end: b.end });
        i++;
        continue;
      }
    }
    // A bare number counts only where the field says it is pay (front matter `salary: 150k`).
    if (!a.currency && !(options.bare && (a.hasMultiplier || a.raw >= 1000))) continue;
    const before = text.slice(Math.max(0, a.start - 24), a.start);
    const after = text.slice(a.end, a.end + 16);
    const open = UP_TO.test(before) || FROM.test(before) || OPEN_AFTER.test(after);
    let start = a.start;
    let end = a.end;
    if (open) {
      const lead = UP_TO.exec(before) ?? FROM.exec(before);
      if (lead) start = a.start - (before.length - lead.index);
      const tail = OPEN_AFTER.exec(after);
      if (tail) end = a.end + tail[0].length;
    }
    const value = a.raw * a.multiplier;
    out.push({ kind: open ? 'open-ended' : 'single', min: value, max: null, currency: a.currency, period: periodAround(text, a.start, a.end), text: text.slice(start, end), start, end });
  }
  return out;
}

// ---------------------------------------------------------------------------------- places

export interface PlaceMention {
  jurisdiction: JurisdictionEntry;
  /** Offsets in the text that was searched. */
  start: number;
  end: number;
  text: string;
}

const BY_ID = new Map(jurisdictions.map((j) => [j.id, j]));
const BY_CODE = new Map(jurisdictions.flatMap((j) => j.codes.map((c) => [c, j] as const)));
/** Words before ", CA" that are not a city ("Remote, CA" may mean Canada). */
const NOT_A_CITY = cueWords('not-a-city');

let placeMatcher: SharedPhraseMatcher<JurisdictionEntry> | null = null;

function places(): SharedPhraseMatcher<JurisdictionEntry> {
  placeMatcher ??= PhraseMatcher.shared(jurisdictions.map((j) => ({ phrases: j.places, caseSensitive: j.placesCaseSensitive, value: j })));
  return placeMatcher;
}

/** Places with a pay-transparency law named in a posting's `units` (of `text`): place names, and "City, ST". */
export function findPlaces(units: IndexedUnits, text: string): PlaceMention[] {
  return withCities(units, text, places().match(units));
}

/** `findPlaces` in units that are not the posting's (a front-matter title, tokenized on its own). */
export function findPlacesInUnits(units: readonly Unit[], text: string): PlaceMention[] {
  return withCities(units, text, places().matchAlone(units));
}

/** The places the matcher found, and "City, ST" pairs. */
function withCities(units: readonly Unit[], text: string, named: PhraseMatch<JurisdictionEntry>[]): PlaceMention[] {
  const out: PlaceMention[] = named.map((m) => ({ jurisdiction: m.value, start: m.start, end: m.end, text: text.slice(m.start, m.end) }));
  for (let i = 2; i < units.length; i++) {
    const code = units[i] as Unit;
    const comma = units[i - 1] as Unit;
    const city = units[i - 2] as Unit;
    const next = units[i + 1];
    const jurisdiction = BY_CODE.get(code.value);
    if (!jurisdiction || code.barrier || comma.value !== ',' || city.barrier || comma.barrier) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(city.value) || NOT_A_CITY.has(city.normal)) continue;
    if (next && !next.barrier && !next.punctuation) continue;
    if (out.some((p) => p.start <= code.start && code.end <= p.end)) continue;
    out.push({ jurisdiction, start: city.start, end: code.end, text: text.slice(city.start, code.end) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Places in a free-standing string (a front-matter `location`), tokenized on their own. */
export function findPlacesIn(value: string): PlaceMention[] {
  return findPlacesInUnits(toUnits(tokenize(value).tokens), value);
}

/** The jurisdictions whose law applies to a set of places, parents included ("NYC" → also New York State). */
export function lawsFor(mentions: readonly PlaceMention[]): JurisdictionEntry[] {
  const out: JurisdictionEntry[] = [];
  const add = (j: JurisdictionEntry | undefined) => {
    if (!j || out.includes(j)) return;
    out.push(j);
    add(j.within ? BY_ID.get(j.within) : undefined);
  };
  for (const m of mentions) add(m.jurisdiction);
  return out;
}

// ---------------------------------------------------------------------------------- vague pay

export interface VaguePayMention {
  entry: VaguePayEntry;
  first: number;
  last: number;
  start: number;
  end: number;
}

let vagueMatcher: SharedPhraseMatcher<VaguePayEntry> | null = null;

export function findVaguePay(units: IndexedUnits): VaguePayMention[] {
  vagueMatcher ??= PhraseMatcher.shared(vaguePay.map((e) => ({ phrases: e.terms, caseSensitive: e.caseSensitive, value: e })));
  return vagueMatcher.match(units).map((m) => ({ entry: m.value, first: m.first, last: m.last, start: m.start, end: m.end }));
}
