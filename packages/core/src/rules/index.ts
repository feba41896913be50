import type { Rule, RuleOptions } from '../rule.js';
import missingSection from './missing-section.js';
import postingLength from './posting-length.js';
import salaryRange from './salary-range.js';
import seniorityYearsConflict from './seniority-years-conflict.js';
import titleDutyMismatch from './title-duty-mismatch.js';
import tooManyRequirements from './too-many-requirements.js';
import yearsExceedTechnologyAge from './years-exceed-technology-age.js';

/** Every rule, sorted by id. */
export const rules: readonly Rule<RuleOptions>[] = (
  [
    missingSection,
    postingLength,
    salaryRange,
    seniorityYearsConflict,
    titleDutyMismatch,
    tooManyRequirements,
    yearsExceedTechnologyAge,
  ] as unknown as Rule<RuleOptions>[]
).sort((a, b) => a.id.localeCompare(b.id));
