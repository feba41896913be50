/**
 * rules — one file per rule, each a check over the shared context that `engine` hands it (the
 * posting, its tokens, the mentions, the profile, the answers, the title's analysis) and that
 * reports findings with fixes. Takes what the earlier stages gave; gives the rules, sorted by id,
 * and the rule types. `rule.ts` is the contract, `prose.ts` the phrase-list helper of the wording
 * rules, `role-evidence.ts` the evidence line of the role rules.
 */
export * from './rule.js';
import type { Rule } from './rule.js';
import genderedLanguage from './gendered-language.js';
import markdownLimits from './markdown-limits.js';
import missingSection from './missing-section.js';
import noBuzzwordTitle from './no-buzzword-title.js';
import noCliche from './no-cliche.js';
import noOpenEndedDuties from './no-open-ended-duties.js';
import noUnquantifiedExperience from './no-unquantified-experience.js';
import noVagueRequirement from './no-vague-requirement.js';
import postingLength from './posting-length.js';
import salaryRange from './salary-range.js';
import seniorityYearsConflict from './seniority-years-conflict.js';
import techTermSpelling from './tech-term-spelling.js';
import ambiguousTitle from './ambiguous-title.js';
import mixedRole from './mixed-role.js';
import titleDutyMismatch from './title-duty-mismatch.js';
import validControlComment from './valid-control-comment.js';
import validFrontMatter from './valid-front-matter.js';
import tooManyRequirements from './too-many-requirements.js';
import yearsExceedTechnologyAge from './years-exceed-technology-age.js';

/** Every rule, sorted by id. */
export const rules: readonly Rule[] = (
  [
    ambiguousTitle,
    genderedLanguage,
    markdownLimits,
    missingSection,
    mixedRole,
    noBuzzwordTitle,
    noCliche,
    noOpenEndedDuties,
    noUnquantifiedExperience,
    noVagueRequirement,
    postingLength,
    salaryRange,
    seniorityYearsConflict,
    techTermSpelling,
    titleDutyMismatch,
    tooManyRequirements,
    validControlComment,
    validFrontMatter,
    yearsExceedTechnologyAge,
  ] as unknown as Rule[]
).sort((a, b) => a.id.localeCompare(b.id));
