/**
 * The phrase engine of the job-ad quality rules, for `data/phrases.yml`: plain phrases and
 * two-part templates ("strong … skills", "familiarity with X") matched on tokens and lemmas, one
 * pass per lexicon, reported where the unit may be reported (`context.scope`) with the entry's
 * note and citation (citations.ts).
 */
import { phraseKeysMany, PhraseMatcher, type QualityPhraseEntry, qualityPhrases, type QualityRuleId, type SharedPhraseMatcher, type Unit } from '../lexicon/index.js';
import { type Token } from '../nlp/index.js';
import { NON_REQUIREMENT_SECTIONS, type SectionKind } from '../posting/index.js';
import { isAllowed } from '../shared/index.js';
import type { Report, RuleContext } from './rule.js';
import { noteWithSource } from './citations.js';
import type { Scope } from '../scope/index.js';

export interface PhraseHit {
  entry: QualityPhraseEntry;
  /** The lexicon phrase (or the template's first part) that matched. */
  phrase: string;
  /** Unit index range, inclusive. */
  first: number;
  last: number;
  /** Projection offsets. */
  start: number;
  end: number;
}

/** Parts of speech that may stand between the two parts of a strict template. */
const MODIFIER_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'ADV', 'NUM', 'SYM', 'CCONJ', 'X']);
/** Punctuation that keeps a list of modifiers together ("analytical, critical-thinking and …"). */
const LIST_PUNCTUATION = new Set([',', '/', '&', '+', '#', "'", '’']);
const STOPS_OBJECT = new Set(['AUX', 'PRON', 'SCONJ', 'PART', 'INTJ']);
/** Words that end an object: examples, hedges and clauses follow them ("such as", "e.g.", "and how"). */
const ENDS_OBJECT = new Set(['such', 'like', 'including', 'e.g.', 'i.e.', 'eg', 'ie', 'etc', 'etc.', 'especially', 'particularly', 'preferably', 'ideally', 'how', 'what', 'why', 'when', 'where', 'which', 'who', 'whether']);

function isModifier(tokens: readonly Token[], text: string, u: Unit): boolean {
  const token = tokens[u.token] as Token;
  if (MODIFIER_POS.has(token.pos)) return true;
  // "problem-solving", "hands-on": parts of a hyphenated compound always belong together.
  if (/[-‐‑]/.test(text[u.start - 1] ?? '') || /[-‐‑]/.test(text[u.end] ?? '')) return true;
  // "problem-solving", "written and verbal": -ing forms and participles act as modifiers.
  return token.pos === 'VERB' && /(ing|ed|en)$/.test(token.normal);
}

interface CompiledLexicon {
  plain: SharedPhraseMatcher<QualityPhraseEntry>;
  firsts: SharedPhraseMatcher<QualityPhraseEntry[]>;
  thens: Map<QualityPhraseEntry, PhraseMatcher<true>>;
}

const compiled = new Map<QualityRuleId, CompiledLexicon>();

function compile(rule: QualityRuleId): CompiledLexicon {
  let lexicon = compiled.get(rule);
  if (lexicon) return lexicon;
  const entries = qualityPhrases.filter((e) => e.rule === rule);
  const plain = PhraseMatcher.shared(entries.map((entry) => ({ phrases: entry.phrases, value: entry })));
  // Several templates share a first word ("strong … skills", "strong … knowledge"): one trie
  // node per distinct first phrase, holding every entry that starts with it.
  const byFirst = new Map<string, { phrase: string; entries: QualityPhraseEntry[] }>();
  const thens = new Map<QualityPhraseEntry, PhraseMatcher<true>>();
  const firstKeys = phraseKeysMany(entries.flatMap((e) => e.pattern?.first ?? []));
  let k = 0;
  for (const entry of entries) {
    if (!entry.pattern) continue;
    for (const phrase of entry.pattern.first) {
      const key = (firstKeys[k++] as string[]).join(' ');
      const slot = byFirst.get(key) ?? { phrase, entries: [] };
      slot.entries.push(entry);
      byFirst.set(key, slot);
    }
    thens.set(entry, new PhraseMatcher([{ phrases: entry.pattern.then, value: true as const }]));
  }
  const firsts = PhraseMatcher.shared([...byFirst.values()].map((s) => ({ phrases: [s.phrase], value: s.entries })));
  lexicon = { plain, firsts, thens };
  compiled.set(rule, lexicon);
  return lexicon;
}

/**
 * The last unit of a template's second part starting at unit i, or -1. In a template without a
 * gap (a compound) the second part may be the second half of a hyphenated word ("obsessed" in
 * "customer-obsessed"), where a phrase on its own never starts.
 */
function thenAt(then: PhraseMatcher<true>, units: readonly Unit[], i: number, compound: boolean): number {
  const u = units[i] as Unit;
  if (!u.joined || !compound) return then.matchAt(units, i)?.last ?? -1;
  const window = units.slice(i, i + 6);
  window[0] = { ...u, joined: false };
  const hit = then.matchAt(window, 0);
  return hit ? i + hit.last : -1;
}

/** The last unit of a template's second part, or -1 when it does not follow within the gap. */
function completeTemplate(context: RuleContext, entry: QualityPhraseEntry, then: PhraseMatcher<true>, last: number): number {
  const { units } = context;
  const tokens = context.nlp.tokens;
  const pattern = entry.pattern as NonNullable<QualityPhraseEntry['pattern']>;
  const sentence = (units[last] as Unit).sentence;
  let words = 0;
  for (let i = last + 1; i < units.length; i++) {
    const u = units[i] as Unit;
    if (u.barrier || u.sentence !== sentence) return -1;
    if (u.punctuation) {
      // A template without a gap joins its parts directly ("results-driven", "customer focused").
      if ((LIST_PUNCTUATION.has(u.value) && pattern.gap > 0) || pattern.loose) continue;
      return -1;
    }
    const hit = thenAt(then, units, i, pattern.gap === 0);
    if (hit >= 0) return hit;
    if (!pattern.loose && !isModifier(tokens, context.posting.text, u)) return -1;
    const token = tokens[u.token] as Token;
    if (token.pos !== 'CCONJ') words++;
    if (words > pattern.gap) return -1;
  }
  return -1;
}

/** Extends a template with a gap over its object: to the end of the clause, at most `max` words. */
export function extendObject(context: RuleContext, last: number, max = 6): number {
  const { units } = context;
  const tokens = context.nlp.tokens;
  const sentence = (units[last] as Unit).sentence;
  let end = last;
  let words = 0;
  for (let i = last + 1; i < units.length; i++) {
    const u = units[i] as Unit;
    if (u.barrier || u.sentence !== sentence) break;
    const token = tokens[u.token] as Token;
    if (u.punctuation) {
      if (u.value === '/' || u.value === '&' || u.value === '+' || u.value === '.') continue;
      break;
    }
    if (STOPS_OBJECT.has(token.pos) || ENDS_OBJECT.has(u.normal)) break;
    if (token.pos === 'VERB' && !/ing$/.test(token.normal) && words > 0) break;
    if (token.pos === 'ADP' && token.normal !== 'of') break;
    if (token.pos === 'DET' || token.pos === 'CCONJ' || token.pos === 'ADP') {
      // Only inside the object, never as its last word.
      const next = units[i + 1];
      if (!next || next.barrier || next.punctuation || next.sentence !== sentence) break;
      continue;
    }
    words++;
    if (words > max) break;
    end = i;
  }
  return end;
}

/**
 * An object stops before the next phrase of the same lexicon ("very good at Python and an expert
 * in dbt" holds two findings), and then before the words that only joined them ("and an").
 */
function beforeNextHead(units: readonly Unit[], starts: readonly number[], last: number, end: number): number {
  const next = starts.find((s) => s > last);
  if (next === undefined || next > end) return end;
  let cut = next - 1;
  while (cut > last && ((units[cut] as Unit).punctuation || (units[cut] as Unit).pos === 'CCONJ' || (units[cut] as Unit).pos === 'DET')) cut--;
  return cut;
}

/** True when the clause around units first..last carries a number ("3+ years", "two projects"). */
export function clauseHasNumber(context: RuleContext, first: number, last: number): boolean {
  const { units } = context;
  const tokens = context.nlp.tokens;
  const sentence = (units[first] as Unit).sentence;
  const isNumber = (u: Unit) => {
    const t = tokens[u.token] as Token;
    return t.type === 'number' || t.pos === 'NUM' || /^\d/.test(u.value);
  };
  for (let i = first; i >= 0; i--) {
    const u = units[i] as Unit;
    if (u.barrier || u.sentence !== sentence || u.value === ';') break;
    if (isNumber(u)) return true;
  }
  for (let i = last + 1; i < units.length; i++) {
    const u = units[i] as Unit;
    if (u.barrier || u.sentence !== sentence || u.value === ';') break;
    if (isNumber(u)) return true;
  }
  return false;
}

/** True when a longer lexicon term of the role model contains the range ("deep" in "deep learning"). */
function insideLongerTerm(context: RuleContext, start: number, end: number): boolean {
  return context.mentions.some((m) => m.kind === 'term' && m.start <= start && m.end >= end && m.end - m.start > end - start);
}

function previousWord(units: readonly Unit[], first: number): Unit | null {
  const u = units[first] as Unit;
  for (let i = first - 1; i >= 0; i--) {
    const p = units[i] as Unit;
    if (p.barrier || p.sentence !== u.sentence) return null;
    if (!p.punctuation) return p;
    return null;
  }
  return null;
}

function nextWord(units: readonly Unit[], last: number): Unit | null {
  const u = units[last] as Unit;
  const n = units[last + 1];
  return n && !n.barrier && !n.punctuation && n.sentence === u.sentence ? n : null;
}

function clauseEndsAfter(units: readonly Unit[], last: number): boolean {
  const next = units[last + 1];
  const u = units[last] as Unit;
  return !next || next.barrier || next.punctuation || next.sentence !== u.sentence;
}

/**
 * Every match of one rule's phrases and templates in the prose, longest first without overlaps,
 * left to right; nothing inside code, URLs, quotations or legal/EEO text, nothing negated.
 */
export function findPhrases(context: RuleContext, rule: QualityRuleId): PhraseHit[] {
  const { units } = context;
  const info = context.scope;
  const lexicon = compile(rule);
  const hits: Array<PhraseHit & { head: [number, number] }> = [];
  for (const m of lexicon.plain.match(units)) {
    hits.push({ entry: m.value, phrase: m.phrase, first: m.first, last: m.last, start: m.start, end: m.end, head: [m.start, m.end] });
  }
  for (const m of lexicon.firsts.match(units)) {
    for (const entry of m.value) {
      const last = completeTemplate(context, entry, lexicon.thens.get(entry) as PhraseMatcher<true>, m.last);
      if (last < 0) continue;
      hits.push({ entry, phrase: m.phrase, first: m.first, last, start: m.start, end: (units[last] as Unit).end, head: [m.start, m.end] });
    }
  }
  const starts = [...new Set(hits.map((h) => h.first))].sort((a, b) => a - b);
  const kept: PhraseHit[] = [];
  for (const hit of hits) {
    let quiet = false;
    for (let i = hit.first; i <= hit.last && !quiet; i++) quiet = info.quiet[i] === true;
    // Negated as wink-nlp reads it, unless "not" is part of an idiom that negates nothing ("not afraid of").
    if (quiet || ((units[hit.first] as Unit).negated && info.negated[hit.first] === true)) continue;
    if (insideLongerTerm(context, hit.head[0], hit.head[1])) continue;
    const before = previousWord(units, hit.first);
    if (before && (hit.entry.notAfter.includes(before.normal) || hit.entry.notAfter.includes(before.lemma))) continue;
    if (hit.entry.end && !clauseEndsAfter(units, hit.last)) continue;
    const after = nextWord(units, hit.last);
    if (after && (hit.entry.notBefore.includes(after.normal) || hit.entry.notBefore.includes(after.lemma))) continue;
    if (hit.entry.object) {
      const last = beforeNextHead(units, starts, hit.last, extendObject(context, hit.last));
      let objectQuiet = false;
      for (let i = hit.last + 1; i <= last; i++) objectQuiet ||= info.quiet[i] === true;
      if (!objectQuiet) {
        hit.last = last;
        hit.end = (units[last] as Unit).end;
      }
    }
    kept.push({ entry: hit.entry, phrase: hit.phrase, first: hit.first, last: hit.last, start: hit.start, end: hit.end });
  }
  // Longest first, then leftmost; drop anything overlapping a kept hit.
  kept.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: PhraseHit[] = [];
  for (const hit of kept) if (!chosen.some((c) => c.first <= hit.last && hit.first <= c.last)) chosen.push(hit);
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * Hits of one entry joined only by "and", "or" or a comma ("deeply technical and highly
 * innovative") are one coordinated claim with one rewrite: reported once, over both.
 */
function mergeCoordinated(context: RuleContext, hits: PhraseHit[]): PhraseHit[] {
  const { units } = context;
  const out: PhraseHit[] = [];
  for (const hit of hits) {
    const previous = out[out.length - 1];
    if (previous && previous.entry === hit.entry && (units[previous.last] as Unit).sentence === (units[hit.first] as Unit).sentence && hit.first - previous.last <= 3) {
      let joins = true;
      for (let i = previous.last + 1; i < hit.first && joins; i++) {
        const u = units[i] as Unit;
        joins = !u.barrier && (u.value === ',' || u.pos === 'CCONJ');
      }
      if (joins && hit.first > previous.last + 1) {
        out[out.length - 1] = { ...previous, last: hit.last, end: hit.end };
        continue;
      }
    }
    out.push(hit);
  }
  return out;
}

/** Whether a finding is switched off by a rule's `allow` option (entry ids or phrases), compared by shared `allowKey`. */
export const allowed = isAllowed;

/** The text of a projection range on one line (list items can carry soft line breaks). */
export function snippet(context: RuleContext, start: number, end: number): string {
  return context.posting.text.slice(start, end).replace(/\s+/g, ' ').trim();
}

/** Section kinds where requirement and duty rules stay quiet: company blurb, perks, pay, how to apply. */
export const NOT_REQUIREMENTS: ReadonlySet<SectionKind> = NON_REQUIREMENT_SECTIONS;

/**
 * The check shared by the phrase rules (no-cliche, no-vague-requirement, …): find the rule's
 * phrases, keep those the rule wants, and report each with what to write instead and why.
 */
export function checkPhraseRule(
  context: RuleContext,
  report: Report,
  rule: QualityRuleId,
  messageId: string,
  allow: readonly string[],
  keep: (hit: PhraseHit, scope: Scope) => boolean = () => true,
): void {
  const info = context.scope;
  for (const hit of mergeCoordinated(context, findPhrases(context, rule))) {
    const actual = snippet(context, hit.start, hit.end);
    if (allowed(allow, hit.entry.id, hit.phrase, actual) || !keep(hit, info)) continue;
    const range = context.sourceRange(hit.start, hit.end);
    report({
      messageId,
      data: { actual, instead: hit.entry.instead },
      start: range.start,
      end: range.end,
      actual,
      expected: [...hit.entry.suggest],
      note: noteWithSource(hit.entry.note, hit.entry.source),
      evidence: { entry: hit.entry.id, phrase: hit.phrase, section: info.section[hit.first] ?? 'intro' },
    });
  }
}
