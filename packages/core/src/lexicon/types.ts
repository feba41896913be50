import type { Role } from './roles.js';

/** How strongly a term or duty points at a role, strongest first. */
export const STRENGTHS = ['strong', 'medium', 'weak'] as const;

export type Strength = (typeof STRENGTHS)[number];

/** What a strength weighs, wherever mentions are scored or compared. Defined once, here. */
export const STRENGTH_WEIGHT: Readonly<Record<Strength, number>> = { strong: 3, medium: 1.5, weak: 0.5 };

export interface RoleTermEntry {
  id: string;
  terms: readonly string[];
  caseSensitive: readonly string[];
  roles: Partial<Record<Role, Strength>>;
  /** When present, the entry counts only with one of these words in the same sentence. */
  context: readonly string[];
  note?: string;
  source: string;
}

export interface DutyPatternEntry {
  id: string;
  verbs: readonly string[];
  objects: readonly string[];
  roles: Partial<Record<Role, Strength>>;
  note?: string;
  source: string;
}

export interface TitleTermEntry {
  id: string;
  role?: Role;
  terms: readonly string[];
  source: string;
}

export interface TitleLexicon {
  roleNouns: readonly TitleTermEntry[];
  genericNouns: readonly TitleTermEntry[];
  qualifiers: readonly TitleTermEntry[];
  strip: readonly TitleTermEntry[];
  /** Words that keep a title from committing to a role (specialist, consultant, ninja). */
  vague: readonly TitleTermEntry[];
}

export interface QuestionSide {
  label: string;
  role: Role;
  /** What jdlint says when the posting clearly takes this side. */
  answer: string;
  /** Completes "the posting says …" in the recommendation. */
  because: string;
}

export interface QuestionEntry {
  id: string;
  question: string;
  /** Exactly two sides, in the order the question names them. */
  sides: Readonly<Record<string, QuestionSide>>;
  unclear: string;
  /** What to add when the posting has a clue or two but too few to answer (ends a sentence). */
  ask: string;
  both: string;
  source: string;
}

export interface QuestionCueEntry {
  id: string;
  question: string;
  side: string;
  /** Role-lexicon or duty-pattern entry ids whose mentions answer the question. */
  entries: readonly string[];
  terms: readonly string[];
  source: string;
}

// ---------------------------------------------------------------- job-ad quality lexicons

export type QualityRuleId = 'no-buzzword-title' | 'no-cliche' | 'no-vague-requirement' | 'no-unquantified-experience' | 'no-open-ended-duties';

/** A two-part template: one of `first`, then within `gap` words one of `then`, in one clause. */
export interface PhrasePattern {
  first: readonly string[];
  then: readonly string[];
  gap: number;
  /** When false, the words in the gap must be modifiers (nouns, adjectives, -ing forms, "and"). */
  loose: boolean;
}

export interface QualityPhraseEntry {
  id: string;
  rule: QualityRuleId;
  phrases: readonly string[];
  pattern: PhrasePattern | null;
  /** The phrase opens a template with a gap ("familiarity with X"): the finding covers the object. */
  object: boolean;
  /** Counts only at the end of a clause. */
  end: boolean;
  /** (Buzzwords) in the body, counts only when it describes a person. */
  person: boolean;
  /** Does not count right after one of these words ("gain exposure to", "share knowledge of"). */
  notAfter: readonly string[];
  /** Does not count right before one of these words ("as required by law"). */
  notBefore: readonly string[];
  instead: string;
  suggest: readonly string[];
  note: string;
  source: string;
}

/** Words that give a requirement a level anyone can check: a CEFR level, a certification. */
export interface CheckableMarkerEntry {
  id: string;
  phrases: readonly string[];
  source: string;
}

export interface GenderedTermEntry {
  id: string;
  phrases: readonly string[];
  /** A pronoun: reported only where it refers to the future hire. */
  pronoun: boolean;
  replace: readonly string[];
  note: string;
  source: string;
}

export interface CodedWordList {
  id: string;
  gender: 'masculine' | 'feminine';
  /** Exact words, or stems ending in `*` that match any continuation. */
  words: readonly string[];
  source: string;
}

export interface CodedAlternative {
  id: string;
  words: readonly string[];
  suggest: readonly string[];
  source: string;
}

export interface CodedException {
  id: string;
  words: readonly string[];
  phrases: readonly string[];
  caseSensitive: readonly string[];
  source: string;
}

export interface GenderLexicon {
  gendered: readonly GenderedTermEntry[];
  coded: readonly CodedWordList[];
  alternatives: readonly CodedAlternative[];
  exceptions: readonly CodedException[];
}

export interface TechSpellingEntry {
  id: string;
  correct: string;
  /** Matched case-sensitively and only as written. */
  wrong: readonly string[];
  source: string;
}

export interface SourceCitation {
  code: string;
  cite: string;
}

/** A group of tools that do the same job (vector databases, deep-learning frameworks). */
export interface TechnologyKind {
  id: string;
  /** Plural label for messages: "vector databases". */
  label: string;
  /** True when requiring several of this kind at once is tech soup (pick one). */
  competing: boolean;
  /** False for techniques (RAG, LLMs): they have a date but are not counted as tools. */
  tool: boolean;
}

export interface TechnologyEntry {
  id: string;
  /** Display name: "LangChain". */
  name: string;
  kind: string;
  terms: readonly string[];
  caseSensitive: readonly string[];
  /** Earliest public date, YYYY-MM-DD, YYYY-MM or YYYY (read as the first day of the period). */
  released?: string;
  /** What the date is (first commit, first tag, launch). */
  evidence?: string;
  source: string;
}

export interface JurisdictionEntry {
  id: string;
  name: string;
  /** The law's name and citation, as a message names it. */
  law: string;
  /** The day the posting duty took effect, YYYY-MM-DD, or YYYY when only the year is known. */
  effective: string;
  /** Who the law covers (thresholds), for the note. */
  who: string;
  places: readonly string[];
  placesCaseSensitive: readonly string[];
  /** Two-letter codes, read only in a "City, ST" pattern. */
  codes: readonly string[];
  /** A jurisdiction whose law applies too (New York City lies in New York State). */
  within?: string;
  source: string;
}

export interface VaguePayEntry {
  id: string;
  terms: readonly string[];
  caseSensitive: readonly string[];
  /** True when the phrase is about pay only next to a pay word ("DOE", "negotiable"). */
  payContext: boolean;
  source: string;
}

/**
 * The cue lists of `data/cues.yml` and how each is read: `phrases` by the phrase matcher, `words`
 * against a token's lowercase form and lemma, `fields` as front-matter keys in order. The code
 * that reads a list fixes its name and kind here; `pnpm generate` checks the data against it.
 */
export const CUE_LIST_KINDS = {
  hedges: 'phrases',
  'work-for-others': 'phrases',
  'training-words': 'words',
  'training-systems': 'words',
  'training-system-links': 'words',
  'nice-to-have': 'phrases',
  'choice-between': 'words',
  'choice-before': 'words',
  'duty-cues': 'phrases',
  'requirement-cues': 'phrases',
  'pay-fields': 'fields',
  'place-fields': 'fields',
  'pay-words': 'words',
  'not-pay-words': 'words',
  'place-cues': 'words',
  'hire-nouns': 'words',
  'person-nouns': 'words',
  'person-cues': 'words',
  'time-span-before': 'words',
  'time-span-after': 'words',
  'field-words': 'words',
  'preamble-words': 'words',
  'example-stops': 'words',
  'open-alternatives': 'words',
  'requirement-nouns': 'words',
  'generic-words': 'words',
  'not-a-city': 'words',
  'not-negating': 'words',
} as const;

export type CueListName = keyof typeof CUE_LIST_KINDS;

export interface CueEntry {
  id: string;
  /** The entry's phrases, words or fields, as listed. */
  terms: readonly string[];
  source: string;
}

export type CueLists = Readonly<Record<CueListName, readonly CueEntry[]>>;
