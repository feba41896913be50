import type { Rule, RuleOptions } from '../rule.js';
import markdownLimits from './markdown-limits.js';
import titleDutyMismatch from './title-duty-mismatch.js';
import validFrontMatter from './valid-front-matter.js';

/** Every rule, sorted by id. */
export const rules: readonly Rule<RuleOptions>[] = ([markdownLimits, titleDutyMismatch, validFrontMatter] as unknown as Rule<RuleOptions>[]).sort((a, b) =>
  a.id.localeCompare(b.id),
);
