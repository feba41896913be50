/**
 * nlp — the third stage, and the only door to wink-nlp. Takes text (a block of the projection, a
 * title, a phrase); gives tokens with exact offsets, their normal form, lemma and part of speech,
 * sentence boundaries, and the negation scope each token stands in. The language model is loaded
 * once per process, on the first call.
 */
export * from './nlp.js';
