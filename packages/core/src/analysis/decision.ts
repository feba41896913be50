/**
 * The hiring decision, made once per analysis: the jobs the posting asks for (the split), the
 * title the duties' role calls for, and the recommendation that words them. The recommendation
 * and the role rules (mixed-role, title-duty-mismatch, ambiguous-title) read this one decision
 * from the rule context instead of deriving it again from the profile.
 */
import type { Role } from '../lexicon/index.js';
import type { TitleAnalysis } from '../signals/index.js';
import type { RoleProfile } from './profile.js';
import { type HiringAnswer, hiringSplit, type OtherWork, otherWork, recommend, type Recommendation, suggestTitle } from './questions.js';

export interface HiringDecision {
  /**
   * The jobs the posting asks for, strongest first, with their shares of the duties
   * (`hiringSplit` at `SPLIT_DEFAULTS`); empty when the posting is one job.
   */
  split: ReadonlyArray<{ role: Role; share: number }>;
  /**
   * The title to give the posting for the duties' role: the title's seniority and the role's name
   * ("Senior AI Engineer"), or for `other` duties a title for that work ("Data Analyst"); null
   * without a title.
   */
  retitle: string | null;
  /** What the `other` evidence describes, when the duties' role is `other`; else null. */
  work: OtherWork | null;
  /** Which role to hire, and why (the profile's `recommendation`). */
  recommendation: Recommendation;
}

/**
 * Decides, from the profile, the answers and the title's analysis; `text` is the projection the
 * evidence offsets refer to (quoted phrases end at a balanced boundary).
 */
export function decide(profile: RoleProfile, answers: HiringAnswer[], title: TitleAnalysis | null, text?: string): HiringDecision {
  const split = hiringSplit(profile, answers);
  const work = profile.dutyRole === 'other' ? otherWork(profile) : null;
  const retitle = title ? (work ? work.title : suggestTitle(title.text, title.seniority, profile.dutyRole)) : null;
  const recommendation = recommend(profile, answers, title, { split, retitle, work }, text === undefined ? {} : { text });
  return { split, retitle, work, recommendation };
}
