import type { Rule, RuleOptions } from '../rule.js';
import salaryRange from './salary-range.js';
import seniorityYearsConflict from './seniority-years-conflict.js';
import titleDutyMismatch from './title-duty-mismatch.js';
import yearsExceedTechnologyAge from './years-exceed-technology-age.js';

/** Every rule, sorted by id. */
export const rules: readonly Rule<RuleOptions>[] = ([salaryRange, seniorityYearsConflict, titleDutyMismatch, yearsExceedTechnologyAge] as unknown as Rule<RuleOptions>[]).sort((a, b) =>
  a.id.localeCompare(b.id),
);
