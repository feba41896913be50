import type { Rule, RuleOptions } from '../rule.js';
import ambiguousTitle from './ambiguous-title.js';
import mixedRole from './mixed-role.js';
import titleDutyMismatch from './title-duty-mismatch.js';

/** Every rule, sorted by id. */
export const rules: readonly Rule<RuleOptions>[] = ([ambiguousTitle, mixedRole, titleDutyMismatch] as unknown as Rule<RuleOptions>[]).sort((a, b) =>
  a.id.localeCompare(b.id),
);
