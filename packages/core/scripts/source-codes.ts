/** Source codes ("[JL]", "[LI-TIPS]") in a data entry's `source`, checked against sources.yml. */

/** A source code in brackets: upper-case letters, digits and hyphens. */
export const SOURCE_CODE = /\[([A-Z0-9][A-Z0-9-]*)\]/g;

/** The codes a `source` string cites, in order. */
export function sourceCodes(source: string): string[] {
  return [...source.matchAll(SOURCE_CODE)].map((m) => m[1] as string);
}

/**
 * A source is a URL or cites at least one code, and every code it cites is in sources.yml.
 * Errors name the entry (`where`).
 */
export function checkSource(value: unknown, where: string, codes: ReadonlySet<string>, errors: string[]): void {
  if (typeof value !== 'string' || value.trim() === '') {
    errors.push(`${where}: every entry needs a source`);
    return;
  }
  if (/^https?:\/\/\S+$/.test(value)) return;
  const used = sourceCodes(value);
  if (used.length === 0) errors.push(`${where}: source must be a URL or cite codes like [JL] from sources.yml`);
  for (const code of used) if (!codes.has(code)) errors.push(`${where}: unknown source code [${code}] (add it to sources.yml)`);
}
