/** Quoting evidence from a posting's text: the span to show, ending at a balanced boundary. */

const OPENERS = '([{“';
const CLOSERS = ')]}”';
/** How far past a phrase a bracket it opened may close and still be quoted whole: “(RAG)”, not a clause. */
const MAX_EXTENSION = 24;

/**
 * The text to quote for `start..end` of `text` (a projection): whitespace collapsed, and never
 * ending or starting inside a bracket or a curly quotation. A bracket the phrase opens is closed
 * when the closer follows within a few characters on the same line (“… generation (RAG)”),
 * else the quote ends before it; a closer whose opener lies before the phrase starts the quote
 * after it. Every quotation of evidence (messages and `analyze`) goes through here.
 */
export function quoteSpan(text: string, start: number, end: number): { text: string; start: number; end: number } {
  let from = start;
  let to = end;
  let open: number[] = [];
  for (let i = from; i < to; i++) {
    const ch = text[i] as string;
    if (OPENERS.includes(ch)) open.push(i);
    else if (CLOSERS.includes(ch)) {
      const at = open[open.length - 1];
      if (at !== undefined && OPENERS.indexOf(text[at] as string) === CLOSERS.indexOf(ch)) open.pop();
      else {
        // Closes a bracket opened before the phrase: quote what follows it.
        from = i + 1;
        open = [];
      }
    }
  }
  if (open.length > 0) {
    const pending = [...open];
    let closedAt = -1;
    for (let i = to; i < Math.min(text.length, to + MAX_EXTENSION) && text[i] !== '\n'; i++) {
      const ch = text[i] as string;
      if (OPENERS.includes(ch)) pending.push(i);
      else if (CLOSERS.includes(ch)) {
        const at = pending[pending.length - 1];
        if (at === undefined || OPENERS.indexOf(text[at] as string) !== CLOSERS.indexOf(ch)) break;
        pending.pop();
        if (pending.length === 0) {
          closedAt = i + 1;
          break;
        }
      }
    }
    to = closedAt >= 0 ? closedAt : (open[0] as number);
  }
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const quoted = raw.trim().replace(/[\s,;:–—-]+$/u, '');
  // Nothing left (the whole phrase sat inside an open bracket): quote it as it stands.
  if (quoted.length === 0) return { text: text.slice(start, end).replace(/\s+/g, ' '), start, end };
  return { text: quoted.replace(/\s+/g, ' '), start: from + lead, end: from + lead + quoted.length };
}
