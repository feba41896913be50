/**
 * Legal boilerplate inside blocks: equal-opportunity and accommodation sentences, found by their
 * wording or by naming three protected attributes, so that wording rules stay quiet there.
 */

const LEGAL_SENTENCE =
  /equal (employment )?opportunit|without regard to|regardless of (race|gender|sex|age|religion|colou?r|national)|protected (veteran|class|characteristic|status)|reasonable accommodation|affirmative action|e-?verify|\beeo\b|discriminat(e|ion) (against|on the basis)|fair chance/i;
/** Protected attributes; three in one sentence make it an anti-discrimination statement. */
const PROTECTED = /\b(race|colou?r|religion|creed|sex|gender|sexual orientation|national origin|ancestry|age|disability|veteran|marital|pregnancy|genetic)\b/gi;

/** Splits block text into sentences (cheap; only for spotting legal boilerplate). */
function sentenceRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (const m of text.matchAll(/[.!?](?=\s+["“(\p{Lu}])/gu)) {
    const end = m.index + 1;
    out.push([from, end]);
    from = end;
    while (from < text.length && /\s/.test(text[from] as string)) from++;
  }
  if (from < text.length) out.push([from, text.length]);
  return out;
}

function isLegalSentence(sentence: string): boolean {
  if (LEGAL_SENTENCE.test(sentence)) return true;
  const found = new Set((sentence.match(PROTECTED) ?? []).map((w) => w.toLowerCase()));
  return found.size >= 3;
}

/**
 * A block is legal boilerplate when most of its sentences are; a long block that only contains a
 * legal sentence or two (a whole posting pasted as one paragraph) keeps its other sentences.
 */
export function legalParts(text: string): { legal: boolean; spans: Array<[number, number]> } {
  // A block none of whose text reads as legal has no legal sentence either (most blocks): no need
  // to cut it into sentences.
  if (!isLegalSentence(text)) return { legal: false, spans: [] };
  const sentences = sentenceRanges(text);
  const legal = sentences.filter(([s, e]) => isLegalSentence(text.slice(s, e)));
  if (legal.length === 0) return { legal: false, spans: [] };
  // Half the sentences: an EEO paragraph often adds a sentence or two that names no protected class.
  if (legal.length * 2 >= sentences.length) return { legal: true, spans: [] };
  return { legal: false, spans: legal };
}
