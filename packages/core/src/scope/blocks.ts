/**
 * Where a finding may stand. Rules about wording never report inside legal or EEO text (it is
 * boilerplate the writer cannot change), inside quotations (the posting is citing someone), or
 * inside URLs and e-mail addresses; code never reaches the projection at all.
 */
import type { Token } from '../nlp/index.js';
import type { Block, Posting, Section } from '../posting/index.js';

/** The block that holds a projection offset, or null for offsets in the gaps between blocks. */
export function blockAt(posting: Posting, offset: number): Block | null {
  const blocks = posting.blocks;
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const block = blocks[mid] as Block;
    if (offset < block.start) hi = mid - 1;
    else if (offset >= block.end) lo = mid + 1;
    else return block;
  }
  return null;
}

export function sectionOf(posting: Posting, block: Block): Section {
  return posting.sections[block.section] as Section;
}

/** True inside legal boilerplate: an EEO section or a legal block anywhere. */
export function isLegal(posting: Posting, block: Block | null): boolean {
  if (!block) return false;
  return block.legal || sectionOf(posting, block).kind === 'eeo';
}

const OPEN_CLOSE: Array<[string, string]> = [
  ['“', '”'],
  ['«', '»'],
  ['„', '“'],
];

/** True when `start..end` stands between quotation marks inside its block. */
export function isQuoted(posting: Posting, block: Block, start: number, end: number): boolean {
  const before = posting.text.slice(block.start, start);
  const after = posting.text.slice(end, block.end);
  const straight = (s: string) => (s.match(/"/g) ?? []).length;
  if (straight(before) % 2 === 1 && after.includes('"')) return true;
  for (const [open, close] of OPEN_CLOSE) {
    const opened = before.split(open).length - 1;
    const closed = open === close ? 0 : before.split(close).length - 1;
    if (opened > closed && after.includes(close)) return true;
  }
  return false;
}

function overlapsLink(tokens: readonly Token[], start: number, end: number): boolean {
  // Binary search for the first token ending after `start`.
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.start >= end) break;
    if (t.type === 'url' || t.type === 'email') return true;
  }
  return false;
}

/** True where a rule may report a finding about the words at `start..end` (projection offsets). */
export function isReportable(posting: Posting, tokens: readonly Token[], start: number, end: number): boolean {
  const block = blockAt(posting, start);
  if (!block) return false;
  if (isLegal(posting, block)) return false;
  if (isQuoted(posting, block, start, end)) return false;
  return !overlapsLink(tokens, start, end);
}
