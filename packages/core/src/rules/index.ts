import type { Rule, RuleOptions } from '../rule.js';
import genderedLanguage from './gendered-language.js';
import noBuzzwordTitle from './no-buzzword-title.js';
import noCliche from './no-cliche.js';
import noOpenEndedDuties from './no-open-ended-duties.js';
import noUnquantifiedExperience from './no-unquantified-experience.js';
import noVagueRequirement from './no-vague-requirement.js';
import techTermSpelling from './tech-term-spelling.js';
import titleDutyMismatch from './title-duty-mismatch.js';

/** Every rule, sorted by id. */
export const rules: readonly Rule<RuleOptions>[] = (
  [
    genderedLanguage,
    noBuzzwordTitle,
    noCliche,
    noOpenEndedDuties,
    noUnquantifiedExperience,
    noVagueRequirement,
    techTermSpelling,
    titleDutyMismatch,
  ] as unknown as Rule<RuleOptions>[]
).sort((a, b) => a.id.localeCompare(b.id));
