/**
 * Whether a proficiency or experience requirement already carries something a candidate can check:
 * a number ("3+ years", "50 queries"), a level marker from `phrases.yml` `checkable` (a CEFR level,
 * a certification, a portfolio), or a deliverable stated as done work after a colon or a dash
 * ("strong Python: you have shipped …").
 * The vague-requirement rules drop a finding that carries one.
 */
import { checkableMarkers, PhraseMatcher, type Unit } from '../lexicon/index.js';
import type { Token } from '../nlp/index.js';
import type { RuleContext } from './rule.js';

let markers: PhraseMatcher<string> | null = null;

function markerMatcher(): PhraseMatcher<string> {
  markers ??= new PhraseMatcher(checkableMarkers.map((e) => ({ phrases: e.phrases, value: e.id })));
  return markers;
}

/** Punctuation that opens an aside giving the evidence for a requirement. */
const ASIDE = new Set([':', '-', '–', '—', '(']);

/** Auxiliaries of the perfect ("you have shipped", "you've led"): the work is already done. */
const PERFECT = new Set(['have', 'has', "'ve", 've', 'had']);

function isNumber(tokens: readonly Token[], u: Unit): boolean {
  const t = tokens[u.token] as Token;
  return t.type === 'number' || t.pos === 'NUM' || /^\d/.test(u.value);
}

/** A perfect with a participle at unit i: "have shipped", "have already led". */
function isDoneWork(units: readonly Unit[], tokens: readonly Token[], i: number): boolean {
  const u = units[i] as Unit;
  if (!PERFECT.has(u.normal)) return false;
  for (let j = i + 1; j <= i + 2 && j < units.length; j++) {
    const t = tokens[(units[j] as Unit).token] as Token;
    if (t.pos === 'ADV') continue;
    return t.pos === 'VERB' && /(ed|en|wn|lt|ght|ne|un)$/.test(t.normal);
  }
  return false;
}

/**
 * True when units first..last, or a unit within `reach` words either side in the same sentence and
 * not past a barrier or a semicolon, is a number, a level marker or done work (after the phrase).
 * `reach: Infinity` reads the whole clause.
 */
export function carriesLevel(context: RuleContext, first: number, last: number, reach: number): boolean {
  const { units } = context;
  const tokens = context.nlp.tokens;
  const matcher = markerMatcher();
  const sentence = units[first]?.sentence;
  const hit = (i: number) => isNumber(tokens, units[i] as Unit) || matcher.matchAt(units, i) !== null;
  for (let i = first; i <= last; i++) if (hit(i)) return true;
  for (let i = first - 1, n = 0; i >= 0 && n < reach; i--, n++) {
    const u = units[i] as Unit;
    if (u.barrier || u.sentence !== sentence || u.value === ';') break;
    if (hit(i)) return true;
  }
  // Done work counts after a colon, a dash or an opening bracket ("strong Python: you have shipped
  // …"), not inside the object ("platforms you have worked on").
  let aside = false;
  for (let i = last + 1, n = 0; i < units.length && n < reach; i++, n++) {
    const u = units[i] as Unit;
    if (u.barrier || u.sentence !== sentence || u.value === ';') break;
    if (u.punctuation && ASIDE.has(u.value)) aside = true;
    if (hit(i) || (aside && isDoneWork(units, tokens, i))) return true;
  }
  return false;
}
