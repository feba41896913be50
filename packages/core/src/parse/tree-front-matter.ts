import type { Root } from 'mdast';
import { type ParsedMarkdown, parseDocument, parsedTree, type PieceCache } from './parse.js';

/**
 * The tree to analyze when a front end hands over its own tree. A remark pipeline without
 * remark-frontmatter reads a posting's front matter as Markdown (a thematic break, then its fields
 * as a paragraph or a heading that would pass for the title): when the source starts with a
 * fence and the tree has no `yaml` node, the source is parsed again with core's own parser, which
 * reads the front matter, so the findings are the ones the CLI gives for the same text. A tree
 * that already has the front matter, or a source without a fence, is used as it is.
 */
export function treeWithFrontMatter(tree: Root, source: string, pieces?: PieceCache): ParsedMarkdown {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (!text.startsWith('---') || tree.children.some((n) => n.type === 'yaml')) return parsedTree(tree);
  const own = parseDocument(source, pieces);
  return own.tree.children[0]?.type === 'yaml' ? own : parsedTree(tree);
}
