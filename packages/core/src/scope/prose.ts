/**
 * Where each unit of the projection stands, for the wording rules: its section, whether it is
 * inside inline code, a URL, a quotation, legal/EEO text, the title or a heading; and the units
 * of a front-matter title, tokenized on their own.
 */
import { toUnits, type Unit } from '../lexicon/index.js';
import { tokenize, type Token } from '../nlp/index.js';
import type { Posting, SectionKind } from '../posting/index.js';

export interface ProseInfo {
  /** Per unit: inside inline code, a URL or e-mail address, a quotation, or legal/EEO text. */
  quiet: boolean[];
  /** Per unit: inside legal/EEO text (a block flagged legal, or a section of kind `eeo`). */
  legal: boolean[];
  /** Per unit: the kind of section it stands in. */
  section: SectionKind[];
  /** Per unit: inside the title (a heading or first line that the posting's title came from). */
  title: boolean[];
  /** Per unit: inside a heading or a pseudo-heading ("Soft skills:"), a label rather than a claim. */
  heading: boolean[];
}

/** Straight or curly double quotes around a stretch of one line. */
const QUOTATION = /“[^”\n]{1,300}”|"[^"\n]{1,300}"|«[^»\n]{1,300}»|„[^“”\n]{1,300}[“”]/g;

/** Where each unit stands, for the wording rules. */
export function proseInfo(posting: Posting, tokens: readonly Token[], units: readonly Unit[]): ProseInfo {
  const quietRanges: Array<[number, number]> = posting.code.map((c) => [c.start, c.end]);
  for (const m of posting.text.matchAll(QUOTATION)) quietRanges.push([m.index, m.index + m[0].length]);
  const legalRanges: Array<[number, number]> = [];
  for (const b of posting.blocks) if (b.legal) legalRanges.push([b.start, b.end]);
  for (const s of posting.sections) if (s.kind === 'eeo') legalRanges.push([s.start, s.end]);
  const titleRange = titleProjectionRange(posting);
  const headingRanges: Array<[number, number]> = posting.blocks.filter((b) => b.kind === 'heading' || b.kind === 'pseudo-heading').map((b) => [b.start, b.end]);

  const inLegal = overlaps(units, legalRanges);
  const inQuiet = overlaps(units, quietRanges);
  const inHeading = overlaps(units, headingRanges);
  const info: ProseInfo = { quiet: [], legal: [], section: [], title: [], heading: [] };
  let sectionIndex = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    while (sectionIndex < posting.sections.length - 1 && (posting.sections[sectionIndex + 1]?.start ?? Infinity) <= u.start) sectionIndex++;
    const type = (tokens[u.token] as Token).type;
    const legal = inLegal[i] === true;
    info.legal.push(legal);
    info.quiet.push(legal || type === 'url' || type === 'email' || inQuiet[i] === true);
    info.section.push(posting.sections[sectionIndex]?.kind ?? 'intro');
    info.title.push(titleRange !== null && u.start >= titleRange[0] && u.end <= titleRange[1]);
    info.heading.push(inHeading[i] === true);
  }
  return info;
}

/**
 * Per unit (units in text order): whether it overlaps one of `ranges`. One sweep over the ranges
 * sorted by start, instead of a scan of every range for every unit.
 */
export function overlaps(units: readonly Unit[], ranges: Array<[number, number]>): boolean[] {
  const out = new Array<boolean>(units.length).fill(false);
  if (ranges.length === 0) return out;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  // The ranges open at the unit: started before it ends, not yet ended before it starts (ranges
  // may nest or overlap, so a single furthest end would not do).
  let next = 0;
  let open: Array<[number, number]> = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    while (next < sorted.length && (sorted[next] as [number, number])[0] < u.end) open.push(sorted[next++] as [number, number]);
    if (open.length === 0) continue;
    if (open.some(([, e]) => e <= u.start)) open = open.filter(([, e]) => e > u.start);
    out[i] = open.some(([s, e]) => u.start < e && s < u.end);
  }
  return out;
}

/** The projection range of the title when it is part of the prose (a heading or the first line). */
function titleProjectionRange(posting: Posting): [number, number] | null {
  const title = posting.title;
  if (!title || title.from === 'front-matter') return null;
  for (const b of posting.blocks) {
    const r = posting.projection.rangeToSource(b.start, b.end);
    if (r.start <= title.span.start && title.span.end <= r.end) {
      // The first line of the block that holds the title.
      const text = posting.text.slice(b.start, b.end);
      const at = text.indexOf(title.text);
      return at >= 0 ? [b.start + at, b.start + at + title.text.length] : [b.start, b.end];
    }
  }
  return null;
}

/** Units of a front-matter title, tokenized on their own, with a map to source offsets. */
export interface TitleUnits {
  units: Unit[];
  tokens: Token[];
  text: string;
  /** Source offset of a title-text offset, or null when the title cannot be placed exactly. */
  toSource(offset: number): number | null;
  /** The whole title's source range, for findings that cannot be placed exactly. */
  span: { start: number; end: number };
}

/** A front-matter title's units (the only text outside the projection that rules match), or null. */
export function frontMatterTitle(posting: Posting): TitleUnits | null {
  const title = posting.title;
  if (!title || title.from !== 'front-matter') return null;
  const { tokens } = tokenize(title.text);
  const exact = posting.source.slice(title.span.start, title.span.end) === title.text;
  return {
    units: toUnits(tokens),
    tokens,
    text: title.text,
    toSource: (offset) => (exact ? title.span.start + offset : null),
    span: title.span,
  };
}
