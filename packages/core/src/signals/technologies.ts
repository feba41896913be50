/**
 * Technologies named in a posting (packages/core/data/technologies.yml), found with the shared
 * PhraseMatcher over the projection's match units, with their kind and first public date.
 */
import { type IndexedUnits, PhraseMatcher, type SharedPhraseMatcher, technologies, type TechnologyEntry, type TechnologyKind, technologyKinds, type Unit } from '../lexicon/index.js';

export interface TechnologyMention {
  entry: TechnologyEntry;
  kind: TechnologyKind;
  /** Unit index range, inclusive. */
  first: number;
  last: number;
  /** Projection offsets. */
  start: number;
  end: number;
}

const KINDS = new Map(technologyKinds.map((k) => [k.id, k]));

let matcher: SharedPhraseMatcher<TechnologyEntry> | null = null;

function technologyMatcher(): SharedPhraseMatcher<TechnologyEntry> {
  matcher ??= PhraseMatcher.shared(technologies.map((entry) => ({ phrases: entry.terms, caseSensitive: entry.caseSensitive, value: entry })));
  return matcher;
}

export function kindOf(entry: TechnologyEntry): TechnologyKind {
  return KINDS.get(entry.kind) as TechnologyKind;
}

const cache = new WeakMap<readonly Unit[], TechnologyMention[]>();

/** Every technology named in `units`, left to right, longest match first (computed once per units array). */
export function findTechnologies(units: IndexedUnits): TechnologyMention[] {
  let found = cache.get(units);
  if (!found) {
    found = technologyMatcher()
      .match(units)
      .map((m) => ({ entry: m.value, kind: kindOf(m.value), first: m.first, last: m.last, start: m.start, end: m.end }));
    cache.set(units, found);
  }
  return found;
}

/** The longest technology match starting exactly at unit `from`, or null. */
export function technologyAt(units: readonly Unit[], from: number): TechnologyMention | null {
  const m = technologyMatcher().matchAt(units, from);
  return m ? { entry: m.value, kind: kindOf(m.value), first: m.first, last: m.last, start: m.start, end: m.end } : null;
}

/**
 * A partial date (YYYY, YYYY-MM, YYYY-MM-DD) as the first day of its period, UTC: the earliest the
 * technology can have been public, so the age check never overstates what was possible.
 */
export function startOfPeriod(date: string): Date {
  const [y, m = '01', d = '01'] = date.split('-');
  return new Date(`${y}-${m}-${d}T00:00:00Z`);
}

/** A partial date as the last day of its period: the latest a law can have taken effect. */
export function endOfPeriod(date: string): Date {
  const parts = date.split('-');
  const y = Number(parts[0]);
  if (parts.length === 3) return new Date(`${date}T00:00:00Z`);
  if (parts.length === 2) return new Date(Date.UTC(y, Number(parts[1]), 0));
  return new Date(Date.UTC(y, 11, 31));
}

const DAY = 24 * 60 * 60 * 1000;

/** Years from `from` to `to`, in years of 365.25 days (negative when `to` is earlier). */
export function yearsBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / DAY / 365.25;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2022-10" → "October 2022", "2022-10-05" → "5 October 2022", "2019" → "2019". */
export function formatPartialDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return String(y);
  const month = MONTHS[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A Date as YYYY-MM-DD (UTC). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
