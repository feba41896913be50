/**
 * The one `allow` normaliser: how the config's `allow` phrases, a rule's `allow` option (entry
 * ids, phrases, words) and the text they are compared with are keyed. Lowercase, with each run
 * of spaces and hyphens read as one space, as the phrase matcher reads them ("Data-Driven" =
 * "data  driven").
 */
export function allowKey(text: string): string {
  return text.toLowerCase().replace(/[-\s]+/g, ' ').trim();
}

/** True when any of `keys` is in the `allow` list (compared by `allowKey`). */
export function isAllowed(allow: readonly string[], ...keys: string[]): boolean {
  if (allow.length === 0) return false;
  const set = new Set(allow.map(allowKey));
  return keys.some((k) => set.has(allowKey(k)));
}
