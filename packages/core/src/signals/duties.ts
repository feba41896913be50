/**
 * Verb–object duty patterns (duty-patterns.yml): compiled once by verb, then matched within a
 * sentence, a verb with one of its objects a few words later ("train … models").
 */
import { type DutyPatternEntry, dutyPatterns, phraseKeysMany, type Role, type Strength, STRENGTH_WEIGHT, type Unit } from '../lexicon/index.js';
import { type Token } from '../nlp/index.js';
import type { Mention } from './signals.js';

export interface CompiledPattern {
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

/** The duty patterns by the key of their verb, compiled on first use. */
export function dutyPatternsByVerb(): Map<string, CompiledPattern[]> {
  return (patternsByVerb ??= compilePatterns());
}


function compilePatterns(): Map<string, CompiledPattern[]> {
  const byVerb = new Map<string, CompiledPattern[]>();
  // Every object and verb keyed in one tokenizer call (see phraseKeysMany).
  const keys = phraseKeysMany(dutyPatterns.flatMap((e) => [...e.objects, ...e.verbs]));
  let k = 0;
  for (const entry of dutyPatterns) {
    const strength = Object.values(entry.roles).reduce((a, s) => a + STRENGTH_WEIGHT[s], 0);
    const lean = Object.entries<Strength>(entry.roles).sort((a, b) => STRENGTH_WEIGHT[b[1]] - STRENGTH_WEIGHT[a[1]])[0]?.[0] ?? '';
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
export function firstKeysOf(patterns: CompiledPattern[]): Map<string, CompiledPattern[]> {
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
export function verbPatterns(byVerb: Map<string, CompiledPattern[]>, unit: Unit): CompiledPattern[] | undefined {
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

export function maxStrength(roles: Partial<Record<Role, Strength>>): number {
  let max = 0;
  for (const strength of Object.values(roles)) max = Math.max(max, STRENGTH_WEIGHT[strength]);
  return max;
}

const PURPOSE = new Set(['to', 'for', 'in']);
const RELATIVE = new Set(['that', 'which', 'who', 'whose']);

/**
 * A duty that describes something other than the job: its verb opens a relative clause ("the
 * systems that train models": the job builds the systems) or has another actor for its subject
 * ("our researchers train models", "customers deploy models"): a plural noun right before the
 * verb; or is the aim of such a clause ("the tools that researchers use to train models"). It
 * names the job's context or aim, so it counts as a subordinate duty.
 */
function describesOther(units: Unit[], verb: number): boolean {
  const previous = units[verb - 1];
  const unit = units[verb] as Unit;
  if (!previous || previous.barrier || previous.punctuation || previous.sentence !== unit.sentence) return false;
  if (RELATIVE.has(previous.normal)) return true;
  // "the systems that researchers use to train models": the purpose of a relative clause.
  if (previous.normal === 'to') {
    for (let k = verb - 2; k >= Math.max(0, verb - 8); k--) {
      const before = units[k] as Unit;
      if (before.barrier || before.sentence !== unit.sentence) break;
      if (RELATIVE.has(before.normal)) return true;
    }
  }
  return (previous.pos === 'NOUN' || previous.pos === 'PROPN') && previous.normal !== previous.lemma && previous.normal.endsWith('s');
}

/**
 * Marks the duties that count half: one in a purpose clause of the duty before it ("build tools to
 * evaluate models"), and one that describes other actors' work (describesOther).
 */
export function markSubordinate(duties: Mention[], units: Unit[]): void {
  let v = 0;
  for (const duty of duties) {
    while (v < units.length && (units[v] as Unit).start < duty.start) v++;
    if (v < units.length && (units[v] as Unit).start === duty.start && describesOther(units, v)) duty.subordinate = true;
  }
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

/** Possessives stand before a noun, never before a finite verb ("our growing team"). */
const POSSESSIVE = new Set(['our', 'your', 'their', 'its', 'my', 'his', 'her']);

/**
 * A verb candidate that is really a plural noun ("models") or follows a determiner ("the test") or
 * a possessive ("our growing team").
 */
export function notAVerb(units: Unit[], i: number, tokens: Token[]): boolean {
  const unit = units[i] as Unit;
  const token = tokens[unit.token] as Token;
  if ((token.pos === 'NOUN' || token.pos === 'PROPN') && token.normal !== token.lemma && token.normal.endsWith('s')) return true;
  const previous = units[i - 1];
  if (previous && !previous.barrier && previous.sentence === unit.sentence) {
    const pos = (tokens[previous.token] as Token).pos;
    if (pos === 'DET' || pos === 'ADJ' || pos === 'NUM' || POSSESSIVE.has(previous.normal)) return true;
  }
  return false;
}
