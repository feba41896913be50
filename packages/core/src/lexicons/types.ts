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
