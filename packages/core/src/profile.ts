/**
 * The role profile: a score per role from the mentions, weighted by where they stand, the role the
 * duties describe, the roles the title claims, a confidence, and the evidence that drove it.
 */
import type { Strength } from './lexicons/types.js';
import type { SectionKind } from './posting.js';
import { ROLES, type Role } from './roles.js';
import type { Mention } from './signals.js';
import type { TitleAnalysis } from './title.js';

export type Confidence = 'high' | 'medium' | 'low' | 'none';

export interface Evidence {
  text: string;
  role: Role;
  /** Contribution to the role's score after section, negation and repetition weighting. */
  weight: number;
  section: SectionKind;
  negated: boolean;
  /** Projection range (front ends receive source positions from analyze). */
  start: number;
  end: number;
}

export interface RoleProfile {
  /** Raw score per role. */
  raw: Record<Role, number>;
  /** Share of the positive evidence per role, 0..1, rounded to 3 decimals. */
  scores: Record<Role, number>;
  dutyRole: Role;
  /** The second strongest role, for mixed-role advice. */
  runnerUp: Role | null;
  titleRoles: Role[];
  mismatch: boolean;
  confidence: Confidence;
  /** Total positive evidence. */
  total: number;
  /** The mentions that drove the profile, strongest first. */
  evidence: Evidence[];
}

export const STRENGTH_WEIGHT: Record<Strength, number> = { strong: 3, medium: 1.5, weak: 0.5 };

/**
 * Where a mention stands changes what it says about the job (DESIGN §2, domain §1.9):
 * responsibilities say what the job is; requirements what a candidate must know; nice-to-haves
 * and the company blurb say little; benefits and legal text nothing.
 */
export const SECTION_WEIGHT: Record<SectionKind, number> = {
  responsibilities: 1,
  intro: 0.7,
  requirements: 0.7,
  other: 0.6,
  'nice-to-have': 0.35,
  about: 0.2,
  'how-to-apply': 0.05,
  benefits: 0.05,
  compensation: 0.05,
  eeo: 0,
};

/** A negated mention ("you will not train models") counts against the role, at half strength. */
const NEGATION_FACTOR = -0.5;
/** A pasted duplicate block adds nothing new. */
const REPEAT_FACTOR = 0;

/** Below this much evidence the analyzer cannot tell the role (≈ two strong duty mentions). */
export const MIN_EVIDENCE = 4;
/** A mismatch needs the duty role to lead the best title role by this share. */
export const MISMATCH_MARGIN = 0.12;

function emptyScores(): Record<Role, number> {
  return Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
}

export function buildProfile(mentions: Mention[], title: TitleAnalysis): RoleProfile {
  const raw = emptyScores();
  const evidence: Evidence[] = [];
  // Diminishing returns per entry: the k-th mention of the same term adds 1/k of its weight, so
  // one word repeated twenty times cannot outweigh twenty different duties.
  const seen = new Map<string, number>();
  for (const m of mentions) {
    const base = SECTION_WEIGHT[m.section] * (m.legal ? 0 : 1) * (m.repeated ? REPEAT_FACTOR : 1);
    if (base === 0) continue;
    const count = (seen.get(m.id) ?? 0) + 1;
    seen.set(m.id, count);
    const factor = (base / count) * (m.negated ? NEGATION_FACTOR : 1);
    for (const [role, strength] of Object.entries(m.roles) as Array<[Role, Strength]>) {
      const weight = STRENGTH_WEIGHT[strength] * factor;
      raw[role] += weight;
      // Soft line breaks inside a phrase read as one space in messages and reports.
      evidence.push({ text: m.text.replace(/\s+/g, ' '), role, weight: round(weight), section: m.section, negated: m.negated, start: m.start, end: m.end });
    }
  }
  const positive = ROLES.map((r) => Math.max(0, raw[r]));
  const total = positive.reduce((a, b) => a + b, 0);
  const scores = emptyScores();
  ROLES.forEach((r, i) => {
    scores[r] = total > 0 ? round((positive[i] as number) / total) : 0;
  });
  const ranked = [...ROLES].filter((r) => r !== 'other').sort((a, b) => raw[b] - raw[a]);
  const top = ranked[0] as Role;
  const second = ranked[1] ?? null;

  let dutyRole: Role = total >= MIN_EVIDENCE && raw[top] > 0 ? top : 'other';
  const lead = second ? scores[top] - scores[second] : scores[top];
  let confidence: Confidence;
  if (total < MIN_EVIDENCE) confidence = 'none';
  else if (total >= 15 && lead >= 0.25) confidence = 'high';
  else if (total >= 6 && lead >= 0.1) confidence = 'medium';
  else confidence = 'low';
  if (confidence === 'none') dutyRole = 'other';

  const titleRoles = title.roles;
  const bestTitleShare = Math.max(...titleRoles.map((r) => scores[r]));
  const mismatch =
    confidence !== 'none' &&
    !titleRoles.includes('other') &&
    !titleRoles.includes(dutyRole) &&
    scores[dutyRole] - bestTitleShare >= MISMATCH_MARGIN;

  evidence.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.start - b.start);
  return {
    raw: Object.fromEntries(ROLES.map((r) => [r, round(raw[r])])) as Record<Role, number>,
    scores,
    dutyRole,
    runnerUp: second && raw[second] > 0 ? second : null,
    titleRoles,
    mismatch,
    confidence,
    total: round(total),
    evidence,
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
