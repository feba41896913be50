/**
 * The role profile: a score per role from the mentions, weighted by where they stand, the role the
 * duties describe, the roles the title claims, a confidence, and the evidence that drove it.
 */
import { type Role, ROLES, type Strength, STRENGTH_WEIGHT } from '../lexicon/index.js';
import { NO_ROLE_EVIDENCE_SECTIONS, type Posting, type SectionKind } from '../posting/index.js';
import type { Mention, TitleAnalysis } from '../signals/index.js';

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
  /** Lexicon entry id. */
  id: string;
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
  /** Positive evidence from the duty sections alone (what the job is), per role. */
  duties: Record<Role, number>;
  /** The mentions that drove the profile, strongest first. */
  evidence: Evidence[];
}


/**
 * Every constant of the profile that was chosen by reading labelled postings, in one object. The
 * analyzer uses `DEFAULT_CALIBRATION`; `pnpm eval` passes other values to choose them on training
 * folds only and score them on the held-back fold (scripts/eval-cv.ts), so the figures it prints
 * for unseen postings are honest. Not part of the public API.
 */
export interface Calibration {
  /** Weight per lexicon strength. */
  strengthWeight: Record<Strength, number>;
  /**
   * Where a mention stands changes what it says about the job (the maintainers' weighting [AN]):
   * responsibilities say what the job is; requirements what a candidate must know; nice-to-haves
   * and the company blurb say little; benefits and legal text nothing.
   */
  sectionWeight: Record<SectionKind, number>;
  /**
   * Text before the first duty heading (an untitled intro, "Company description", "Welcome to …")
   * is the company blurb when the posting has duty sections: it sells the company, it does not
   * list work.
   */
  blurbWeight: number;
  /**
   * Sections after the job's description (its last duty section, or the pay, benefits,
   * how-to-apply or EEO section that follows the duties) whose headings name no kind ("How we're
   * different", "Logistics", "Come work with us") close the posting with company and practical
   * text: weighed as the blurb when true.
   */
  trailingBlurb: boolean;
  /**
   * A prose paragraph in a responsibilities section of a posting that also lists its duties as
   * bullets: an overview ("you will play a pivotal role in …") rather than the duties themselves.
   */
  overviewWeight: number;
  /** Bullets that make a duty list: fewer than this and the prose carries the duties. */
  minDutyBullets: number;
  /** An aside in parentheses ("(e.g. RAG, chatbots)") names examples, not the duty itself. */
  parenFactor: number;
  /** A duty in a purpose clause of another duty counts half: it names the first duty's aim. */
  subordinateFactor: number;
  /** A negated mention ("you will not train models") counts against the role. */
  negationFactor: number;
  /** A negation says what the job is not wherever it stands (outside legal and benefits text). */
  negationMinWeight: number;
  /** Below this much evidence the analyzer cannot tell the role (≈ two strong duty mentions). */
  minEvidence: number;
  /** A mismatch needs the duty role to lead the best title role by this share. */
  mismatchMargin: number;
  /** Shared terms split in proportion to the other evidence, plus this prior. */
  sharedPrior: number;
  /**
   * Lean given to each role the title claims when a shared term is split and nothing else in the
   * posting tells its roles apart: a term shared by two roles ("analyse data": analyst or data
   * scientist; "MLflow": ML or MLOps) does not contradict the title, so the employer's own claim
   * decides between them. Any unshared evidence for either role decides instead.
   */
  titlePrior: number;
  /** Confidence `high`: at least this much evidence and this lead of the top role's share. */
  highTotal: number;
  highLead: number;
  /** Confidence `medium`: at least this much evidence and this lead. */
  mediumTotal: number;
  mediumLead: number;
  /**
   * The lowest confidence at which a mismatch is claimed: a posting that does not describe one
   * role clearly gets no mismatch rather than a confident wrong one.
   */
  mismatchMinConfidence: 'low' | 'medium' | 'high';
  /**
   * What `dutyRole` is when the evidence is too thin to tell (confidence `none`): `other`, or the
   * role the title claims (the employer's own claim stands when nothing in the text contradicts
   * it). Confidence stays `none`, so no mismatch and no recommendation follow either way.
   */
  thinReading: 'other' | 'title';
  /**
   * A title that names a management rank (manager, head of, director of, VP of, chief) claims a
   * manager's job; when the duties hold at least this much management evidence (people management,
   * leading teams, owning the roadmap), the job is managing the work, not doing it, and reads as
   * `other` (O*NET 11-3021.00, 11-9121.00). `Infinity` turns the reading off.
   */
  managementMin: number;
  /**
   * A research title over duties that read as the ML engineer's: research scientists train and
   * evaluate the models they study ([EY], [ONET-CIRS]). When the title claims research and the
   * posting gives research work of its own (publications, novel methods, research directions) at
   * least this share of its evidence, the model-making is the research's means: the job reads as
   * research, with confidence `low` and no mismatch. `Infinity` turns the reading off. (Data
   * science, which also builds models, was tried beside it and lowered the cross-validated
   * figures: its vocabulary overlaps the ML engineer's too much for a share to tell them apart.)
   */
  neighbourShare: number;
}

/** The roles whose own work includes making models (see `Calibration.neighbourShare`). */
const MAKES_MODELS_TOO: Partial<Record<Role, Role>> = { 'research-scientist': 'ml-engineer' };

export const DEFAULT_CALIBRATION: Readonly<Calibration> = Object.freeze({
  strengthWeight: { ...STRENGTH_WEIGHT },
  sectionWeight: {
    responsibilities: 1,
    requirements: 0.5,
    intro: 0.8,
    other: 0.5,
    'nice-to-have': 0.3,
    about: 0.15,
    'how-to-apply': 0,
    benefits: 0,
    compensation: 0,
    eeo: 0,
  },
  blurbWeight: 0.3,
  trailingBlurb: true,
  overviewWeight: 0.7,
  minDutyBullets: 3,
  parenFactor: 0.5,
  subordinateFactor: 0.5,
  negationFactor: -0.5,
  negationMinWeight: 0.6,
  minEvidence: 4,
  // 0.08 until the cross-validated search (pnpm eval) chose 0.04 in every fold.
  mismatchMargin: 0.04,
  sharedPrior: 1.5,
  // Chosen by the cross-validated search (pnpm eval) in four folds of five and on all postings.
  titlePrior: 3,
  highTotal: 15,
  highLead: 0.25,
  mediumTotal: 6,
  mediumLead: 0.1,
  mismatchMinConfidence: 'low',
  // Chosen in every fold of the cross-validated search (pnpm eval); was 'other'.
  thinReading: 'title',
  managementMin: 3,
  neighbourShare: 0.3,
});

export const SECTION_WEIGHT: Record<SectionKind, number> = DEFAULT_CALIBRATION.sectionWeight;
/** Below this much evidence the analyzer cannot tell the role (≈ two strong duty mentions). */
export const MIN_EVIDENCE = DEFAULT_CALIBRATION.minEvidence;
/** A mismatch needs the duty role to lead the best title role by this share. */
export const MISMATCH_MARGIN = DEFAULT_CALIBRATION.mismatchMargin;

const CONFIDENCE_RANK: Record<Confidence, number> = { none: 0, low: 1, medium: 2, high: 3 };

function emptyScores(): Record<Role, number> {
  return Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
}

const DUTY_SECTIONS = new Set<SectionKind>(['responsibilities']);
const NO_WEIGHT = NO_ROLE_EVIDENCE_SECTIONS;
const CLOSING = NO_WEIGHT;

/**
 * The base weight of each mention: section, block, hedge, parenthesis, negation, legal text and
 * repetition; a negated mention gets a negative weight.
 */
export function mentionWeights(mentions: Mention[], posting: Posting | null, cal: Readonly<Calibration> = DEFAULT_CALIBRATION): number[] {
  const sections = posting?.sections ?? [];
  const isDuty = (s: { kind: SectionKind }) => s.kind === 'responsibilities' || s.kind === 'requirements';
  const firstDuty = sections.findIndex(isDuty);
  // Where the job's description ends: at its last duty section, or earlier where pay, benefits,
  // how to apply or the EEO statement begin after the duties (what follows is logistics).
  let lastDuty = -1;
  sections.forEach((s, i) => {
    if (isDuty(s)) lastDuty = i;
  });
  const closing = sections.findIndex((s, i) => i > firstDuty && firstDuty >= 0 && CLOSING.has(s.kind));
  const descriptionEnd = closing >= 0 ? Math.min(closing, lastDuty) : lastDuty;
  const dutyBullets = posting
    ? posting.blocks.filter((b) => b.kind === 'list-item' && posting.sections[b.section]?.kind === 'responsibilities').length
    : 0;
  return mentions.map((m) => {
    if (m.legal || m.repeated) return 0;
    let w = cal.sectionWeight[m.section];
    const blurb = firstDuty > 0 && m.sectionIndex < firstDuty && (m.section === 'intro' || m.section === 'other' || m.section === 'about');
    const trailing = cal.trailingBlurb && firstDuty >= 0 && m.sectionIndex > descriptionEnd && m.section === 'other';
    if (blurb || trailing) w = Math.min(w, cal.blurbWeight);
    if (m.section === 'responsibilities' && m.block === 'paragraph' && dutyBullets >= cal.minDutyBullets) w *= cal.overviewWeight;
    // A hedged mention ("… is a plus", "familiarity with …") counts as a nice-to-have.
    if (m.hedged) w = Math.min(w, cal.sectionWeight['nice-to-have']);
    if (m.parenthetical) w *= cal.parenFactor;
    if (m.subordinate) w *= cal.subordinateFactor;
    if (m.negated) w = (NO_WEIGHT.has(m.section) ? 0 : Math.max(w, cal.negationMinWeight)) * cal.negationFactor;
    return w;
  });
}

/** The role a mention leans to: its single strongest role, or null when two tie. */
function leanOf(m: Mention, cal: Readonly<Calibration>): Role | null {
  let best: Role | null = null;
  let bestWeight = 0;
  let tie = false;
  for (const [role, strength] of Object.entries(m.roles) as Array<[Role, Strength]>) {
    const w = cal.strengthWeight[strength];
    if (w > bestWeight) {
      best = role;
      bestWeight = w;
      tie = false;
    } else if (w === bestWeight) tie = true;
  }
  return tie ? null : best;
}

/**
 * How much a shared term (as strong for two roles: "MLflow" for ML and MLOps, "scikit-learn" for
 * ML and data science) counts for each of them: in proportion to the evidence that is not shared,
 * so that shared vocabulary follows what the posting otherwise says and never decides alone [AN].
 * `sharedPrior` keeps the split even when there is no other evidence.
 */
export function buildProfile(
  mentions: Mention[],
  title: TitleAnalysis,
  posting: Posting | null = null,
  cal: Readonly<Calibration> = DEFAULT_CALIBRATION,
): RoleProfile {
  const base = mentionWeights(mentions, posting, cal);
  // Diminishing returns per entry: the k-th mention of the same term adds 1/k of its weight, so
  // one word repeated twenty times cannot outweigh twenty different duties.
  // The strongest mention of an entry counts first, so a passing mention in the blurb does not
  // halve the one in the duties.
  const seen = new Map<string, number>();
  const factors = new Array<number>(mentions.length).fill(0);
  const order = mentions.map((_, i) => i).sort((a, b) => Math.abs(base[b] as number) - Math.abs(base[a] as number) || a - b);
  for (const i of order) {
    const b = base[i] as number;
    if (b === 0) continue;
    const m = mentions[i] as Mention;
    // A duty is its verb class and its object: "build a compiler" and "build libraries" are two.
    const id = m.object ? `${m.id}:${m.object}` : m.id;
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    factors[i] = b / count;
  }

  // First pass: evidence from mentions that lean to one role; the duties' own when they have
  // enough of it (what the job is decides what a shared term means), else the whole posting's.
  const lean = emptyScores();
  const dutyLean = emptyScores();
  mentions.forEach((m, i) => {
    const f = factors[i] as number;
    const role = leanOf(m, cal);
    if (f <= 0 || !role) return;
    const w = cal.strengthWeight[m.roles[role] as Strength] * f;
    lean[role] += w;
    if (DUTY_SECTIONS.has(m.section)) dutyLean[role] += w;
  });
  if (ROLES.reduce((a, r) => a + dutyLean[r], 0) >= cal.minEvidence) for (const r of ROLES) lean[r] = dutyLean[r];

  const raw = emptyScores();
  const duties = emptyScores();
  const evidence: Evidence[] = [];
  mentions.forEach((m, i) => {
    const f = factors[i] as number;
    if (f === 0) return;
    const entries = Object.entries(m.roles) as Array<[Role, Strength]>;
    const top = Math.max(...entries.map(([, s]) => cal.strengthWeight[s]));
    const tied = entries.filter(([, s]) => cal.strengthWeight[s] === top).map(([r]) => r);
    // When nothing else in the posting tells the tied roles apart, the title's claim does.
    const undecided = tied.length > 1 && tied.every((r) => lean[r] === 0);
    const leanOfRole = (r: Role) => lean[r] + (undecided && title.roles.includes(r) ? cal.titlePrior : 0);
    const best = tied.length > 1 ? Math.max(...tied.map(leanOfRole)) : 0;
    for (const [role, strength] of entries) {
      let weight = cal.strengthWeight[strength] * f;
      if (tied.length > 1 && tied.includes(role) && f > 0) weight *= (leanOfRole(role) + cal.sharedPrior) / (best + cal.sharedPrior);
      raw[role] += weight;
      if (DUTY_SECTIONS.has(m.section) && weight > 0) duties[role] += weight;
      // Soft line breaks inside a phrase read as one space in messages and reports.
      evidence.push({ text: m.text.replace(/\s+/g, ' '), role, weight: round(weight), section: m.section, negated: m.negated, start: m.start, end: m.end, id: m.id });
    }
  });

  const positive = ROLES.map((r) => Math.max(0, raw[r]));
  const total = positive.reduce((a, b) => a + b, 0);
  const scores = emptyScores();
  ROLES.forEach((r, i) => {
    scores[r] = total > 0 ? round((positive[i] as number) / total) : 0;
  });
  const ranked = [...ROLES].sort((a, b) => raw[b] - raw[a]);
  const top = ranked[0] as Role;
  const second = ranked[1] ?? null;

  let dutyRole: Role = total >= cal.minEvidence && raw[top] > 0 ? top : 'other';
  const lead = second ? scores[top] - scores[second] : scores[top];
  let confidence: Confidence;
  if (total < cal.minEvidence) confidence = 'none';
  else if (total >= cal.highTotal && lead >= cal.highLead) confidence = 'high';
  else if (total >= cal.mediumTotal && lead >= cal.mediumLead) confidence = 'medium';
  else confidence = 'low';
  const titleRoles = title.roles;
  if (confidence === 'none') dutyRole = cal.thinReading === 'title' && titleRoles.length === 1 ? (titleRoles[0] as Role) : 'other';

  if (confidence !== 'none' && dutyRole !== 'other' && title.seniority.some((s) => MANAGEMENT_RANK.has(s)) && management(mentions, factors, cal) >= cal.managementMin) dutyRole = 'other';
  const neighbour = titleRoles.find((r) => MAKES_MODELS_TOO[r] === dutyRole && scores[r] >= cal.neighbourShare);
  if (confidence !== 'none' && neighbour) {
    dutyRole = neighbour;
    confidence = 'low';
  }

  const bestTitleShare = Math.max(...titleRoles.map((r) => scores[r]));
  const mismatch =
    confidence !== 'none' &&
    CONFIDENCE_RANK[confidence] >= CONFIDENCE_RANK[cal.mismatchMinConfidence] &&
    !titleRoles.includes('other') &&
    !titleRoles.includes(dutyRole) &&
    scores[dutyRole] - bestTitleShare >= cal.mismatchMargin;

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
    duties: Object.fromEntries(ROLES.map((r) => [r, round(duties[r])])) as Record<Role, number>,
    evidence,
  };
}

/** The title's rank words that name a manager (titles.yml strips them as seniority). */
const MANAGEMENT_RANK = new Set(['manager', 'head of', 'director of', 'vp of', 'chief']);
/** The lexicon entries for management work (roles.yml, duty-patterns.yml). */
const MANAGEMENT_ENTRIES = new Set(['people-management', 'product-management', 'manage-team', 'own-roadmap']);

/** The positive evidence for management work in the responsibilities, or the whole posting when it has none. */
function management(mentions: Mention[], factors: number[], cal: Readonly<Calibration>): number {
  const hasDuties = mentions.some((m) => DUTY_SECTIONS.has(m.section));
  let sum = 0;
  mentions.forEach((m, i) => {
    const f = factors[i] as number;
    const strength = m.roles.other;
    if (f > 0 && strength && MANAGEMENT_ENTRIES.has(m.id) && (!hasDuties || DUTY_SECTIONS.has(m.section))) sum += cal.strengthWeight[strength] * f;
  });
  return sum;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
