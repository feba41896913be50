/**
 * lexicon — the vocabulary. Takes the tables compiled by `pnpm generate` from
 * `packages/core/data/*.yml` and the tokenizer; gives the typed tables (roles, duty patterns,
 * titles, technologies, pay transparency, questions, quality phrases, gender-coded words,
 * spellings, sources, the cue lists of cues.yml), the role names, and the phrase matcher that
 * finds a table's phrases in a tokenized text (longest match wins) with the units cache that
 * builds matchers without tokenizing at start-up.
 */
export * from './cues.js';
export * from './generated/cues.generated.js';
export * from './generated/duty-patterns.generated.js';
export * from './generated/gender.generated.js';
export * from './generated/pay-transparency.generated.js';
export * from './generated/phrases.generated.js';
export * from './generated/questions.generated.js';
export * from './generated/roles.generated.js';
export * from './generated/sources.generated.js';
export * from './generated/tech-spellings.generated.js';
export * from './generated/technologies.generated.js';
export * from './generated/titles.generated.js';
export * from './keys.js';
export * from './matcher.js';
export * from './roles.js';
export * from './types.js';
export * from './units.js';
