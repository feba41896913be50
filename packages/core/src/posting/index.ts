/**
 * posting — the second stage. Takes the remark tree and the source; gives the posting model: the
 * title, the front matter, the sections (each with the kind its heading names), the blocks under
 * them (paragraphs, list items, headings), and the projection, the plain prose text that later
 * stages read, with the map from projection offsets back to source offsets.
 */
export { classifyHeading } from './headings.js';
export * from './model.js';
export * from './offsets.js';
export * from './posting.js';
export * from './control-comments.js';
