/**
 * The only module that imports wink-nlp. The model is loaded once per process, lazily, on the
 * first call; every token carries its exact offsets in the text it was given.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  /** The token as it stands in the text. */
  value: string;
  /** Lowercased form (wink's `normal`: contractions expanded, e.g. "n't" → "not"). */
  normal: string;
  lemma: string;
  pos: string;
  /** wink's token type: word, number, punctuation, symbol, currency, tabCRLF, ... */
  type: string;
  /** Inside the scope of a negation ("you will not train models"). */
  negated: boolean;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  start: number;
  end: number;
}

export interface Sentence {
  /** Token index range, end exclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
}

export interface TokenizedText {
  tokens: Token[];
  sentences: Sentence[];
}

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | null = null;

function nlp(): Nlp {
  instance ??= winkNLP(model, ['sbd', 'pos', 'negation']);
  return instance;
}

/** Loads the model now instead of on first use (for servers and benchmarks). */
export function warmUp(): void {
  nlp();
}

// wink-nlp's tokenizer is quadratic in the length of a run without whitespace (20,000 characters
// of `a/` took 6 s). Nothing that long is a word, so a run is cut by a space every MAX_RUN
// characters before wink reads it; the text keeps its length, so every offset stays exact.
const MAX_RUN = 100;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, 'g');

function cutLongRuns(text: string): string {
  return text.replace(LONG_RUN, (run) => {
    let out = '';
    let from = 0;
    for (let at = MAX_RUN; at < run.length; at += MAX_RUN + 1) {
      // Never split a surrogate pair: cut after it instead.
      const code = run.charCodeAt(at);
      if (code >= 0xdc00 && code <= 0xdfff) at++;
      if (at >= run.length) break;
      out += `${run.slice(from, at)} `;
      from = at + 1;
    }
    return out + run.slice(from);
  });
}

export function tokenize(input: string): TokenizedText {
  const engine = nlp();
  const its = engine.its;
  const text = cutLongRuns(input);
  const doc = engine.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const normals = tokens.out(its.normal) as string[];
  // wink-nlp's types declare `lemma` with an extra parameter; at run time it is a normal its function.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const pos = tokens.out(its.pos) as string[];
  const types = tokens.out(its.type) as string[];
  const negations = tokens.out(its.negationFlag) as unknown as boolean[];
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;

  const sentenceOf = new Array<number>(values.length).fill(0);
  spans.forEach(([first, last], index) => {
    for (let i = first; i <= last; i++) sentenceOf[i] = index;
  });

  const result: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    // Find the token from the cursor: wink keeps the original characters of every token, so
    // the search only skips the whitespace between tokens.
    const at = text.indexOf(value, cursor);
    const startAt = at < 0 ? cursor : at;
    const endAt = at < 0 ? cursor : at + value.length;
    cursor = endAt;
    result.push({
      value,
      normal: normals[i] ?? value.toLowerCase(),
      lemma: lemmas[i] ?? value.toLowerCase(),
      pos: pos[i] ?? 'X',
      type: types[i] ?? 'word',
      negated: negations[i] === true,
      sentence: sentenceOf[i] ?? 0,
      start: startAt,
      end: endAt,
    });
  }

  const sentences: Sentence[] = spans.map(([first, last]) => ({
    first,
    last: last + 1,
    start: result[first]?.start ?? 0,
    end: result[last]?.end ?? 0,
  }));
  return { tokens: result, sentences };
}
