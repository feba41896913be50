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
