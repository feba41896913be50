/**
 * The role-term matcher: the built-in lexicon (roles.yml) with a company's own terms from the
 * configuration in front, compiled once per distinct company lexicon.
 */
import { PhraseMatcher, type Role, type RoleTermEntry, roleTerms, type SharedPhraseMatcher, type Strength } from '../lexicon/index.js';

/** A company's own term, from the `lexicon` field of the configuration. */
export interface ExtraTerm {
  id: string;
  terms: readonly string[];
  roles: Partial<Record<Role, Strength>>;
  source?: string;
}

function toEntry(term: ExtraTerm): RoleTermEntry {
  return { id: term.id, terms: term.terms, caseSensitive: [], roles: term.roles, context: [], source: term.source ?? 'company lexicon (configuration)' };
}

function buildTermMatcher(extra: readonly ExtraTerm[]): SharedPhraseMatcher<RoleTermEntry> {
  // A company's terms come first, so that they win over a built-in entry with the same phrase.
  const entries = [...extra.map(toEntry), ...roleTerms].map((entry) => ({ phrases: entry.terms, caseSensitive: entry.caseSensitive, value: entry }));
  // The built-in lexicon joins the shared pass; a company's (one per configuration) walks alone.
  return extra.length === 0 ? PhraseMatcher.shared(entries, { lemmas: 'nouns' }) : new PhraseMatcher(entries, { lemmas: 'nouns' });
}

let defaultMatcher: SharedPhraseMatcher<RoleTermEntry> | null = null;
/** Compiled matchers per distinct company lexicon (a CLI run sees one or a few configs). */
const extraMatchers = new Map<string, SharedPhraseMatcher<RoleTermEntry>>();
const MAX_CACHED_MATCHERS = 8;

export function termMatcherFor(extra: readonly ExtraTerm[]): SharedPhraseMatcher<RoleTermEntry> {
  if (extra.length === 0) return (defaultMatcher ??= buildTermMatcher([]));
  const key = JSON.stringify(extra.map((e) => [e.id, e.terms, e.roles]));
  let matcher = extraMatchers.get(key);
  if (!matcher) {
    matcher = buildTermMatcher(extra);
    if (extraMatchers.size >= MAX_CACHED_MATCHERS) extraMatchers.delete(extraMatchers.keys().next().value as string);
    extraMatchers.set(key, matcher);
  }
  return matcher;
}
