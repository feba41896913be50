/** The posting model: what later stages read (sections, blocks, the projection, the title, front matter). */
import type { MarkdownLimitProblem } from '../parse/index.js';
import type { Projection } from './offsets.js';

/** What a section of a posting is for, decided from its heading. */
export type SectionKind =
  | 'intro'
  | 'about'
  | 'responsibilities'
  | 'requirements'
  | 'nice-to-have'
  | 'benefits'
  | 'compensation'
  | 'eeo'
  | 'how-to-apply'
  | 'other';

export type BlockKind = 'heading' | 'pseudo-heading' | 'paragraph' | 'list-item' | 'table-cell';

export interface Block {
  kind: BlockKind;
  /** Index into `sections`. */
  section: number;
  /** Projection range. */
  start: number;
  end: number;
  /** True for equal-opportunity and other legal boilerplate, wherever it stands. */
  legal: boolean;
}

export interface Section {
  kind: SectionKind;
  /** Heading text, or null for the text before the first heading. */
  heading: string | null;
  /**
   * Heading rank: 0 for the text before the first heading, 1–6 for Markdown headings, 7 for a
   * paragraph used as a heading, 8 for a lead-in inside a paragraph or list item.
   */
  level: number;
  /** True when the kind came from the enclosing heading (a sub-heading that names no kind). */
  inherited: boolean;
  /** True when the heading says what the job is not ("This role won't be for you if"). */
  negated: boolean;
  /** Projection range of the whole section, heading included. */
  start: number;
  end: number;
}

export interface Span {
  start: number;
  end: number;
}

export interface Title {
  text: string;
  from: 'front-matter' | 'heading' | 'first-line';
  /** Source range of the title text. */
  span: Span;
}

export interface FrontMatterProblem {
  message: string;
  /** `yaml`: not valid YAML; `not-a-mapping`: valid YAML that is a list or a scalar. */
  kind: 'yaml' | 'not-a-mapping';
  /** The YAML parser's message without its position, or the type found ("a list"). */
  detail: string;
  /** Source range of the problem: the YAML error's own range, or the whole front matter. */
  span: Span;
}

export interface Posting {
  source: string;
  title: Title | null;
  /** Front-matter fields (location, salary, date, ...), empty when there is none. */
  fields: Record<string, unknown>;
  frontMatter: { span: Span; problem: FrontMatterProblem | null } | null;
  /** Set when the source exceeded a Markdown limit and was read as plain text (see limits.ts). */
  markdownLimit: MarkdownLimitProblem | null;
  /** The prose, one block per paragraph/list item/heading/cell, separated by blank lines. */
  text: string;
  projection: Projection;
  blocks: Block[];
  sections: Section[];
  /** Projection ranges of inline code (`npm install`): prose rules do not look inside them. */
  code: Span[];
  /**
   * Projection ranges of legal sentences (equal-opportunity, accommodation) found inside blocks
   * that are not legal as a whole, such as a whole posting pasted as one paragraph.
   */
  legalSpans: Span[];
}

/**
 * What each kind of section is about, the one grouping every stage reads (defined once, here):
 * the job's `duties`, what it `asks` of the hire (must-haves and nice-to-haves), the `offer`
 * (perks, pay, how to apply), the `company`, `legal` boilerplate, and `open` sections (the intro
 * and headings jdlint does not know) that may hold any of these.
 */
export type SectionGroup = 'duties' | 'asks' | 'offer' | 'company' | 'legal' | 'open';

export const SECTION_GROUP: Readonly<Record<SectionKind, SectionGroup>> = {
  intro: 'open',
  other: 'open',
  about: 'company',
  responsibilities: 'duties',
  requirements: 'asks',
  'nice-to-have': 'asks',
  benefits: 'offer',
  compensation: 'offer',
  'how-to-apply': 'offer',
  eeo: 'legal',
};

/** The section kinds whose group is one of `groups`. */
export function sectionsIn(...groups: SectionGroup[]): ReadonlySet<SectionKind> {
  return new Set((Object.keys(SECTION_GROUP) as SectionKind[]).filter((kind) => groups.includes(SECTION_GROUP[kind])));
}

/** Sections about the future hire (their duties and what they bring): a pronoun there refers to them. */
export const HIRE_SECTIONS = sectionsIn('duties', 'asks');
/** Sections about the offer (perks, pay, how to apply): they describe the offer, not the person. */
export const OFFER_SECTIONS = sectionsIn('offer');
/**
 * Sections that ask nothing of a candidate (the company, perks, pay, how to apply, EEO text): no
 * requirement, experience or vague demand is read from them.
 */
export const NON_REQUIREMENT_SECTIONS = sectionsIn('company', 'offer', 'legal');
/** Sections that state no duty: everything but the duties and the open sections. */
export const NON_DUTY_SECTIONS = sectionsIn('company', 'offer', 'legal', 'asks');
/** Sections whose words say nothing about the role (perks, pay, how to apply, EEO text). */
export const NO_ROLE_EVIDENCE_SECTIONS = sectionsIn('offer', 'legal');
