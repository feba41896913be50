import type { Diagnostic, Severity } from '../shared/index.js';
import type { ControlComment } from '../posting/index.js';
import type { IndexedUnits } from '../lexicon/index.js';
import type { TokenizedText } from '../nlp/index.js';
import type { Posting } from '../posting/index.js';
import type { HiringAnswer, HiringDecision, RoleProfile } from '../analysis/index.js';
import type { Scope } from '../scope/index.js';
import type { Mention, TitleAnalysis } from '../signals/index.js';

/** Where rule documentation lives; every rule's URL derives from its id here and nowhere else. */
export const DOCS_BASE = 'https://github.com/jdlint/jdlint/blob/main/docs/rules/';

export function ruleUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}

export type OptionValue = string | number | boolean | readonly string[];
export type RuleOptions = Record<string, OptionValue>;

export interface RuleMeta<O extends RuleOptions> {
  /** One sentence; the first paragraph of the rule's docs page must equal it. */
  description: string;
  /** The severity under the `recommended` preset. */
  defaultSeverity: Severity;
  /** Message templates; `{name}` is replaced from the report's data. */
  messages: Record<string, string>;
  defaultOptions: O;
  /** A one-line description per option, for docs and `jdlint explain`. */
  optionDocs?: Record<keyof O & string, string>;
  /** True when the rule attaches fixes to (some of) its findings. */
  fixable?: boolean;
  /**
   * True when every `expected` entry is a drop-in replacement for the finding's `actual` text, so
   * editors may offer it as a quick fix; otherwise `expected` holds example rewrites to show.
   */
  replacements?: boolean;
  /** How the `strict` preset differs from `recommended` for this rule. */
  strict?: { severity?: Severity; options?: Partial<O> };
}

export interface RuleExample<O extends RuleOptions> {
  name: string;
  input: string;
  options?: Partial<O>;
  /** Expected diagnostics as `line:col-line:col: reason`, in order. */
  output: string[];
}

/**
 * Everything a rule may read, each stage's result made once per analysis: the posting, its tokens
 * and units, where each unit stands (`scope`), the mentions, the role profile, the answers to the
 * hiring questions and the decision made from them. A rule reads these; it does not work them out
 * again.
 */
export interface RuleContext {
  posting: Posting;
  nlp: TokenizedText;
  /** Match units of the projection: run a `PhraseMatcher` over them (one linear pass). */
  units: IndexedUnits;
  /**
   * Where each unit stands (scope/): per unit whether it is quiet (code, a link, a quotation,
   * legal text), its section, the title or a heading; the block at an offset, whether a block is
   * legal, whether a range may be reported; a front-matter title's own units.
   */
  scope: Scope;
  mentions: Mention[];
  profile: RoleProfile;
  /** The posting's answers to the hiring questions. */
  answers: HiringAnswer[];
  /** The hiring decision: the split, the title the duties' role calls for, the recommendation. */
  decision: HiringDecision;
  title: TitleAnalysis | null;
  /** Maps a projection range (token and mention offsets) to a source range. */
  sourceRange(start: number, end: number): { start: number; end: number };
  /** 1-based line and column of a projection offset, for naming evidence in messages. */
  locate(offset: number): { line: number; column: number };
  /** The date the posting is judged at: front-matter `date` or `posted`, else today. */
  date: Date;
  /** The inline `<!-- jdlint-… -->` comments, in source order. */
  controlComments: readonly ControlComment[];
  /** Every rule id jdlint knows (whether on or off). */
  ruleIds: ReadonlySet<string>;
}

export interface ReportInput {
  messageId: string;
  data?: Record<string, string | number>;
  /** Source offsets (use `context.sourceRange` for projection offsets). */
  start: number;
  end: number;
  actual?: string;
  expected?: string[];
  note?: string;
  evidence?: Record<string, unknown>;
  /** The edit that fixes the finding, in source offsets (only for `meta.fixable` rules). */
  fix?: { start: number; end: number; text: string };
  /**
   * Grades this finding against the rule's configured severity without the rule seeing it:
   * `minor` reports it one level lower (error → warning → info), `major` one level higher
   * (info → warning → error). For findings near a threshold or far past it.
   */
  emphasis?: 'minor' | 'major';
}

export type Report = (input: ReportInput) => void;

export interface Rule<O extends RuleOptions = RuleOptions> {
  id: string;
  url: string;
  meta: RuleMeta<O>;
  examples: RuleExample<O>[];
  check(context: RuleContext, report: Report, options: O): void;
}

export function defineRule<O extends RuleOptions>(rule: Omit<Rule<O>, 'url'>): Rule<O> {
  if (!/^[a-z]+(-[a-z]+)*$/.test(rule.id)) throw new Error(`Rule id must be kebab-case: ${rule.id}`);
  return { ...rule, url: ruleUrl(rule.id) };
}

export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/** A diagnostic before severity is applied: rules never see severity. */
export type RuleDiagnostic = Omit<Diagnostic, 'severity'>;
