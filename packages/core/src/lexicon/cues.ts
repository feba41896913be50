/** The cue lists of `data/cues.yml` (see `CUE_LIST_KINDS`), flattened for the code that reads them. */
import { cueLists } from './generated/cues.generated.js';
import type { CueListName } from './types.js';

/**
 * A list's phrases, words or fields in the order the data lists them. A list not yet in the
 * generated table (one just added to `CUE_LIST_KINDS`) reads as empty, so that `pnpm generate`,
 * which loads this code, can write it; `pnpm generate --check` (in the tests) fails until then.
 */
export function cueTerms(name: CueListName): readonly string[] {
  return ((cueLists as Partial<typeof cueLists>)[name] ?? []).flatMap((entry) => entry.terms);
}

/** A `words` list as a set, for comparing with a token's lowercase form and lemma. */
export function cueWords(name: CueListName): ReadonlySet<string> {
  return new Set(cueTerms(name));
}
