/**
 * The scope of a posting: where each unit stands, worked out once per analysis. `buildScope`
 * indexes the projection's match units for the shared lexicon pass, then reads, per unit, its
 * block, negation, hedging and parentheses (what a mention carries) and whether it is quiet,
 * legal, in the title or a heading (what the wording rules ask); per block, whether it repeats an
 * earlier one. Signals and rules read the result; none of them works it out again.
 */
import { indexUnits, type IndexedUnits, type SharedPhraseMatcher, toUnits, type Unit } from '../lexicon/index.js';
import type { Token, TokenizedText } from '../nlp/index.js';
import type { Block, BlockKind, Posting, Section, SectionKind } from '../posting/index.js';
import { blockAt, isLegal, isQuoted, isReportable, sectionOf } from './blocks.js';
import { HEDGE_PHRASES, negationScope, WORK_FOR_OTHERS_PHRASES } from './negation.js';
import { frontMatterTitle, type ProseInfo, proseInfo, type TitleUnits } from './prose.js';
import { trainingSystems } from './training-systems.js';
import { wordsOnly } from '../shared/index.js';

/** Where a unit stands, as a mention records it (the block that holds the unit's start). */
export interface UnitPlace {
  /** Index into `posting.blocks` (the last block for a unit past them). */
  index: number;
  section: SectionKind;
  sectionIndex: number;
  /** True when the section's heading says what the job is not. */
  sectionNegated: boolean;
  block: BlockKind;
  /** True in a legal block or a legal sentence inside a block. */
  legal: boolean;
  /** True when the block's text appeared earlier in the posting (a pasted duplicate). */
  repeated: boolean;
  /** True in a heading or a pseudo-heading (a label, not a claim). */
  heading: boolean;
}

/**
 * Where every unit of a posting stands. The per-unit arrays of `ProseInfo` (quiet, legal,
 * section, title, heading) are the wording rules' view: by the ranges of code, quotations, legal
 * blocks and EEO sections. `place`, `negated`, `hedged` and `parenthetical` are what a mention
 * records.
 */
export interface Scope extends ProseInfo {
  posting: Posting;
  nlp: TokenizedText;
  /** The projection's match units, indexed for the shared lexicon pass. */
  units: IndexedUnits;
  /** Per unit: inside the scope of a negation ("not", "no", "never", across a list). */
  negated: boolean[];
  /** Per unit: in a sentence that hedges ("… is a plus", "familiarity with …"). */
  hedged: boolean[];
  /** Per unit: in a sentence whose model work others do with what the hire builds ("… that researchers use to train models"). */
  forOthers: boolean[];
  /** Per unit: in a phrase that names a system training runs on ("training infrastructure", "a cluster for pretraining"). */
  trainingSystems: boolean[];
  /** Per unit: inside parentheses, an example or an aside. */
  parenthetical: boolean[];
  /** Per block of `posting.blocks`: its text appeared earlier in the posting. */
  repeated: boolean[];
  /** The units of a front-matter title, tokenized on their own; null for any other title. */
  frontMatterTitle: TitleUnits | null;
  /** Where unit `i` stands, as a mention records it. */
  place(i: number): UnitPlace;
  /** The block that holds a projection offset, or null in the gaps between blocks. */
  blockAt(offset: number): Block | null;
  sectionOf(block: Block): Section;
  /** True inside legal boilerplate: an EEO section or a legal block anywhere. */
  isLegal(block: Block | null): boolean;
  /** True when `start..end` stands between quotation marks inside its block. */
  isQuoted(block: Block, start: number, end: number): boolean;
  /** True where a rule may report a finding about the words at `start..end` (projection offsets). */
  isReportable(start: number, end: number): boolean;
}

/**
 * Blocks whose text appeared before (duty lists pasted twice) are marked repeated. Punctuation,
 * case and bullets are ignored, so a block re-pasted with other formatting still counts once.
 */
function repeatedBlocks(posting: Posting): boolean[] {
  const seenText = new Set<string>();
  return posting.blocks.map((b) => {
    // Normalizing never lengthens a text: a block under 20 characters has a key under 20.
    if (b.kind === 'heading' || b.kind === 'pseudo-heading' || b.end - b.start < 20) return false;
    const key = wordsOnly(posting.text.slice(b.start, b.end));
    if (key.length < 20) return false;
    if (seenText.has(key)) return true;
    seenText.add(key);
    return false;
  });
}

/** Parenthesis depth per unit, reset at block boundaries: "(e.g. PyTorch)" is an aside. */
function parentheses(units: readonly Unit[]): boolean[] {
  const parenthetical = new Array<boolean>(units.length).fill(false);
  let depth = 0;
  units.forEach((u, i) => {
    if (u.barrier && u.value.includes('\n')) depth = 0;
    if (u.punctuation && u.value === '(') depth++;
    else if (u.punctuation && u.value === ')') depth = Math.max(0, depth - 1);
    else parenthetical[i] = depth > 0;
  });
  return parenthetical;
}

/** Per unit: the first block that ends after the unit's start (the last block past them all). */
function unitBlocks(blocks: readonly Block[], units: readonly Unit[]): Int32Array {
  const out = new Int32Array(units.length);
  let b = 0;
  for (let i = 0; i < units.length; i++) {
    const start = (units[i] as Unit).start;
    while (b < blocks.length - 1 && (blocks[b] as Block).end <= start) b++;
    out[i] = b;
  }
  return out;
}

/** Per unit: whether its sentence holds a phrase of `matcher` (a sentence-wide cue). */
function inSentencesOf(matcher: SharedPhraseMatcher<boolean>, units: IndexedUnits): boolean[] {
  const sentences = new Set<number>();
  for (const hit of matcher.match(units)) sentences.add((units[hit.first] as Unit).sentence);
  return units.map((u) => sentences.has(u.sentence));
}

/** Where every unit of `posting` stands; `nlp` is the projection's tokenization. */
export function buildScope(posting: Posting, nlp: TokenizedText): Scope {
  const tokens: readonly Token[] = nlp.tokens;
  // Every built-in lexicon finds its phrases in these units in one walk (matcher.ts).
  const units = indexUnits(toUnits(tokens));
  const negated = negationScope(units);
  // Sentences that hedge ("… is a plus"): every unit in them counts as a nice-to-have.
  const hedged = inSentencesOf(HEDGE_PHRASES, units);
  // Sentences whose model work others do with what the hire builds (signals read it as MLOps).
  const forOthers = inSentencesOf(WORK_FOR_OTHERS_PHRASES, units);
  const repeated = repeatedBlocks(posting);
  const blockOf = unitBlocks(posting.blocks, units);
  const legalSpans = posting.legalSpans;
  const inLegalSpan = (offset: number): boolean => {
    // Few spans (a legal sentence or two); a linear scan is cheaper than a search.
    for (const span of legalSpans) if (offset >= span.start && offset < span.end) return true;
    return false;
  };
  const info = proseInfo(posting, tokens, units);

  return {
    posting,
    nlp,
    units,
    ...info,
    negated,
    hedged,
    forOthers,
    trainingSystems: trainingSystems(units),
    parenthetical: parentheses(units),
    repeated,
    frontMatterTitle: frontMatterTitle(posting),
    place(i) {
      const index = blockOf[i] ?? 0;
      const start = (units[i] as Unit).start;
      const block = posting.blocks[index];
      const sectionIndex = block?.section ?? 0;
      const section = posting.sections[sectionIndex];
      return {
        index,
        section: section?.kind ?? 'other',
        sectionIndex,
        sectionNegated: section?.negated ?? false,
        block: block?.kind ?? 'paragraph',
        legal: (block?.legal ?? false) || (legalSpans.length > 0 && inLegalSpan(start)),
        repeated: repeated[index] ?? false,
        heading: block?.kind === 'heading' || block?.kind === 'pseudo-heading',
      };
    },
    blockAt: (offset) => blockAt(posting, offset),
    sectionOf: (block) => sectionOf(posting, block),
    isLegal: (block) => isLegal(posting, block),
    isQuoted: (block, start, end) => isQuoted(posting, block, start, end),
    isReportable: (start, end) => isReportable(posting, tokens, start, end),
  };
}
