/**
 * parse — the first stage. Takes the Markdown source (and, on a re-analysis, the last run's piece
 * cache); gives the remark (mdast) tree with exact source positions, parsed in pieces when the
 * document is large, after the Markdown limits (nesting, line length, size) have been checked. A
 * document over a limit is read as plain text, and the limit it broke is returned with the tree.
 * A source pasted as HTML is first rewritten as Markdown of the same length (html.ts).
 */
export { blockBoundaries } from './boundaries.js';
export * from './html.js';
export * from './limits.js';
export * from './parse.js';
export { parsePlainText } from './plain-text.js';
export * from './tree-front-matter.js';
