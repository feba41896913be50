/** Citations for notes: source codes from data/sources.yml expanded to what they cite. */
import { sourceCitations } from '../lexicon/index.js';

const CITES = new Map(sourceCitations.map((s) => [s.code, s.cite]));

/** Expands source codes ("[JL]; [DP-JARGON]") into citations; URLs stay as they are. */
export function cite(source: string): string {
  const codes = [...source.matchAll(/\[([A-Z0-9][A-Z0-9-]*)\]/g)].map((m) => m[1] as string);
  if (codes.length === 0) return source;
  return codes.map((c) => CITES.get(c) ?? `[${c}]`).join('; ');
}

/** A note in the house style: the why, then "(source: …)". */
export function noteWithSource(note: string, source: string): string {
  const why = note.trim().replace(/\.$/, '');
  return `${why}. (source: ${cite(source)})`;
}
