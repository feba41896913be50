import type { Root } from 'mdast';
import { allowKey, compareDiagnostics, type Diagnostic, LastRunCache, LineIndex, type Point, quoteSpan, type Severity } from '../shared/index.js';
import { allowedPhrases, resolveLexicon, resolveRules, type JdlintConfig } from './config.js';
import { parseControlComments, partitionControlled, type SuppressedDiagnostic } from '../posting/index.js';
import { tokenize, tokenizeReusing, type BlockCache, type TokenizedText } from '../nlp/index.js';
import { htmlAsMarkdown, parseDocument, type PieceCache, treeWithFrontMatter } from '../parse/index.js';
import { buildPosting, type Posting } from '../posting/index.js';
import { answerQuestions, buildProfile, decide, score, type PostingScore, type HiringAnswer, type Recommendation, type RoleProfile } from '../analysis/index.js';
import { formatMessage, type RuleContext, type RuleDiagnostic, rules } from '../rules/index.js';
import { analyzeTitle, employerOf, extractSignals, type Mention, type SignalOptions, type Signals, type TitleAnalysis } from '../signals/index.js';
import { buildScope, type Scope } from '../scope/index.js';
import type { Role } from '../lexicon/index.js';

const MAX_TITLE_CHARS = 300;
const RULE_IDS: ReadonlySet<string> = new Set(rules.map((r) => r.id));

export interface AnalyzeOptions {
  /** Rule settings, as in a `.jdlintrc.json`. */
  config?: JdlintConfig;
  /** The source text, required when `input` is an mdast tree (positions refer to it). */
  source?: string;
  /** Judge dates (technology age, pay-law dates) as of this day instead of front matter or today. */
  date?: Date;
  /**
   * What the last analysis of the same document left to reuse (`createAnalysisCache`), for an
   * editor that re-lints a file on every change: only the Markdown pieces and prose blocks that
   * changed are parsed and tokenized again. The result is the same as without it.
   */
  cache?: AnalysisCache;
}

/** Reusable parse and tokenization results of one document's last analysis. */
export interface AnalysisCache {
  readonly pieces: PieceCache;
  readonly blocks: BlockCache;
}

/** A cache for one document (one per open file: it holds the pieces of its last version only). */
export function createAnalysisCache(): AnalysisCache {
  return { pieces: new LastRunCache(), blocks: new LastRunCache() };
}

export interface EvidencePhrase {
  text: string;
  role: Role;
  weight: number;
  section: string;
  negated: boolean;
  line: number;
  column: number;
  offset: number;
}

/** A phrase that answers a hiring question, at its source position. */
export interface AnswerPhrase {
  text: string;
  side: string;
  weight: number;
  line: number;
  column: number;
  offset: number;
}

/** A hiring question and the posting's answer, with source positions. */
export interface HiringQuestion extends Omit<HiringAnswer, 'evidence'> {
  evidence: AnswerPhrase[];
}

/** The role profile as front ends show it: positions are source points. */
export interface Profile {
  title: string | null;
  titleRoles: Role[];
  titleCombined: boolean;
  dutyRole: Role;
  runnerUp: Role | null;
  mismatch: boolean;
  confidence: RoleProfile['confidence'];
  scores: Record<Role, number>;
  total: number;
  evidence: EvidencePhrase[];
  /** The hiring questions (model or product? training or retrieval data? speed or precision?). */
  questions: HiringQuestion[];
  /** Which role to hire, and why. */
  recommendation: Recommendation;
}

export interface AnalyzeResult {
  diagnostics: Diagnostic[];
  /** Findings that inline `<!-- jdlint-disable… -->` comments turned off, each with why (ESLint's `suppressedMessages`). */
  suppressed: SuppressedDiagnostic[];
  profile: Profile;
  posting: Posting;
  mentions: Mention[];
  title: TitleAnalysis | null;
  /** The 0–100 posting score by category, each deduction pointing at its findings (docs/score.md). */
  score: PostingScore;
}

interface Settings {
  resolved: ReturnType<typeof resolveRules>;
  allowed: Set<string>;
  extraTerms: ReturnType<typeof resolveLexicon>;
}
let lastSettings: { key: string; settings: Settings } | null = null;
const UNDEFINED = '\u0000undefined';

/**
 * The rules, `allow` phrases and lexicon terms of a config, resolved once for a run of postings
 * under the same config (a batch, an editor's re-lints): the last config's resolution is kept by
 * its JSON text, so a config changed in place between calls is resolved again.
 */
function settingsOf(config: JdlintConfig | undefined): Settings {
  // A key set to undefined is kept in the key: it still names a rule, which resolveRules checks.
  const key = config === undefined ? '' : JSON.stringify(config, (_, value: unknown) => (value === undefined ? UNDEFINED : value));
  if (lastSettings?.key === key) return lastSettings.settings;
  const settings = { resolved: resolveRules(rules, config), allowed: allowedPhrases(config), extraTerms: resolveLexicon(config) };
  lastSettings = { key, settings };
  return settings;
}

const LEVELS: readonly Severity[] = ['info', 'warning', 'error'];

/** The configured severity, one level lower for `minor` findings and one higher for `major` ones. */
function shiftSeverity(severity: Severity, emphasis: 'minor' | 'major' | undefined): Severity {
  if (!emphasis) return severity;
  const at = LEVELS.indexOf(severity) + (emphasis === 'minor' ? -1 : 1);
  return LEVELS[Math.max(0, Math.min(LEVELS.length - 1, at))] as Severity;
}

function postingDate(posting: Posting, override?: Date): Date {
  if (override) return override;
  for (const key of ['date', 'posted', 'published', 'date_posted']) {
    const value = posting.fields[key];
    const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
    if (date && !Number.isNaN(date.getTime())) return date;
  }
  return new Date();
}

/** Front-matter fields that name the employer. */
const EMPLOYER_FIELDS = ['company', 'employer', 'organization', 'organisation'];

/**
 * The employer's names, for telling its name and products from the hire's tools (signals.ts): the
 * front matter's employer field up to its first comma (what follows names a team: "Acme, Machine
 * Learning Team"), and the employer parts of the title.
 */
function employerNames(fields: Record<string, unknown>, title: string | null): string[] {
  const names: string[] = [];
  for (const key of EMPLOYER_FIELDS) {
    const value = fields[key];
    if (typeof value === 'string') names.push((value.split(',')[0] ?? '').slice(0, MAX_TITLE_CHARS));
  }
  if (title !== null) names.push(...employerOf(title));
  return names;
}

/** The title analysis of a posting without a title: it claims no role. */
export const NO_TITLE: TitleAnalysis = { text: '', roles: ['other'], combined: false, vague: false, matched: [], seniority: [], core: '', domains: [] };

/**
 * What a posting's words say, before any calibrated constant is applied: its scope, the title's
 * analysis, and the mentions and cues (signals/). `pnpm eval` reads postings through this too, so
 * that the cross-validated figures measure what analyze() does.
 */
export function readSignals(posting: Posting, nlp: TokenizedText, extraTerms: SignalOptions['extraTerms'] = []): Signals & { scope: Scope; title: TitleAnalysis | null } {
  const scope = buildScope(posting, nlp);
  // A title is a line, not a page: only its first MAX_TITLE_CHARS characters are analyzed, so a
  // first line of a megabyte costs no more than a real title.
  const titleText = posting.title ? posting.title.text.slice(0, MAX_TITLE_CHARS) : null;
  const title = titleText !== null ? analyzeTitle(titleText) : null;
  return { ...extractSignals(scope, { extraTerms, employer: employerNames(posting.fields, titleText) }), scope, title };
}

/**
 * Analyzes one posting: a Markdown string, or an mdast tree with its `source` (the remark plugin
 * hands over the tree it already has, so nothing is parsed twice).
 */
export function analyze(input: string | Root, options: AnalyzeOptions = {}): AnalyzeResult {
  const source = typeof input === 'string' ? input : options.source;
  if (source === undefined) throw new TypeError('analyze(tree) needs options.source, the text the tree was parsed from');
  const { resolved, allowed, extraTerms } = settingsOf(options.config);
  const cache = options.cache;
  // A posting pasted as HTML is read as the Markdown it means; offsets are unchanged (parse/html.ts).
  const text = typeof input === 'string' ? htmlAsMarkdown(input) : source;
  const parsed = typeof input === 'string' ? parseDocument(text, cache?.pieces) : treeWithFrontMatter(input, source, cache?.pieces);
  const posting = buildPosting(parsed, text);
  const { tree } = parsed;
  const nlp = cache ? tokenizeReusing(posting.text, cache.blocks) : tokenize(posting.text);
  const { scope, title, mentions, units, cues } = readSignals(posting, nlp, extraTerms);
  const roleProfile = buildProfile(mentions, title ?? NO_TITLE, posting);
  const answers = answerQuestions(posting, mentions, cues, roleProfile.confidence === 'none' ? null : roleProfile.dutyRole);
  const decision = decide(roleProfile, answers, title, posting.text);
  const lines = new LineIndex(source);
  const point = (projectionOffset: number): Point => lines.point(posting.projection.toSource(projectionOffset));
  const controlComments = parseControlComments(tree, source);

  const context: RuleContext = {
    posting,
    nlp,
    units,
    scope,
    mentions,
    profile: roleProfile,
    answers,
    decision,
    title,
    sourceRange: (start, end) => posting.projection.rangeToSource(start, end),
    locate: (offset) => {
      const p = point(offset);
      return { line: p.line, column: p.column };
    },
    date: postingDate(posting, options.date),
    controlComments,
    ruleIds: RULE_IDS,
  };

  let diagnostics: Diagnostic[] = [];
  for (const { rule, severity, options: ruleOptions } of resolved) {
    const found: Array<{ d: RuleDiagnostic; emphasis: 'minor' | 'major' | undefined }> = [];
    rule.check(
      context,
      (r) => {
        const template = rule.meta.messages[r.messageId];
        if (template === undefined) throw new Error(`Rule ${rule.id} reported unknown messageId ${r.messageId}`);
        const d: RuleDiagnostic = {
          ruleId: rule.id,
          source: 'jdlint',
          reason: formatMessage(template, r.data),
          place: lines.position(r.start, r.end),
          url: rule.url,
          messageId: r.messageId,
        };
        if (r.actual !== undefined) d.actual = r.actual;
        if (r.expected !== undefined) d.expected = r.expected;
        if (r.note !== undefined) d.note = r.note;
        if (r.evidence !== undefined) d.data = r.evidence;
        if (r.fix !== undefined) d.fix = { range: [r.fix.start, r.fix.end], text: r.fix.text };
        found.push({ d, emphasis: r.emphasis });
      },
      ruleOptions,
    );
    for (const { d, emphasis } of found) diagnostics.push({ ...d, severity: shiftSeverity(severity, emphasis) });
  }
  const controlled = partitionControlled(diagnostics, controlComments);
  diagnostics = controlled.kept;
  const isAllowed = (d: Diagnostic) => d.actual !== undefined && allowed.has(allowKey(d.actual));
  if (allowed.size > 0) diagnostics = diagnostics.filter((d) => !isAllowed(d));
  diagnostics.sort(compareDiagnostics);
  // What inline comments turned off (ESLint's suppressedMessages); the config's `allow` list is not inline.
  const suppressed = controlled.suppressed.filter((d) => !isAllowed(d)).sort(compareDiagnostics);

  const profile: Profile = {
    title: title?.text ?? null,
    titleRoles: roleProfile.titleRoles,
    titleCombined: title?.combined ?? false,
    dutyRole: roleProfile.dutyRole,
    runnerUp: roleProfile.runnerUp,
    mismatch: roleProfile.mismatch,
    confidence: roleProfile.confidence,
    scores: roleProfile.scores,
    total: roleProfile.total,
    evidence: roleProfile.evidence.slice(0, 25).map((e) => {
      const quote = quoteSpan(posting.text, e.start, e.end);
      const p = point(quote.start);
      return { text: quote.text, role: e.role, weight: e.weight, section: e.section, negated: e.negated, line: p.line, column: p.column, offset: p.offset };
    }),
    questions: answers.map((a) => ({
      ...a,
      evidence: a.evidence.map((e) => {
        const quote = quoteSpan(posting.text, e.start, e.end);
        const p = point(quote.start);
        return { text: quote.text, side: e.side, weight: e.weight, line: p.line, column: p.column, offset: p.offset };
      }),
    })),
    recommendation: decision.recommendation,
  };
  return { diagnostics, suppressed, profile, posting, mentions, title, score: score({ diagnostics }) };
}
