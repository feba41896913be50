/** The cue lists of `data/cues.yml` (see `CUE_LIST_KINDS`), flattened for the code that reads them. */
import { cueLists } from './generated/cues.generated.js';
import type { CueListName } from './types.js';

/** A list's phrases, words or fields in the order the data lists them. */
export function cueTerms(name: CueListName): readonly string[] {
  return cueLists[name].flatMap((entry) => entry.terms);
}

/** A `words` list as a set, for comparing with a token's lowercase form and lemma. */
export function cueWords(name: CueListName): ReadonlySet<string> {
  return new Set(cueTerms(name));
}
