/**
 * shared — what every stage may use and none owns. Takes nothing from the pipeline; gives the
 * diagnostic and position types with the line index that turns offsets into line:column, the
 * last-run cache that lets one document's next analysis reuse its pieces and tokenizations, the
 * lazy `require` for packages loaded on first need (the YAML reader, the language model), the
 * YAML nesting-depth guard, the one `allow` normaliser, and the words-only key that compares texts
 * apart from their punctuation. Nothing here imports from another folder of core.
 */
export * from './allow.js';
export * from './diagnostic.js';
export * from './quote.js';
export * from './require.js';
export * from './reuse.js';
export * from './words.js';
export * from './yaml-depth.js';
