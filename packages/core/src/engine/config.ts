/**
 * Config coercion in the way unified-lint-rule's `coerce()` does it: a rule setting is a
 * severity, 'off', or [severity, options]. Unknown rules and bad options throw a ConfigError
 * that names the rule.
 */
import { allowKey, type Severity } from '../shared/index.js';
import type { Rule, RuleOptions } from '../rules/index.js';
import { isRole, ROLES, type Role, type Strength, STRENGTHS } from '../lexicon/index.js';

export type SeverityName = Severity | 'off';
export type RuleSetting = SeverityName | [SeverityName] | [SeverityName, Record<string, unknown>];

export type LexiconStrength = Strength;

/** A company's own term: its spellings and the roles it is evidence for. */
export interface LexiconTerm {
  /** Kebab-case id, unique within the configuration. */
  id: string;
  /** Phrases, matched case-insensitively with hyphen/space variants equal ("ml-flow" = "ml flow"). */
  terms: string[];
  roles: Partial<Record<Role, LexiconStrength>>;
  /** Where the term comes from (a team wiki page, a person); shown as the source of its evidence. */
  source?: string;
}

export interface JdlintConfig {
  /** Presets to start from, in order: `jdlint:recommended` (the default) or `jdlint:strict`. */
  extends?: string | string[];
  rules?: Record<string, RuleSetting>;
  /**
   * Phrases to accept as they are, in words rather than rule ids: a finding whose offending text
   * (`actual`) equals one of them, ignoring case, spacing and hyphens (shared `allowKey`), is dropped.
   */
  allow?: string[];
  /** Extra role evidence: a company's own products, tools and team names. */
  lexicon?: { terms?: LexiconTerm[] };
}

export const PRESETS = ['jdlint:recommended', 'jdlint:strict'] as const;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const SEVERITIES: readonly SeverityName[] = ['off', 'info', 'warning', 'error'];

export interface ResolvedRule {
  rule: Rule;
  severity: Severity;
  options: RuleOptions;
}

function coerceOptions(rule: Rule, given: Record<string, unknown>): RuleOptions {
  const defaults = rule.meta.defaultOptions;
  const options: RuleOptions = { ...defaults };
  for (const [key, value] of Object.entries(given)) {
    if (!(key in defaults)) {
      const known = Object.keys(defaults);
      throw new ConfigError(`Unknown option "${key}" for rule "${rule.id}"${known.length ? ` (known: ${known.join(', ')})` : ' (it takes no options)'}`);
    }
    const expected = defaults[key];
    const ok = Array.isArray(expected)
      ? Array.isArray(value) && value.every((v) => typeof v === 'string')
      : typeof value === typeof expected && (typeof value !== 'number' || Number.isFinite(value));
    if (!ok) {
      const type = Array.isArray(expected) ? 'a list of strings' : `a ${typeof expected}`;
      throw new ConfigError(`Option "${key}" of rule "${rule.id}" must be ${type}, got ${JSON.stringify(value)}`);
    }
    options[key] = value as RuleOptions[string];
  }
  return options;
}

/** The rule settings a preset stands for. `recommended` is every rule's default. */
function presetSettings(all: readonly Rule[], name: string): Record<string, RuleSetting> {
  if (name === 'jdlint:recommended' || name === 'recommended') return {};
  if (name === 'jdlint:strict' || name === 'strict') {
    const settings: Record<string, RuleSetting> = {};
    for (const rule of all) {
      const strict = rule.meta.strict;
      const severity = strict?.severity ?? (rule.meta.defaultSeverity === 'info' ? 'warning' : rule.meta.defaultSeverity);
      settings[rule.id] = strict?.options ? [severity, { ...strict.options }] : severity;
    }
    return settings;
  }
  throw new ConfigError(`Unknown preset "${name}" in extends (known: ${PRESETS.join(', ')})`);
}

export function resolveRules(all: readonly Rule[], config: JdlintConfig = {}): ResolvedRule[] {
  const byId = new Map(all.map((r) => [r.id, r]));
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the config is the user's YAML or JSON, not yet checked against its type
  if (config.rules !== undefined && (typeof config.rules !== 'object' || config.rules === null || Array.isArray(config.rules))) {
    throw new ConfigError('"rules" must be an object mapping rule ids to settings');
  }
  const presets = config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
  const settings: Record<string, RuleSetting> = {};
  for (const preset of presets) {
    if (typeof preset !== 'string') throw new ConfigError('"extends" must be a preset name or a list of them');
    Object.assign(settings, presetSettings(all, preset));
  }
  Object.assign(settings, config.rules ?? {});
  for (const id of Object.keys(settings)) {
    if (!byId.has(id)) throw new ConfigError(`Unknown rule "${id}" (see \`jdlint rules\` for the list)`);
  }
  const resolved: ResolvedRule[] = [];
  for (const rule of all) {
    const setting = settings[rule.id];
    let severity: SeverityName = rule.meta.defaultSeverity;
    let given: Record<string, unknown> = {};
    if (setting !== undefined) {
      const [sev, opts] = Array.isArray(setting) ? setting : [setting, undefined];
      if (!SEVERITIES.includes(sev)) {
        throw new ConfigError(`Rule "${rule.id}": severity must be one of ${SEVERITIES.join(', ')}, got ${JSON.stringify(sev)}`);
      }
      severity = sev;
      if (opts !== undefined) {
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the config is the user's YAML or JSON, not yet checked against its type
        if (typeof opts !== 'object' || opts === null || Array.isArray(opts)) throw new ConfigError(`Rule "${rule.id}": options must be an object`);
        given = opts;
      }
    }
    if (severity === 'off') continue;
    resolved.push({ rule, severity, options: coerceOptions(rule, given) });
  }
  return resolved;
}


/** The `allow` phrases of a config, keyed by shared `allowKey` (case, spacing and hyphens ignored); a ConfigError when they are not a list of strings. */
export function allowedPhrases(config: JdlintConfig = {}): Set<string> {
  const allow: unknown = config.allow;
  if (allow === undefined) return new Set();
  if (!Array.isArray(allow) || !allow.every((a) => typeof a === 'string')) {
    throw new ConfigError(`"allow" must be a list of phrases (strings), got ${JSON.stringify(allow)}`);
  }
  const phrases = allow.map(allowKey);
  const empty = allow.findIndex((_, i) => phrases[i] === '');
  if (empty >= 0) throw new ConfigError(`"allow" entry ${empty + 1} is empty`);
  return new Set(phrases);
}

/**
 * Checks a whole config without analyzing anything, so front ends can reject a bad config file
 * before the first posting: throws the ConfigError `analyze` would throw.
 */
export function validateConfig(all: readonly Rule[], config: JdlintConfig = {}): void {
  resolveRules(all, config);
  allowedPhrases(config);
  resolveLexicon(config);
}

const LEXICON_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Validates the `lexicon` field of a configuration and returns its terms, lowercased and trimmed.
 * A bad entry throws a ConfigError that names it (by id when it has one, else by position).
 */
export function resolveLexicon(config: JdlintConfig = {}): LexiconTerm[] {
  const lexicon = config.lexicon as unknown;
  if (lexicon === undefined) return [];
  if (!lexicon || typeof lexicon !== 'object' || Array.isArray(lexicon)) throw new ConfigError('"lexicon" must be an object with a "terms" list');
  const unknownKeys = Object.keys(lexicon).filter((k) => k !== 'terms');
  if (unknownKeys.length > 0) throw new ConfigError(`Unknown key "${unknownKeys[0]}" in "lexicon" (known: terms)`);
  const terms = (lexicon as { terms?: unknown }).terms;
  if (terms === undefined) return [];
  if (!Array.isArray(terms)) throw new ConfigError('"lexicon.terms" must be a list of { id, terms, roles, source? } entries');
  const ids = new Set<string>();
  return terms.map((raw: unknown, index) => {
    const at = `lexicon.terms[${index}]`;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(`Lexicon entry ${at} must be an object with id, terms and roles`);
    const entry = raw as Record<string, unknown>;
    const id = entry['id'];
    if (typeof id !== 'string' || !LEXICON_ID.test(id)) throw new ConfigError(`Lexicon entry ${at}: "id" must be a kebab-case string, got ${JSON.stringify(id)}`);
    const name = `Lexicon entry "${id}" (${at})`;
    if (ids.has(id)) throw new ConfigError(`${name}: the id is used twice`);
    ids.add(id);
    for (const key of Object.keys(entry)) {
      if (!['id', 'terms', 'roles', 'source'].includes(key)) throw new ConfigError(`${name}: unknown key "${key}" (known: id, terms, roles, source)`);
    }
    const phrases = entry['terms'];
    if (!Array.isArray(phrases) || phrases.length === 0) throw new ConfigError(`${name}: "terms" must be a non-empty list of phrases`);
    const cleaned = phrases.map((p: unknown) => {
      if (typeof p !== 'string' || p.trim() === '') throw new ConfigError(`${name}: every term must be a non-empty string, got ${JSON.stringify(p)}`);
      return p.trim().toLowerCase();
    });
    const roles = entry['roles'];
    if (!roles || typeof roles !== 'object' || Array.isArray(roles) || Object.keys(roles).length === 0) {
      throw new ConfigError(`${name}: "roles" must map at least one role to strong, medium or weak`);
    }
    const checked: Partial<Record<Role, LexiconStrength>> = {};
    for (const [role, strength] of Object.entries(roles as Record<string, unknown>)) {
      if (!isRole(role)) throw new ConfigError(`${name}: unknown role "${role}" (known: ${ROLES.join(', ')})`);
      if (!STRENGTHS.includes(strength as LexiconStrength)) throw new ConfigError(`${name}: the strength of "${role}" must be strong, medium or weak, got ${JSON.stringify(strength)}`);
      checked[role] = strength as LexiconStrength;
    }
    const source = entry['source'];
    if (source !== undefined && (typeof source !== 'string' || source.trim() === '')) throw new ConfigError(`${name}: "source" must be a non-empty string`);
    const out: LexiconTerm = { id, terms: [...new Set(cleaned)], roles: checked };
    if (typeof source === 'string') out.source = source.trim();
    return out;
  });
}
