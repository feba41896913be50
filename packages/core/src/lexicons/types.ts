import type { Role } from '../roles.js';

export type Strength = 'strong' | 'medium' | 'weak';

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
