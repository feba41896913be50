/**
 * YAML front matter (`---` … `---` at the very top) as one block of the Markdown syntax tree, so the
 * editor shows it as metadata instead of reading its last line as a setext heading.
 */
import { styleTags, tags } from '@lezer/highlight';
import type { MarkdownConfig } from '@lezer/markdown';

export const frontMatter: MarkdownConfig = {
  defineNodes: [{ name: 'FrontMatter', block: true }],
  props: [styleTags({ FrontMatter: tags.meta })],
  parseBlock: [
    {
      name: 'FrontMatter',
      before: 'HorizontalRule',
      parse(cx, line) {
        if (cx.lineStart !== 0 || !/^---\s*$/.test(line.text)) return false;
        const start = cx.lineStart;
        // An unclosed block runs to the end (core reports it: valid-front-matter).
        while (cx.nextLine()) if (/^(---|\.\.\.)\s*$/.test(line.text)) break;
        const end = cx.lineStart + line.text.length;
        cx.nextLine();
        cx.addElement(cx.elt('FrontMatter', start, end));
        return true;
      },
    },
  ],
};
