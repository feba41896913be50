/**
 * Config coercion in the way unified-lint-rule's `coerce()` does it: a rule setting is a
 * severity, 'off', or [severity, options]. Unknown rules and bad options throw a ConfigError
 * that names the rule.
 */
import type { Severity } from './diagnostic.js';
import type { Rule, RuleOptions } from './rule.js';

export type SeverityName = Severity | 'off';
export type RuleSetting = SeverityName | [SeverityName] | [SeverityName, Record<string, unknown>];

export interface JdlintConfig {
  rules?: Record<string, RuleSetting>;
}

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

export function resolveRules(all: readonly Rule[], config: JdlintConfig = {}): ResolvedRule[] {
  const byId = new Map(all.map((r) => [r.id, r]));
  const settings = config.rules ?? {};
  if (typeof settings !== 'object' || Array.isArray(settings)) throw new ConfigError('"rules" must be an object mapping rule ids to settings');
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
      if (!SEVERITIES.includes(sev as SeverityName)) {
        throw new ConfigError(`Rule "${rule.id}": severity must be one of ${SEVERITIES.join(', ')}, got ${JSON.stringify(sev)}`);
      }
      severity = sev as SeverityName;
      if (opts !== undefined) {
        if (typeof opts !== 'object' || opts === null || Array.isArray(opts)) throw new ConfigError(`Rule "${rule.id}": options must be an object`);
        given = opts;
      }
    }
    if (severity === 'off') continue;
    resolved.push({ rule, severity, options: coerceOptions(rule, given) });
  }
  return resolved;
}
