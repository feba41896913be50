/**
 * How the duties split over roles when no single role dominates: the recommendation to split a
 * posting into two (mixed-role) reads it.
 */
import { ROLES, type Role } from '../lexicon/index.js';
import { MIN_EVIDENCE, type RoleProfile } from './profile.js';

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export interface SplitOptions {
  /** A role takes part in the split with at least this share of the duty evidence. */
  minShare: number;
  /** …and at least this fraction of the leading role's share. */
  minRatio: number;
}

/**
 * The roles the duties are spread over, strongest first, when no single role dominates (duties
 * split about evenly describe a hybrid role [AN]). Shares come from the responsibilities when they
 * hold enough evidence, else from the whole posting. `other` is not an engineering role to split
 * into and is left out. Empty when the duties describe one role.
 */
export function splitRoles(profile: RoleProfile, options: SplitOptions): Array<{ role: Role; share: number }> {
  if (profile.confidence === 'none') return [];
  const shares = splitShares(profile);
  const ranked = ROLES.filter((r) => r !== 'other')
    .map((role) => ({ role, share: round(shares[role]) }))
    .filter((x) => x.share >= options.minShare)
    .sort((a, b) => b.share - a.share);
  if (ranked.length < 2) return [];
  const lead = (ranked[0] as { share: number }).share;
  const members = ranked.filter((x) => x.share >= lead * options.minRatio).slice(0, 3);
  return members.length >= 2 ? members : [];
}

/**
 * The share of each role that a split is judged on: from the responsibilities when they hold
 * enough evidence (three or four strong duty mentions), else from the whole posting.
 */
export function splitShares(profile: RoleProfile): Record<Role, number> {
  const dutyTotal = ROLES.reduce((a, r) => a + profile.duties[r], 0);
  return dutyTotal >= MIN_EVIDENCE * 2.5 ? (Object.fromEntries(ROLES.map((r) => [r, profile.duties[r] / dutyTotal])) as Record<Role, number>) : profile.scores;
}
