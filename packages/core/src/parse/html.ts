/**
 * Postings pasted from an applicant-tracking system often arrive as HTML (`<h2>`, `<ul><li>`,
 * `<p>`), which Markdown keeps as raw `html` nodes: no headings, no bullets, no prose for the
 * analysis to read. `htmlAsMarkdown` rewrites such a source into Markdown *of the same length*:
 * each tag becomes whitespace, a heading tag starts a line with `#`s, a list-item tag with `- `,
 * and a block tag with a line break. Every character that is not part of a tag keeps its offset,
 * so positions found in the rewritten text are positions in the original one. A source with fewer
 * than `MIN_BLOCK_TAGS` block tags is Markdown with an odd tag in it and is returned unchanged.
 */

/** Block-level tags that make a source an HTML document rather than Markdown with an inline tag. */
const BLOCK = new Set(['p', 'div', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'section', 'article', 'header', 'footer', 'table', 'tr', 'td', 'th', 'tbody', 'thead', 'blockquote', 'hr', 'dl', 'dt', 'dd']);
/** The tags counted to decide that a source is HTML (a `<br>` or a table cell alone is not). */
const DOCUMENT = /^(?:p|div|ul|ol|li|h[1-6])$/i;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g;
const MIN_BLOCK_TAGS = 3;
const NBSP = '\u00a0';

export function htmlAsMarkdown(source: string): string {
  const fm = /^(?:\uFEFF)?---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(source);
  const from = fm ? fm[0].length : 0;
  const body = source.slice(from);
  let blocks = 0;
  for (const m of body.matchAll(TAG)) if (DOCUMENT.test(m[2] as string)) blocks++;
  if (blocks < MIN_BLOCK_TAGS) return source;

  const out = body.replace(TAG, (tag: string, close: string, name: string) => {
    const n = name.toLowerCase();
    const pad = (used: number) => ' '.repeat(Math.max(0, tag.length - used));
    if (!close && n === 'li' && tag.length >= 3) return `\n- ${pad(3)}`;
    const level = /^h([1-6])$/.exec(n);
    if (!close && level && tag.length >= Number(level[1]) + 2) return `\n${'#'.repeat(Number(level[1]))} ${pad(Number(level[1]) + 2)}`;
    if (BLOCK.has(n)) return `\n${pad(1)}`;
    return pad(0);
  });
  // Whitespace left by tags must not read as Markdown indentation (an indented code block, or a
  // list item's code): leading runs longer than three, and runs after a list marker, become
  // no-break spaces, which Markdown treats as text and the tokenizer as space.
  const lines = out.split('\n').map((line) => {
    const item = /^(- ) +(?=\S)/.exec(line);
    if (item) return (item[1] as string) + NBSP.repeat(item[0].length - 2) + line.slice(item[0].length);
    const lead = /^[ \t]{4,}(?=\S)/.exec(line);
    return lead ? NBSP.repeat(lead[0].length) + line.slice(lead[0].length) : line;
  });
  return source.slice(0, from) + lines.join('\n');
}
