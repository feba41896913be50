import type { Root } from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * GitHub Flavored Markdown, one extension at a time, in remark-gfm's order. Each extension only
 * changes the tree when its construct is in the text, and no construct can appear without the
 * characters it starts with; an extension whose characters are absent is left out, which gives
 * the same tree as remark-gfm for less work (autolink literals alone nearly double the cost of
 * parsing prose, since they try an e-mail address at every word).
 */
const GFM = [
  // www. and http(s):// links, and e-mail addresses (mailto: and xmpp: ones too).
  { name: 'autolink', present: /www\.|https?:\/\/|@/i, syntax: gfmAutolinkLiteral, tree: gfmAutolinkLiteralFromMarkdown },
  { name: 'footnote', present: /\[\^/, syntax: gfmFootnote, tree: gfmFootnoteFromMarkdown },
  { name: 'strikethrough', present: /~/, syntax: gfmStrikethrough, tree: gfmStrikethroughFromMarkdown },
  { name: 'table', present: /\|/, syntax: gfmTable, tree: gfmTableFromMarkdown },
  { name: 'task-list', present: /\[/, syntax: gfmTaskListItem, tree: gfmTaskListItemFromMarkdown },
] as const;

const processors = new Map<number, Processor<Root>>();

function processorFor(mask: number): Processor<Root> {
  let processor = processors.get(mask);
  if (!processor) {
    const used = GFM.filter((_, i) => (mask & (1 << i)) !== 0);
    // What remark-gfm does, for the extensions in use: add their syntax and tree builders.
    function gfmSubset(this: Processor): void {
      const data = this.data();
      (data.micromarkExtensions ??= []).push(...used.map((e) => e.syntax()));
      // The cast: pnpm hoists mdast-util-from-markdown 1.x (pulled in by the benchmark's alex) for
      // type look-ups from packages that do not declare it; at run time these are the 2.x builders
      // remark-gfm uses, and the parse tests compare the trees with remark-gfm's.
      (data.fromMarkdownExtensions ??= []).push(...(used.map((e) => e.tree()) as never[]));
    }
    processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(gfmSubset).freeze() as unknown as Processor<Root>;
    processors.set(mask, processor);
  }
  return processor;
}

/** The parser jdlint uses when it is handed a string: Markdown with YAML front matter and GFM. */
export function parseMarkdown(source: string): Root {
  let mask = 0;
  GFM.forEach((e, i) => {
    if (e.present.test(source)) mask |= 1 << i;
  });
  return processorFor(mask).parse(source);
}
