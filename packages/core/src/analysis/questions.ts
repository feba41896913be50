/**
 * The hiring questions (data/questions.yml): are you building a model or a product? is your proprietary
 * data for training or for retrieval? what matters more, speed of delivery or precision? Each is
 * answered from the posting's own words, with the phrases that answer it, and the analysis ends
 * with the role to hire and why. Every word shown to users is here or in questions.yml.
 */
import { type QuestionCueEntry, questionCues, questions, type Role, ROLE_NAMES, ROLE_SUMMARIES } from '../lexicon/index.js';
import type { Posting } from '../posting/index.js';
import { mentionWeights, type RoleProfile } from './profile.js';
import { type SplitOptions, splitRoles, splitShares } from './split.js';
import type { Mention, TitleAnalysis } from '../signals/index.js';
import { quoteSpan } from '../shared/index.js';

export interface AnswerEvidence {
  text: string;
  /** The side the phrase speaks for. */
  side: string;
  weight: number;
  /** Projection range (analyze maps it to source positions). */
  start: number;
  end: number;
}

export interface HiringAnswer {
  /** Question id: `model-or-product`, `training-or-retrieval-data`, `speed-or-precision`. */
  id: string;
  question: string;
  /**
   * The side the posting takes, `both`, `unclear` when it says too little, or `not-applicable`
   * when the duties are not AI or ML work and nothing answers the question.
   */
  answer: string;
  /** The answer as a sentence. */
  text: string;
  /** The role the answer points to, when it takes one side. */
  role: Role | null;
  /** Evidence per side, 0..1 shares of the question's evidence. */
  shares: Record<string, number>;
  /** The strongest phrases per side, strongest first. */
  evidence: AnswerEvidence[];
  source: string;
}

export interface Recommendation {
  /** The role to hire; null when the posting says too little to tell. */
  role: Role | null;
  /** A title for that role (seniority kept), or null. */
  title: string | null;
  /** When the duties are two or three jobs: the roles to split the posting into. */
  split: Role[];
  /** Which role to hire and why, in one paragraph. */
  text: string;
}

/** Below this much weighted evidence a question is unanswered (about one duty-list mention). */
const MIN_ANSWER = 1.2;
/** One side answers the question when it holds this share of its evidence. */
const CLEAR_SIDE = 0.7;
/** How many phrases to keep per side. */
const PHRASES_PER_SIDE = 3;
/** The roles whose hiring choice the questions are about (AI engineer or ML engineer?). */
const QUESTION_ROLES = new Set<Role>(['ai-engineer', 'ml-engineer', 'mlops', 'research-scientist']);
const NOT_APPLICABLE = 'Does not apply: the duties are not AI or ML work.';

/** A verb–object pair answers more clearly than a noun. */
const DUTY_FACTOR = 1.5;

const SENIORITY_WORDS = /^(junior|jr\.?|senior|sr\.?|staff|principal|lead|head of|founding|associate|distinguished)$/i;

/** "Senior Machine Learning Engineer" over AI-engineer duties → "Senior AI Engineer". */
export function suggestTitle(title: string, seniority: readonly string[], role: Role): string {
  const words = seniority
    .filter((s) => SENIORITY_WORDS.test(s))
    .map((s) => {
      const at = title.toLowerCase().indexOf(s);
      return at >= 0 ? title.slice(at, at + s.length) : s;
    });
  return [...words, ROLE_NAMES[role]].join(' ');
}

/** Entries whose evidence says the `other` work is analytics or reporting rather than content. */
const ANALYTICS_ENTRIES = new Set(['analytics-reporting', 'data-visualization', 'dashboards', 'build-dashboard', 'insights-storytelling', 'present-insights', 'business-insights']);

/** What kind of work the `other` evidence describes, and a title that names it. */
export interface OtherWork {
  kind: 'analytics' | 'solutions';
  title: string;
  label: string;
}

/** What kind of work the `other` evidence describes, and a title that names it. */
export function otherWork(profile: RoleProfile): OtherWork {
  let analytics = 0;
  let solutions = 0;
  for (const e of profile.evidence) {
    if (e.role !== 'other' || e.weight <= 0) continue;
    if (ANALYTICS_ENTRIES.has(e.id)) analytics += e.weight;
    else solutions += e.weight;
  }
  return analytics >= solutions
    ? { kind: 'analytics', title: 'Data Analyst', label: 'analytics and reporting' }
    : { kind: 'solutions', title: 'Solutions Engineer', label: 'solutions and content' };
}

let cuesByEntry: Map<string, QuestionCueEntry[]> | null = null;
let cuesById: Map<string, QuestionCueEntry> | null = null;

function index(): { byEntry: Map<string, QuestionCueEntry[]>; byId: Map<string, QuestionCueEntry> } {
  if (!cuesByEntry || !cuesById) {
    cuesByEntry = new Map();
    cuesById = new Map();
    for (const cue of questionCues) {
      cuesById.set(cue.id, cue);
      for (const entry of cue.entries) cuesByEntry.set(entry, [...(cuesByEntry.get(entry) ?? []), cue]);
    }
  }
  return { byEntry: cuesByEntry, byId: cuesById };
}

interface Hit {
  cue: QuestionCueEntry;
  mention: Mention;
  weight: number;
}

export function answerQuestions(posting: Posting | null, mentions: Mention[], cueMentions: Mention[], dutyRole: Role | null = null): HiringAnswer[] {
  const { byEntry, byId } = index();
  const hits: Hit[] = [];
  const roleWeights = mentionWeights(mentions, posting);
  mentions.forEach((m, i) => {
    const w = roleWeights[i] as number;
    if (w === 0) return;
    for (const cue of byEntry.get(m.id) ?? []) hits.push({ cue, mention: m, weight: w * (m.kind === 'duty' ? DUTY_FACTOR : 1) });
  });
  const cueWeights = mentionWeights(cueMentions, posting);
  cueMentions.forEach((m, i) => {
    const cue = byId.get(m.id);
    const w = cueWeights[i] as number;
    if (cue && w !== 0) hits.push({ cue, mention: m, weight: w });
  });

  return questions.map((q) => {
    const sides = Object.keys(q.sides);
    const totals: Record<string, number> = Object.fromEntries(sides.map((s) => [s, 0]));
    // Diminishing returns per phrase: the same words repeated add little.
    const seen = new Map<string, number>();
    const mine = hits.filter((h) => h.cue.question === q.id).sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.mention.start - b.mention.start);
    const scored: AnswerEvidence[] = [];
    for (const h of mine) {
      const key = `${h.cue.side}:${h.mention.text.toLowerCase()}`;
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      const weight = h.weight / n;
      totals[h.cue.side] = (totals[h.cue.side] ?? 0) + weight;
      if (weight > 0) scored.push({ text: h.mention.text, side: h.cue.side, weight: round(weight), start: h.mention.start, end: h.mention.end });
    }
    const positive = sides.map((s) => Math.max(0, totals[s] ?? 0));
    const total = positive.reduce((a, b) => a + b, 0);
    const shares: Record<string, number> = Object.fromEntries(sides.map((s, i) => [s, total > 0 ? round((positive[i] as number) / total) : 0]));
    // The questions are about AI and ML work: for a data-science or software posting a stray cue
    // ("product managers") must not answer them.
    const applies = dutyRole === null || QUESTION_ROLES.has(dutyRole);
    let answer = applies ? 'unclear' : 'not-applicable';
    if (applies && total >= MIN_ANSWER) {
      const lead = sides.find((s) => (shares[s] ?? 0) >= CLEAR_SIDE);
      answer = lead ?? 'both';
    }
    const side = q.sides[answer];
    const evidence: AnswerEvidence[] = [];
    for (const s of sides) {
      const own = scored.filter((e) => e.side === s);
      const kept: AnswerEvidence[] = [];
      for (const e of own) {
        if (kept.some((k) => k.start < e.end && e.start < k.end)) continue;
        kept.push(e);
        if (kept.length === PHRASES_PER_SIDE) break;
      }
      evidence.push(...kept);
    }
    evidence.sort((a, b) => b.weight - a.weight || a.start - b.start);
    return {
      id: q.id,
      question: q.question,
      answer,
      text: side ? side.answer : answer === 'both' ? q.both : answer === 'not-applicable' ? NOT_APPLICABLE : evidence.length > 0 ? thinAnswer(q, evidence, posting) : q.unclear,
      role: side ? side.role : null,
      shares,
      evidence,
      source: q.source,
    };
  });
}

/**
 * The answer when a question has clues but too few to answer it: it names them, so the text never
 * says "does not say" over a list of evidence ("… only a hint: “vector database” points to retrieval").
 */
function thinAnswer(q: (typeof questions)[number], evidence: readonly AnswerEvidence[], posting: Posting | null): string {
  const parts: string[] = [];
  for (const [id, side] of Object.entries(q.sides)) {
    const seen = new Set<string>();
    const quoted: string[] = [];
    for (const e of evidence) {
      if (e.side !== id) continue;
      const text = posting ? quoteSpan(posting.text, e.start, e.end).text : e.text;
      if (seen.has(text.toLowerCase())) continue;
      seen.add(text.toLowerCase());
      quoted.push(`“${text}”`);
    }
    if (quoted.length > 0) parts.push(`${list(quoted)} point${quoted.length === 1 ? 's' : ''} to ${side.label}`);
  }
  return `The posting gives only a hint: ${list(parts)}, too little to answer; ${q.ask}`;
}

export interface RecommendOptions {
  /** The projection the evidence offsets refer to, so quoted phrases end at a balanced boundary. */
  text?: string;
}

/**
 * Default split thresholds: a second role with almost a third of the duties and three quarters of
 * the first's ("duties split ≈50/50": a hybrid role); most real postings have a secondary role well
 * below that.
 */
export const SPLIT_DEFAULTS = { minShare: 0.3, minRatio: 0.75 } as const;

/** The hiring question that says what the job builds (a model or a product?). */
const BUILDS_QUESTION = 'model-or-product';

/**
 * The jobs a posting asks for, strongest first: the roles of `splitRoles`, or, when the question
 * of what the job builds is answered `both` (models and the product around them) and every role its
 * sides point to holds at least `minShare` of the duties and `minRatio²` of the leading one's
 * share, those roles: the posting's own words say it is two jobs even when one
 * has the larger share. Empty when the posting is one job. The recommendation
 * and the role rules (mixed-role, title-duty-mismatch, ambiguous-title) all read this one answer.
 */
export function hiringSplit(profile: RoleProfile, answers: readonly HiringAnswer[], options: SplitOptions = SPLIT_DEFAULTS): Array<{ role: Role; share: number }> {
  const split = splitRoles(profile, options);
  if (split.length >= 2 || profile.confidence === 'none') return split;
  const shares = splitShares(profile);
  for (const a of answers) {
    if (a.id !== BUILDS_QUESTION || a.answer !== 'both') continue;
    const roles = [...new Set(Object.values(questions.find((q) => q.id === a.id)?.sides ?? {}).map((s) => s.role))].filter((r): r is Role => r !== 'other');
    if (roles.length < 2 || roles.some((r) => shares[r] < options.minShare)) continue;
    // The answer lowers the closeness asked from `minRatio` to its square (0.75 → 0.56): a second
    // role with over half of the first's share is a job of its own when the posting builds both.
    const lead = Math.max(...roles.map((r) => shares[r]));
    if (roles.some((r) => shares[r] < lead * options.minRatio ** 2)) continue;
    return roles.map((role) => ({ role, share: round(shares[role]) })).sort((x, y) => y.share - x.share);
  }
  return [];
}

function article(name: string): string {
  return /^[AEIOU]/.test(name) || /^ML\b|^MLOps\b/.test(name) ? 'an' : 'a';
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** What `recommend` words: the split and the retitle, decided once (decision.ts). */
export interface RecommendInputs {
  /** `hiringSplit` at the recommendation's thresholds. */
  split: ReadonlyArray<{ role: Role; share: number }>;
  /** The title the duties' role calls for (`suggestTitle`, or the other work's title), or null. */
  retitle: string | null;
  /** What the `other` evidence describes, when the duties' role is `other`. */
  work: OtherWork | null;
}

/** Which role to hire, and why, from the profile and the answers. */
export function recommend(
  profile: RoleProfile,
  answers: HiringAnswer[],
  title: TitleAnalysis | null,
  decided: RecommendInputs,
  options: RecommendOptions = {},
): Recommendation {
  if (profile.confidence === 'none') {
    return {
      role: null,
      title: null,
      split: [],
      text:
        'Cannot tell which role to hire: the posting names too little of the work. List the three to six things the hire will do, ' +
        'each with its object ("train ranking models on click data", "build a support assistant on an LLM API").',
    };
  }
  const { split } = decided;
  const phrases = (role: Role) => {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const e of profile.evidence) {
      if (e.role !== role || e.weight <= 0) continue;
      const quoted = options.text === undefined ? e.text : quoteSpan(options.text, e.start, e.end).text;
      const key = quoted.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(`“${quoted}”`);
      if (out.length === 3) break;
    }
    return out;
  };
  if (split.length >= 2) {
    const parts = split.map((s) => `${ROLE_NAMES[s.role]} (${Math.round(s.share * 100)}%: ${list(phrases(s.role)) || 'few phrases'})`);
    return {
      role: profile.dutyRole,
      title: null,
      split: split.map((s) => s.role),
      text: `Hire for ${split.length === 2 ? 'two' : 'three'} roles, or rank them: the duties are spread over ${list(parts)}. One person rarely does all of this well; split the posting or say which part comes first.`,
    };
  }
  const role = profile.dutyRole;
  const because = phrases(role);
  if (role === 'other') {
    const work = decided.work ?? otherWork(profile);
    return {
      role,
      title: work.title,
      split: [],
      text:
        `Hire for the work the duties describe, which is ${work.label} work rather than an engineering or data-science role (${list(because) || 'few phrases'}). ` +
        `Title it for that work (for example ${work.title}) or add the engineering duties you expect.`,
    };
  }
  const reason = (a: HiringAnswer) => questions.find((q) => q.id === a.id)?.sides[a.answer]?.because ?? a.answer;
  const support = answers.filter((a) => a.role === role).map(reason);
  // Only the AI-vs-ML choice has sides; an answer for the other of the two is worth checking.
  const against = role === 'ai-engineer' || role === 'ml-engineer' ? answers.filter((a) => a.role !== null && a.role !== role) : [];
  const suggested = decided.retitle ?? ROLE_NAMES[role];
  let text = `Hire ${article(ROLE_NAMES[role])} ${ROLE_NAMES[role]}: one who ${ROLE_SUMMARIES[role]}. The duties point there (${list(because)})`;
  text += support.length > 0 ? `, and the posting says ${list(support)}.` : '.';
  if (against.length > 0) {
    const other = against[0]?.role as Role;
    text += ` Check this before hiring: the posting also says ${list(against.map(reason))}, which points to ${article(ROLE_NAMES[other])} ${ROLE_NAMES[other]}.`;
  }
  return { role, title: suggested, split: [], text };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
