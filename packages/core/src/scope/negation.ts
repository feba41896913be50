/**
 * Negation and hedging of mentions: how far a "not" reaches (across a list, up to a new clause or
 * a contrast), and the cues that a sentence states a preference rather than a need.
 */
import { cueTerms, cueWords, PhraseMatcher, type Unit } from '../lexicon/index.js';

/** After "not": an idiom that negates nothing (`not-negating` in data/cues.yml). */
const NOT_NEGATING = cueWords('not-negating');

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
export function negationScope(units: Unit[]): boolean[] {
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

/** Cues that a sentence states a preference, not a need (`hedges` in data/cues.yml). */
export const HEDGE_PHRASES = PhraseMatcher.shared([{ phrases: cueTerms('hedges'), value: true }], { lemmas: 'nouns' });

/**
 * Cues that the model work a sentence names is done by others with what the hire builds ("the
 * systems these researchers use to train models"; `work-for-others` in data/cues.yml).
 */
export const WORK_FOR_OTHERS_PHRASES = PhraseMatcher.shared([{ phrases: cueTerms('work-for-others'), value: true }], { lemmas: 'nouns' });
