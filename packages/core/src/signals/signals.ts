/**
 * The mentions of a posting: one left-to-right pass over its units with the role-term matcher
 * (terms.ts, longest match wins), plus verb–object duty patterns within a sentence (duties.ts),
 * each mention with where it stands (the section and block, negation and hedging, from the
 * posting's scope) and its weight per role; and the phrases that answer the hiring questions.
 */
import { type IndexedUnits, PhraseMatcher, type QuestionCueEntry, questionCues, type Role, type SharedPhraseMatcher, type Strength, STRENGTH_WEIGHT, type Unit } from '../lexicon/index.js';
import type { Token, TokenizedText } from '../nlp/index.js';
import type { BlockKind, SectionKind } from '../posting/index.js';
import type { Scope, UnitPlace } from '../scope/index.js';
import { wordsOnly } from '../shared/index.js';
import { type CompiledPattern, dutyPatternsByVerb, firstKeysOf, markSubordinate, maxStrength, notAVerb, verbPatterns } from './duties.js';
import { type ExtraTerm, termMatcherFor } from './terms.js';
import { analyzeTitle } from './title.js';

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

export interface SignalOptions {
  /** A company's own lexicon entries (configuration `lexicon.terms`). */
  extraTerms?: readonly ExtraTerm[];
  /**
   * The employer's names: the front matter's `company` and the parts of the title that name the
   * employer (title.ts `employerOf`). A role term inside one names the employer, its product or
   * its team, not a tool the hire uses.
   */
  employer?: readonly string[];
}

export interface Signals {
  nlp: TokenizedText;
  /** Match units of the projection (see matcher.ts), for rules that match their own lexicons. */
  units: IndexedUnits;
  mentions: Mention[];
  /** Phrases that answer the hiring questions (questions.yml terms); `id` is the cue id, no roles. */
  cues: Mention[];
}

let cueMatcher: SharedPhraseMatcher<QuestionCueEntry> | null = null;

const WINDOW_STOP = new Set(['to', 'for', 'with', 'using', 'via', 'into', 'through', 'across', 'within', 'from', 'by', 'on', 'in', 'at', 'that', 'which', 'so']);
/**
 * Words that open a new phrase whatever their tag ("building apps using language models"); a
 * relative pronoun opens a clause about the object already named ("build the systems that train
 * models" builds systems).
 */
const WINDOW_STOP_ANY = new Set(['using', 'via', 'leveraging', 'including', 'like', 'such', 'that', 'which', 'who', 'whose']);
const WINDOW = 8; // words between a verb and its object: "train and deploy state of the art language models"

/** The roles whose work is making and studying models: done by others, it is what the hire's platform serves. */
const MODEL_WORK: readonly Role[] = ['ml-engineer', 'research-scientist', 'data-scientist'];

/**
 * A mention in a sentence whose model work others do ("the systems these researchers use to train
 * models"), or inside a phrase that names the systems training runs on ("training
 * infrastructure", "clusters for pretraining"; scope/training-systems.ts): the training, research
 * and modelling it names is what the hire's platform serves, so it counts for MLOps, the platform
 * for other ML practitioners ([RM-MLOPS], [TENYKS]), at the strongest of those roles' strengths;
 * other roles keep theirs.
 */
function forOthersRoles(roles: Mention['roles']): Mention['roles'] {
  let moved: Strength | null = null;
  const out: Mention['roles'] = {};
  for (const [role, strength] of Object.entries(roles) as Array<[Role, Strength]>) {
    if (!MODEL_WORK.includes(role)) out[role] = strength;
    else if (!moved || STRENGTH_WEIGHT[strength] > STRENGTH_WEIGHT[moved]) moved = strength;
  }
  if (moved && (!out.mlops || STRENGTH_WEIGHT[moved] > STRENGTH_WEIGHT[out.mlops])) out.mlops = moved;
  return moved ? out : roles;
}

/** Lower-case words separated by single spaces, with a space at each end, for whole-word containment. */
function wordsKey(text: string): string {
  return ` ${wordsOnly(text)} `;
}

/**
 * A test for terms that name the employer ("Teradata" in a Teradata posting, "Power BI" in one for
 * the Power BI team, "Anthropic" at Anthropic): the lexicon already reads a vendor's name as weak
 * because it "stands as often for the employer itself" (roles.yml, openai-anthropic). A domain
 * word of a name ("ML" of "Recurse ML", "AI" of "Acme AI", "Machine Learning" of a team) is left
 * alone: it says what the employer works on, which the title reads the same way.
 */
function employerTest(names: readonly string[]): ((text: string) => boolean) | null {
  const keys = names.map(wordsKey).filter((k) => k.trim() !== '');
  if (keys.length === 0) return null;
  return (text) => {
    const key = wordsKey(text);
    return key.trim() !== '' && keys.some((k) => k.includes(key)) && analyzeTitle(text).domains.length === 0;
  };
}

/** True when a unit of `from..to` is flagged. */
function anyIn(flags: readonly boolean[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (flags[k] === true) return true;
  return false;
}

/** The mentions and question cues of a posting, placed by its scope (scope/). */
export function extractSignals(scope: Scope, options: SignalOptions = {}): Signals {
  const { posting, nlp, units, negated, hedged, parenthetical, forOthers, trainingSystems } = scope;
  const { tokens } = nlp;
  const mentions: Mention[] = [];

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

  /** A lexicon hit as a mention, placed in its section and block (role terms and question cues alike). */
  const termMention = (id: string, hit: { start: number; end: number; first: number }, unit: Unit, where: UnitPlace, isNegated: boolean, roles: Mention['roles']): Mention => ({
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
    hedged: hedged[hit.first] === true,
    parenthetical: parenthetical[hit.first] === true,
    repeated: where.repeated,
    roles,
  });

  const matcher = termMatcherFor(options.extraTerms ?? []);
  const namesEmployer = employerTest(options.employer ?? []);
  for (const hit of matcher.match(units)) {
    const unit = units[hit.first] as Unit;
    const entry = hit.value;
    if (namesEmployer?.(posting.text.slice(hit.start, hit.end))) continue;
    if (entry.context.length > 0) {
      const words = wordsOf(unit.sentence);
      if (!entry.context.some((w) => words.has(w))) continue;
    }
    const where = scope.place(hit.first);
    if (where.heading) continue;
    mentions.push(termMention(entry.id, hit, unit, where, negated[hit.first] === true || negated[hit.last] === true, forOthers[hit.first] === true || anyIn(trainingSystems, hit.first, hit.last) ? forOthersRoles(entry.roles) : entry.roles));
  }

  // Verb–object duty patterns: a verb, then within a few words of the same sentence, an object.
  // One object counts once, at its strongest reading, however many verbs point at it ("design
  // and run A/B tests", "build and deploy models").
  const patternsByVerb = dutyPatternsByVerb();
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
        const where = scope.place(i);
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
                hedged: hedged[i] === true,
                parenthetical: parenthetical[i] === true,
                repeated: where.repeated,
                roles: forOthers[i] === true || anyIn(trainingSystems, j, last) ? forOthersRoles(pattern.entry.roles) : pattern.entry.roles,
              },
            });
          }
        }
        break;
      }
    }
  }
  // Hiring-question phrases ("end users", "knowledge base", "iterate quickly"), placed like terms.
  cueMatcher ??= PhraseMatcher.shared(
    questionCues.filter((c) => c.terms.length > 0).map((c) => ({ phrases: c.terms, value: c })),
    { lemmas: 'nouns' },
  );
  const cues: Mention[] = [];
  for (const hit of cueMatcher.match(units)) {
    const unit = units[hit.first] as Unit;
    const where = scope.place(hit.first);
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
  // A term inside a verb–object pair is read through its verb (what the job does with a noun says
  // more than the noun [AN]): "deploy … machine learning models" is deployment work and "run A/B
  // tests" one experimentation duty, so a pair at least as strong as the term speaks for the whole
  // span.
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
