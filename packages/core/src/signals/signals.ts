/**
 * Lexicon matching: one left-to-right pass over the tokens with a trie of term token sequences
 * (longest match wins), plus verb–object duty patterns within a sentence. Produces mentions with
 * the section they stand in, their negation, hedging and weight per role.
 */
import { type DutyPatternEntry, dutyPatterns, indexUnits, phraseKeysMany, PhraseMatcher, type QuestionCueEntry, questionCues, type Role, type RoleTermEntry, roleTerms, type Strength, toUnits, type Unit } from '../lexicon/index.js';
import { tokenize, type Token, type TokenizedText } from '../nlp/index.js';
import type { Block, BlockKind, Posting, SectionKind, Span } from '../posting/index.js';

export interface Mention {
  /** Lexicon entry id. */
  id: string;
  kind: 'term' | 'duty';
  /** Text as it stands in the posting's projection. */
  text: string;
  /** Projection range. */
  start: number;
  end: number;
  sentence: number;
  section: SectionKind;
  /** Index of the section in `posting.sections`. */
  sectionIndex: number;
  /** The kind of block the mention stands in (a duty bullet, a prose paragraph, …). */
  block: BlockKind;
  /** True inside legal/EEO boilerplate. */
  legal: boolean;
  negated: boolean;
  /** True in a hedged sentence ("… is a plus", "familiarity with …", "not required"). */
  hedged: boolean;
  /** True inside parentheses: an example or an aside rather than the main statement. */
  parenthetical: boolean;
  /** A duty in a purpose clause of another duty ("… libraries to assist in building models"). */
  subordinate?: boolean;
  /** For duties: the object as the pattern lists it ("model", "rag pipeline"). */
  object?: string;
  /** True when the same block text appeared earlier in the posting (a pasted duplicate). */
  repeated: boolean;
  roles: Partial<Record<Role, Strength>>;
}

/** A company's own term, from the `lexicon` field of the configuration. */
export interface ExtraTerm {
  id: string;
  terms: readonly string[];
  roles: Partial<Record<Role, Strength>>;
  source?: string;
}

function toEntry(term: ExtraTerm): RoleTermEntry {
  return { id: term.id, terms: term.terms, caseSensitive: [], roles: term.roles, context: [], source: term.source ?? 'company lexicon (configuration)' };
}

function buildTermMatcher(extra: readonly ExtraTerm[]): PhraseMatcher<RoleTermEntry> {
  // A company's terms come first, so that they win over a built-in entry with the same phrase.
  const entries = [...extra.map(toEntry), ...roleTerms];
  return new PhraseMatcher(
    entries.map((entry) => ({ phrases: entry.terms, caseSensitive: entry.caseSensitive, value: entry })),
    // The built-in lexicon joins the shared pass; a company's (one per configuration) walks alone.
    { lemmas: 'nouns', shared: extra.length === 0 },
  );
}

let defaultMatcher: PhraseMatcher<RoleTermEntry> | null = null;
/** Compiled matchers per distinct company lexicon (a CLI run sees one or a few configs). */
const extraMatchers = new Map<string, PhraseMatcher<RoleTermEntry>>();
const MAX_CACHED_MATCHERS = 8;

function termMatcherFor(extra: readonly ExtraTerm[]): PhraseMatcher<RoleTermEntry> {
  if (extra.length === 0) return (defaultMatcher ??= buildTermMatcher([]));
  const key = JSON.stringify(extra.map((e) => [e.id, e.terms, e.roles]));
  let matcher = extraMatchers.get(key);
  if (!matcher) {
    matcher = buildTermMatcher(extra);
    if (extraMatchers.size >= MAX_CACHED_MATCHERS) extraMatchers.delete(extraMatchers.keys().next().value as string);
    extraMatchers.set(key, matcher);
  }
  return matcher;
}

interface CompiledPattern {
  entry: DutyPatternEntry;
  objects: string[][];
  /** The first key of every object: a word that starts none of them cannot start an object. */
  firstKeys: Set<string>;
  /** The objects by their first key, each with its index in `objects`. */
  objectsByFirst: Map<string, Array<[number, string[]]>>;
  /** Sum of the pattern's role weights, to keep the strongest reading of one object. */
  strength: number;
  /** The pattern's strongest role. */
  lean: string;
}

let patternsByVerb: Map<string, CompiledPattern[]> | null = null;

const STRENGTH_ORDER: Record<Strength, number> = { strong: 3, medium: 1.5, weak: 0.5 };

function compilePatterns(): Map<string, CompiledPattern[]> {
  const byVerb = new Map<string, CompiledPattern[]>();
  // Every object and verb keyed in one tokenizer call (see phraseKeysMany).
  const keys = phraseKeysMany(dutyPatterns.flatMap((e) => [...e.objects, ...e.verbs]));
  let k = 0;
  for (const entry of dutyPatterns) {
    const strength = Object.values(entry.roles).reduce((a, s) => a + STRENGTH_ORDER[s as Strength], 0);
    const lean = (Object.entries(entry.roles) as Array<[string, Strength]>).sort((a, b) => STRENGTH_ORDER[b[1]] - STRENGTH_ORDER[a[1]])[0]?.[0] ?? '';
    const objects = entry.objects.map(() => keys[k++] as string[]).filter((o) => o.length > 0);
    const objectsByFirst = new Map<string, Array<[number, string[]]>>();
    objects.forEach((o, index) => {
      const list = objectsByFirst.get(o[0] as string) ?? [];
      list.push([index, o]);
      objectsByFirst.set(o[0] as string, list);
    });
    const compiled: CompiledPattern = { entry, objects, firstKeys: new Set(objects.map((o) => o[0] as string)), objectsByFirst, strength, lean };
    for (const _verb of entry.verbs) {
      const verbKeys = keys[k++] as string[];
      // A hyphenated verb ("fine-tune") is keyed by its last word, so that word must be a verb
      // itself ("tune"); "red-team" would make every "team" a verb, so the data leaves it out.
      for (const key of new Set(verbKeys.slice(-1))) {
        const list = byVerb.get(key) ?? [];
        if (!list.includes(compiled)) list.push(compiled);
        byVerb.set(key, list);
      }
    }
  }
  return byVerb;
}

const firstKeysByVerb = new WeakMap<CompiledPattern[], Map<string, CompiledPattern[]>>();

/** For one verb's `patterns`: each word that starts an object, and the patterns (in order) whose object it may start. */
function firstKeysOf(patterns: CompiledPattern[]): Map<string, CompiledPattern[]> {
  let keys = firstKeysByVerb.get(patterns);
  if (!keys) {
    keys = new Map();
    for (const pattern of patterns) {
      for (const key of pattern.firstKeys) {
        const list = keys.get(key) ?? [];
        list.push(pattern);
        keys.set(key, list);
      }
    }
    firstKeysByVerb.set(patterns, keys);
  }
  return keys;
}

/** Words seen before (by form, with their lemma) and the patterns they are the verb of (most words are the verb of none). */
const verbMemo = new Map<string, { lemma: string; patterns: CompiledPattern[] | null }>();
const MAX_VERB_MEMO = 50_000;

/**
 * The patterns a word can be the verb of: by its form, its lemma, or the stem of an -ing/-ed/-s
 * form the lemmatizer left alone ("Validating", "monitoring" at the start of a bullet).
 */
function verbPatterns(byVerb: Map<string, CompiledPattern[]>, unit: Unit): CompiledPattern[] | undefined {
  const known = verbMemo.get(unit.normal);
  if (known !== undefined && known.lemma === unit.lemma) return known.patterns ?? undefined;
  const found = verbPatternsOf(byVerb, unit);
  if (verbMemo.size >= MAX_VERB_MEMO) verbMemo.clear();
  verbMemo.set(unit.normal, { lemma: unit.lemma, patterns: found ?? null });
  return found;
}

function verbPatternsOf(byVerb: Map<string, CompiledPattern[]>, unit: Unit): CompiledPattern[] | undefined {
  const found = byVerb.get(unit.normal) ?? byVerb.get(unit.lemma);
  if (found) return found;
  const w = unit.normal;
  const stems: string[] = [];
  if (w.length > 5 && w.endsWith('ing')) {
    const s = w.slice(0, -3);
    stems.push(s, `${s}e`);
    if (s.length > 2 && s.at(-1) === s.at(-2)) stems.push(s.slice(0, -1)); // running → run
  } else if (w.length > 4 && w.endsWith('ed')) {
    const s = w.slice(0, -2);
    stems.push(s, `${s}e`);
    if (s.length > 2 && s.at(-1) === s.at(-2)) stems.push(s.slice(0, -1));
    if (w.endsWith('ied')) stems.push(`${w.slice(0, -3)}y`);
  } else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) {
    stems.push(w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1));
  }
  for (const stem of stems) {
    const list = byVerb.get(stem);
    if (list) return list;
  }
  return undefined;
}

function maxStrength(roles: Partial<Record<Role, Strength>>): number {
  let max = 0;
  for (const strength of Object.values(roles)) max = Math.max(max, STRENGTH_ORDER[strength as Strength]);
  return max;
}

const PURPOSE = new Set(['to', 'for', 'in']);

function markSubordinate(duties: Mention[], units: Unit[]): void {
  let u = 0;
  for (let k = 1; k < duties.length; k++) {
    const previous = duties[k - 1] as Mention;
    const duty = duties[k] as Mention;
    if (previous.sentence !== duty.sentence || previous.end > duty.start) continue;
    while (u < units.length && (units[u] as Unit).start < previous.end) u++;
    for (let j = u; j < units.length && (units[j] as Unit).start < duty.start; j++) {
      const unit = units[j] as Unit;
      if (PURPOSE.has(unit.normal) && (unit.pos === 'PART' || unit.pos === 'ADP')) {
        duty.subordinate = true;
        break;
      }
    }
  }
}

/** A verb candidate that is really a plural noun ("models") or follows a determiner ("the test"). */
function notAVerb(units: Unit[], i: number, tokens: Token[]): boolean {
  const unit = units[i] as Unit;
  const token = tokens[unit.token] as Token;
  if ((token.pos === 'NOUN' || token.pos === 'PROPN') && token.normal !== token.lemma && token.normal.endsWith('s')) return true;
  const previous = units[i - 1];
  if (previous && !previous.barrier && previous.sentence === unit.sentence) {
    const pos = (tokens[previous.token] as Token).pos;
    if (pos === 'DET' || pos === 'ADJ' || pos === 'NUM') return true;
  }
  return false;
}

function blockAt(blocks: Block[], offset: number, hint: number): number {
  let i = hint;
  while (i < blocks.length - 1 && (blocks[i] as Block).end <= offset) i++;
  return i;
}

const NOT_NEGATING = new Set(['limited', 'only', 'just', 'merely', 'necessarily', 'least']);

function nextWord(units: Unit[], i: number): string {
  for (let j = i + 1; j < units.length; j++) {
    const u = units[j] as Unit;
    if (u.barrier) return '';
    if (!u.punctuation) return u.normal;
  }
  return '';
}

/** Words that end a negation's scope at a comma: a new clause with its own subject or a contrast. */
const CLAUSE_BREAK = new Set(['but', 'however', 'instead', 'rather', 'although', 'though', 'while', 'whereas', 'yet', 'so']);
const SCOPE_END = new Set([';', ':', '.', '!', '?']);

/**
 * Negation scope per unit. wink-nlp marks the words after "not"/"no"/"never" up to the next
 * punctuation; a list after the negated verb ("will not be involved in building, developing any
 * models") continues it across commas until a new clause or a contrast ("…, but you will …").
 */
function negationScope(units: Unit[]): boolean[] {
  const out = units.map((u) => u.negated);
  let active = false;
  let idiom = false;
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    const previous = units[i - 1];
    if (u.barrier || (previous && previous.sentence !== u.sentence)) {
      active = false;
      idiom = false;
    }
    // "including but not limited to", "not only … but also": "not" that does not negate.
    if (u.normal === 'not' && NOT_NEGATING.has(nextWord(units, i))) idiom = true;
    if (idiom) {
      out[i] = false;
      if (u.punctuation && (SCOPE_END.has(u.value) || u.value === ',')) idiom = false;
      active = false;
      continue;
    }
    if (u.negated) {
      active = true;
      continue;
    }
    if (!active) continue;
    if (u.punctuation) {
      if (SCOPE_END.has(u.value) || u.value === ')' || u.value === '(') active = false;
      continue;
    }
    if (previous?.punctuation && previous.value === ',') {
      if (u.pos === 'PRON' || CLAUSE_BREAK.has(u.normal)) {
        active = false;
        continue;
      }
    }
    if (CLAUSE_BREAK.has(u.normal)) {
      active = false;
      continue;
    }
    out[i] = true;
  }
  return out;
}

/** Cues that a sentence states a preference, not a need (domain §1.9 "negation/hedges"). */
const HEDGE_PHRASES = new PhraseMatcher(
  [
    {
      phrases: [
        'a plus',
        'is a plus',
        'big plus',
        'nice to have',
        'nice-to-have',
        'bonus',
        'bonus points',
        'preferred',
        'is preferred',
        'ideally',
        'not required',
        'not a requirement',
        'not necessary',
        'not needed',
        'not mandatory',
        'not essential',
        'familiarity with',
        'exposure to',
        'awareness of',
        'interest in',
        'would be great',
        'would be nice',
        'helpful',
        'is an advantage',
        'an advantage',
        'advantageous',
        'desirable',
      ],
      value: true,
    },
  ],
  { lemmas: 'nouns', shared: true },
);

export interface SignalOptions {
  /** A company's own lexicon entries (configuration `lexicon.terms`). */
  extraTerms?: readonly ExtraTerm[];
}

export interface Signals {
  nlp: TokenizedText;
  /** Match units of the projection (see matcher.ts), for rules that match their own lexicons. */
  units: Unit[];
  mentions: Mention[];
  /** Phrases that answer the hiring questions (questions.yml terms); `id` is the cue id, no roles. */
  cues: Mention[];
}

let cueMatcher: PhraseMatcher<QuestionCueEntry> | null = null;

const WINDOW_STOP = new Set(['to', 'for', 'with', 'using', 'via', 'into', 'through', 'across', 'within', 'from', 'by', 'on', 'in', 'at', 'that', 'which', 'so']);
/** Words that open a new phrase whatever their tag ("building apps using language models"). */
const WINDOW_STOP_ANY = new Set(['using', 'via', 'leveraging', 'including', 'like', 'such']);
const WINDOW = 8; // words between a verb and its object: "train and deploy state of the art language models"

function normalizeBlock(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function extractSignals(posting: Posting, nlp: TokenizedText = tokenize(posting.text), options: SignalOptions = {}): Signals {
  const { tokens } = nlp;
  const blocks = posting.blocks;
  const mentions: Mention[] = [];

  // Blocks whose text appeared before (duty lists pasted twice) are marked repeated. Punctuation,
  // case and bullets are ignored, so a block re-pasted with other formatting still counts once.
  const seenText = new Set<string>();
  const repeatedBlock = blocks.map((b) => {
    // Normalizing never lengthens a text: a block under 20 characters has a key under 20.
    if (b.kind === 'heading' || b.kind === 'pseudo-heading' || b.end - b.start < 20) return false;
    const key = normalizeBlock(posting.text.slice(b.start, b.end));
    if (key.length < 20) return false;
    if (seenText.has(key)) return true;
    seenText.add(key);
    return false;
  });

  const sentenceWords = new Map<number, Set<string>>();
  const wordsOf = (sentence: number): Set<string> => {
    let set = sentenceWords.get(sentence);
    if (!set) {
      set = new Set();
      const s = nlp.sentences[sentence];
      if (s) for (let i = s.first; i < s.last; i++) {
        const t = tokens[i] as Token;
        set.add(t.normal);
        set.add(t.lemma);
      }
      sentenceWords.set(sentence, set);
    }
    return set;
  };

  const legalSpans: Span[] = posting.legalSpans;
  const inLegalSpan = (offset: number): boolean => {
    // Few spans (a legal sentence or two); a linear scan is cheaper than a search.
    for (const span of legalSpans) if (offset >= span.start && offset < span.end) return true;
    return false;
  };

  const place = (start: number, hint: number) => {
    const index = blockAt(blocks, start, hint);
    const block = blocks[index];
    const sectionIndex = block?.section ?? 0;
    const section = posting.sections[sectionIndex];
    return {
      index,
      section: (section?.kind ?? 'other') as SectionKind,
      sectionIndex,
      sectionNegated: section?.negated ?? false,
      block: (block?.kind ?? 'paragraph') as BlockKind,
      legal: (block?.legal ?? false) || (legalSpans.length > 0 && inLegalSpan(start)),
      repeated: repeatedBlock[index] ?? false,
      heading: block?.kind === 'heading' || block?.kind === 'pseudo-heading',
    };
  };

  const units = toUnits(tokens);
  // Every built-in lexicon finds its phrases in these units in one walk (matcher.ts).
  indexUnits(units);
  const negated = negationScope(units);

  // Parenthesis depth per unit, reset at block boundaries: "(e.g. PyTorch)" is an aside.
  const parenthetical = new Array<boolean>(units.length).fill(false);
  let depth = 0;
  units.forEach((u, i) => {
    if (u.barrier && u.value.includes("\n")) depth = 0;
    if (u.punctuation && u.value === '(') depth++;
    else if (u.punctuation && u.value === ')') depth = Math.max(0, depth - 1);
    else parenthetical[i] = depth > 0;
  });

  // Sentences that hedge ("… is a plus"): every mention in them counts as a nice-to-have.
  const hedgedSentences = new Set<number>();
  for (const hit of HEDGE_PHRASES.match(units)) hedgedSentences.add((units[hit.first] as Unit).sentence);

  let hint = 0;
  /** A lexicon hit as a mention, placed in its section and block (role terms and question cues alike). */
  const termMention = (id: string, hit: { start: number; end: number; first: number }, unit: Unit, where: ReturnType<typeof place>, isNegated: boolean, roles: Mention['roles']): Mention => ({
    id,
    kind: 'term',
    text: posting.text.slice(hit.start, hit.end),
    start: hit.start,
    end: hit.end,
    sentence: unit.sentence,
    section: where.section,
    sectionIndex: where.sectionIndex,
    block: where.block,
    legal: where.legal,
    negated: where.sectionNegated || isNegated,
    hedged: hedgedSentences.has(unit.sentence),
    parenthetical: parenthetical[hit.first] === true,
    repeated: where.repeated,
    roles,
  });

  const matcher = termMatcherFor(options.extraTerms ?? []);
  for (const hit of matcher.match(units)) {
    const unit = units[hit.first] as Unit;
    const entry = hit.value;
    if (entry.context.length > 0) {
      const words = wordsOf(unit.sentence);
      if (!entry.context.some((w) => words.has(w))) continue;
    }
    const where = place(hit.start, hint);
    hint = where.index;
    if (where.heading) continue;
    mentions.push(termMention(entry.id, hit, unit, where, negated[hit.first] === true || negated[hit.last] === true, entry.roles));
  }

  // Verb–object duty patterns: a verb, then within a few words of the same sentence, an object.
  // One object counts once, at its strongest reading, however many verbs point at it ("design
  // and run A/B tests", "build and deploy models").
  patternsByVerb ??= compilePatterns();
  hint = 0;
  const byObject = new Map<string, { mention: Mention; strength: number; size: number; last: number }>();
  const window: number[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as Unit;
    if (unit.barrier || unit.punctuation) continue;
    // A verb starts a word: "trained" in "pre-trained models" describes the models, not a duty.
    if (unit.joined) continue;
    const candidates = verbPatterns(patternsByVerb, unit);
    if (!candidates) continue;
    // The words that may start the verb's object: up to WINDOW words of the same sentence, up
    // to a new phrase. The same for every pattern of the verb, so found once.
    window.length = 0;
    const firsts = firstKeysOf(candidates);
    // Per pattern, the window words that may start its object, in order.
    let starts: Map<CompiledPattern, number[]> | null = null;
    for (let j = i + 1; j < units.length && window.length < WINDOW; j++) {
      const u = units[j] as Unit;
      if (u.sentence !== unit.sentence || u.barrier) break;
      if (u.punctuation) {
        if (u.value === ';' || u.value === ':') break;
        continue;
      }
      // A preposition or "to" starts a new phrase: "build a toolchain to optimize models" does
      // not build models ("of" stays inside a noun phrase: "state of the art models").
      if (window.length > 0 && ((WINDOW_STOP.has(u.normal) && (u.pos === 'ADP' || u.pos === 'PART' || u.pos === 'SCONJ')) || WINDOW_STOP_ANY.has(u.normal))) break;
      window.push(j);
      const byForm = firsts.get(u.normal);
      const byLemma = u.lemma === u.normal ? undefined : firsts.get(u.lemma);
      if (byForm || byLemma) {
        starts ??= new Map();
        for (const pattern of [...(byForm ?? []), ...(byLemma ?? [])]) {
          const list = starts.get(pattern);
          if (!list) starts.set(pattern, [j]);
          else if (list[list.length - 1] !== j) list.push(j);
        }
      }
    }
    if (starts === null || notAVerb(units, i, tokens)) continue;
    for (const pattern of candidates) {
      for (const j of starts.get(pattern) ?? []) {
        let object: string[] | undefined;
        // Only the objects that start with this word, in the patterns' order: the first of the
        // longest that match wins.
        const start = units[j] as Unit;
        const byForm = pattern.objectsByFirst.get(start.normal);
        const byLemma = start.lemma === start.normal ? undefined : pattern.objectsByFirst.get(start.lemma);
        const tried = byForm && byLemma ? [...byForm, ...byLemma].sort((a, b) => a[0] - b[0]) : (byForm ?? byLemma ?? []);
        for (const [, keys] of tried) {
          if (object && object.length >= keys.length) continue;
          // The object ends a word: "LLM" in "LLM-specific pipelines" only modifies the noun (a
          // version number may follow: "GPT-4o").
          const after = units[j + keys.length];
          let all = true;
          for (let k = 0; k < keys.length && all; k++) {
            const v = units[j + k];
            all = v !== undefined && !v.barrier && (v.normal === keys[k] || v.lemma === keys[k]);
          }
          if (all && !(after?.joined && !/^\d/.test(after.value))) object = keys;
        }
        if (!object) continue;
        const last = j + object.length - 1;
        const end = (units[last] as Unit).end;
        const where = place(unit.start, hint);
        hint = where.index;
        if (!where.heading) {
          // One reading per object and role: "train and deploy models" is a training duty and a
          // deployment duty, "design and run A/B tests" one experimentation duty.
          const key = `${last}:${pattern.lean}`;
          const previous = byObject.get(key);
          if (!previous || previous.strength < pattern.strength) {
            byObject.set(key, {
              strength: pattern.strength,
              size: object.length,
              last,
              mention: {
                id: pattern.entry.id,
                object: object.join(' '),
                kind: 'duty',
                text: posting.text.slice(unit.start, end),
                start: unit.start,
                end,
                sentence: unit.sentence,
                section: where.section,
                sectionIndex: where.sectionIndex,
                block: where.block,
                legal: where.legal,
                negated: where.sectionNegated || negated[i] === true,
                hedged: hedgedSentences.has(unit.sentence),
                parenthetical: parenthetical[i] === true,
                repeated: where.repeated,
                roles: pattern.entry.roles,
              },
            });
          }
        }
        break;
      }
    }
  }
  // Hiring-question phrases ("end users", "knowledge base", "iterate quickly"), placed like terms.
  cueMatcher ??= new PhraseMatcher(
    questionCues.filter((c) => c.terms.length > 0).map((c) => ({ phrases: c.terms, value: c })),
    { lemmas: 'nouns', shared: true },
  );
  const cues: Mention[] = [];
  hint = 0;
  for (const hit of cueMatcher.match(units)) {
    const unit = units[hit.first] as Unit;
    const where = place(hit.start, hint);
    hint = where.index;
    if (where.heading) continue;
    cues.push(termMention(hit.value.id, hit, unit, where, negated[hit.first] === true, {}));
  }

  // The most specific object wins across patterns: "design the dimensional model" is a data
  // model, not a machine-learning one, although "model" alone would match both.
  const longest = new Map<number, number>();
  for (const d of byObject.values()) longest.set(d.last, Math.max(longest.get(d.last) ?? 0, d.size));
  const duties = [...byObject.values()]
    .filter((d) => d.size === longest.get(d.last))
    .map((d) => d.mention)
    .sort((a, b) => a.start - b.start);
  // A duty in a purpose clause after another duty ("design libraries to assist in building
  // models") says what the first duty is for, not what the job does.
  markSubordinate(duties, units);
  // A term inside a verb–object pair is read through its verb (domain §1.9: verb–object pairs
  // beat nouns): "deploy … machine learning models" is deployment work and "run A/B tests" one
  // experimentation duty, so a pair at least as strong as the term speaks for the whole span.
  let next = 0;
  let active: Mention[] = [];
  const kept = mentions.filter((m) => {
    while (next < duties.length && (duties[next] as Mention).start <= m.start) active.push(duties[next++] as Mention);
    active = active.filter((duty) => duty.end > m.start);
    const strongest = maxStrength(m.roles);
    return !active.some((duty) => duty.end >= m.end && duty.sentence === m.sentence && maxStrength(duty.roles) >= strongest);
  });
  const out = [...kept, ...duties];
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return { nlp, units, mentions: out, cues };
}
