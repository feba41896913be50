import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { checkMarkdownLimits, parsePlainText } from './limits.js';

/** The parser jdlint uses when it is handed a string: Markdown with YAML front matter and GFM. */
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

/**
 * Parses a posting. A source beyond `MARKDOWN_LIMITS` (nesting, delimiters, lazy lines) is read
 * as plain text instead, in linear time, and the tree records which limit it exceeded.
 */
export function parseMarkdown(source: string): Root {
  const problem = checkMarkdownLimits(source);
  if (problem === null) return processor.parse(source);
  const tree = parsePlainText(source);
  tree.data = { ...tree.data, jdlintMarkdownLimit: problem };
  return tree;
}
