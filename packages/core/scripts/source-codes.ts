/** Source codes ("[JL]", "[LI-TIPS]") in a data entry's `source`, checked against sources.yml. */

/** A source code in brackets: upper-case letters, digits and hyphens. */
export const SOURCE_CODE = /\[([A-Z0-9][A-Z0-9-]*)\]/g;

/** Text in brackets that starts like a code but is not one ("[RM-AI intro]"), so it resolves nowhere. */
const MALFORMED_CODE = /\[([A-Z][A-Za-z0-9 -]*)\](?!\()/g;

/** A pointer into notes that are not in the repository ("domain §1.1 A11", "DESIGN §2"). */
const OUTSIDE_SECTION = /§/;

/** A URL anywhere in the source. */
const URL = /https?:\/\/\S+/;

/** The codes a `source` string cites, in order. */
export function sourceCodes(source: string): string[] {
  return [...source.matchAll(SOURCE_CODE)].map((m) => m[1] as string);
}

/**
 * Every data file's `source`, one check: a URL, or text that contains a URL, or text that cites at
 * least one code; every code it cites is in sources.yml; and it points at no section of notes
 * outside the repository ("domain §1.1", "DESIGN §2": a "§" anywhere is refused). A file in the
 * repository may be named beside the codes. Errors name the entry (`where`).
 */
export function checkSource(value: unknown, where: string, codes: ReadonlySet<string>, errors: string[]): void {
  if (typeof value !== 'string' || value.trim() === '') {
    errors.push(`${where}: every entry needs a source`);
    return;
  }
  if (OUTSIDE_SECTION.test(value)) errors.push(`${where}: source cites a § section of notes outside the repository; cite codes from sources.yml instead`);
  for (const m of value.matchAll(MALFORMED_CODE)) {
    if (!/^[A-Z0-9][A-Z0-9-]*$/.test(m[1] as string)) errors.push(`${where}: [${m[1] as string}] is not a source code (upper-case letters, digits and hyphens, as in sources.yml)`);
  }
  const used = sourceCodes(value);
  if (used.length === 0 && !URL.test(value)) errors.push(`${where}: source must be a URL, contain one, or cite codes like [JL] from sources.yml`);
  for (const code of used) if (!codes.has(code)) errors.push(`${where}: unknown source code [${code}] (add it to sources.yml)`);
}
