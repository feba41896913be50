/**
 * The reader for a document over a Markdown limit: plain text in, a remark tree out, in linear
 * time and without recursion.
 */
import type { Heading, Html, List, ListItem, Paragraph, Root, RootContent, Text, Yaml } from 'mdast';
import { LineIndex } from '../shared/index.js';
import { frontMatter, isThematicBreak, lines } from './lines.js';

/**
 * Reads a source as plain text, in linear time and without recursion: front matter, ATX headings,
 * list items (one list per run of items), paragraphs, and lines that are only an HTML comment
 * (so inline control comments still work). Text nodes hold the source as written.
 */
export function parsePlainText(source: string): Root {
  const index = new LineIndex(source);
  const position = (start: number, end: number) => ({ start: index.point(start), end: index.point(end) });
  const root: Root = { type: 'root', children: [], position: position(0, source.length) };
  const fm = frontMatter(source);
  if (fm) {
    const yaml: Yaml = { type: 'yaml', value: source.slice(fm.valueStart, fm.valueEnd), position: position(0, fm.end) };
    root.children.push(yaml);
  }
  // The paragraph being read; its text is cut from the source once, when it ends.
  let paragraph: { node: Paragraph; text: Text; start: number; end: number } | null = null;
  let list: List | null = null;
  const text = (start: number, end: number): Text => ({ type: 'text', value: source.slice(start, end), position: position(start, end) });
  const endParagraph = () => {
    if (paragraph && paragraph.text.position?.end.offset !== paragraph.end) {
      Object.assign(paragraph.text, text(paragraph.start, paragraph.end));
      (paragraph.node.position as NonNullable<Paragraph['position']>).end = index.point(paragraph.end);
    }
    paragraph = null;
  };
  const push = (node: RootContent) => {
    endParagraph();
    root.children.push(node);
  };

  for (const line of lines(source)) {
    if (fm && line.start <= fm.end) continue;
    const { start, end } = line;
    let content = start;
    while (content < end && (source[content] === ' ' || source[content] === '\t')) content++;
    const trimmedEnd = (() => {
      let e = end;
      while (e > content && (source[e - 1] === ' ' || source[e - 1] === '\t')) e--;
      return e;
    })();
    if (content >= trimmedEnd) {
      endParagraph();
      list = null;
      continue;
    }
    const raw = source.slice(content, Math.min(trimmedEnd, content + 8));
    const heading = /^(#{1,6})(?:[ \t]|$)/.exec(raw);
    if (heading) {
      list = null;
      let from = content + (heading[1] as string).length;
      while (from < trimmedEnd && (source[from] === ' ' || source[from] === '\t')) from++;
      const node: Heading = { type: 'heading', depth: (heading[1] as string).length as Heading['depth'], children: from < trimmedEnd ? [text(from, trimmedEnd)] : [], position: position(start, end) };
      push(node);
      continue;
    }
    if (raw.startsWith('<!--') && source.slice(trimmedEnd - 3, trimmedEnd) === '-->') {
      list = null;
      const node: Html = { type: 'html', value: source.slice(content, trimmedEnd), position: position(content, trimmedEnd) };
      push(node);
      continue;
    }
    const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(raw);
    if (marker && !isThematicBreak(source, content, trimmedEnd)) {
      let from = content + marker[0].length;
      while (from < trimmedEnd && (source[from] === ' ' || source[from] === '\t')) from++;
      const ordered = /\d/.test(marker[0]);
      endParagraph();
      if (!list || list.ordered !== ordered) {
        list = { type: 'list', ordered, spread: false, children: [], position: position(start, end) };
        push(list);
      }
      const t = text(from, trimmedEnd);
      const node: Paragraph = { type: 'paragraph', children: [t], position: position(from, trimmedEnd) };
      const item: ListItem = { type: 'listItem', spread: false, children: [node], position: position(content, trimmedEnd) };
      list.children.push(item);
      (list.position as NonNullable<List['position']>).end = index.point(trimmedEnd);
      paragraph = { node, text: t, start: from, end: trimmedEnd };
      continue;
    }
    if (paragraph) {
      // A continuation line: the paragraph's text runs on to the end of this line, as written.
      paragraph.end = trimmedEnd;
      continue;
    }
    list = null;
    const t = text(content, trimmedEnd);
    const node: Paragraph = { type: 'paragraph', children: [t], position: position(content, trimmedEnd) };
    push(node);
    paragraph = { node, text: t, start: content, end: trimmedEnd };
  }
  endParagraph();
  return root;
}
