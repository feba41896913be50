import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { LineIndex } from './diagnostic.js';
import { blockBoundaries, checkMarkdownLimits, parsePlainText } from './limits.js';

/** The parser jdlint uses when it is handed a string: Markdown with YAML front matter and GFM. */
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

// micromark rewrites its whole event list each time a list or quote closes, so a document's
// parse time grows with (containers × length): 10,000 sections of a heading and a one-item list
// (270 KB) took 30 s. Sources longer than CHUNKED_FROM are parsed in pieces of at least
// CHUNK_SIZE characters, cut where every container is closed (see `blockBoundaries`). A posting
// is a few kilobytes and is parsed whole; in a chunked source, a reference link resolves only to
// a definition in its own piece.
const CHUNKED_FROM = 32 * 1024;
const CHUNK_SIZE = 4 * 1024;

/**
 * Parses a posting. A source beyond `MARKDOWN_LIMITS` (nesting, delimiters, lazy lines) is read
 * as plain text instead, in linear time, and the tree records which limit it exceeded.
 */
export function parseMarkdown(source: string): Root {
  const problem = checkMarkdownLimits(source);
  if (problem !== null) {
    const tree = parsePlainText(source);
    tree.data = { ...tree.data, jdlintMarkdownLimit: problem };
    return tree;
  }
  if (source.length <= CHUNKED_FROM) return processor.parse(source);
  const cuts = blockBoundaries(source, CHUNK_SIZE);
  if (cuts.length === 0) return processor.parse(source);
  const index = new LineIndex(source);
  const root: Root = { type: 'root', children: [], position: { start: index.point(0), end: index.point(source.length) } };
  const starts = [0, ...cuts];
  starts.forEach((from, i) => {
    const to = starts[i + 1] ?? source.length;
    const piece = processor.parse(source.slice(from, to));
    const lineShift = index.point(from).line - 1;
    // Every node gets new points: shifted by the piece's first line and offset (columns hold,
    // since each piece starts at a line start). Iterative: pieces may nest deeply.
    const stack: Nodes[] = [...piece.children];
    while (stack.length > 0) {
      const node = stack.pop() as Nodes;
      const p = node.position;
      if (p) {
        node.position = {
          start: { line: p.start.line + lineShift, column: p.start.column, offset: (p.start.offset ?? 0) + from },
          end: { line: p.end.line + lineShift, column: p.end.column, offset: (p.end.offset ?? 0) + from },
        };
      }
      if ('children' in node) for (const child of node.children) stack.push(child);
    }
    root.children.push(...piece.children);
  });
  return root;
}
