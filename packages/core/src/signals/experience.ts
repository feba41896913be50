/**
 * Years of experience a posting asks for: "5+ years", "3-5 years", "five years", "at least 4
 * years", "10+ yrs", "a minimum of 7 years", read over the match units of the projection, with the
 * clause they govern ("… of experience with LangChain and LlamaIndex") and the technologies named
 * in it. Company history ("10 years ago", "in under 4 years") is not a requirement.
 */
import { cueWords, type IndexedUnits, type Unit } from '../lexicon/index.js';
import type { Token } from '../nlp/index.js';
import { NON_REQUIREMENT_SECTIONS, type Block, type Posting, type SectionKind } from '../posting/index.js';
import { blockAt, isLegal, sectionOf } from '../scope/index.js';
import { findTechnologies, type TechnologyMention } from './technologies.js';

export interface YearsPhrase {
  /** The least the phrase asks for: 3 in "3-5 years", 5 in "5+ years". */
  min: number;
  /** The upper end of a range, or null. */
  max: number | null;
  /** The phrase as written ("5+ years", "at least 4 years"). */
  text: string;
  /** Projection range of the phrase. */
  start: number;
  end: number;
  block: Block;
  section: SectionKind;
  /** True when the phrase asks for experience (not company history, not inside legal text). */
  requirement: boolean;
  /** Technologies the years govern, in order. */
  technologies: TechnologyMention[];
  /** True when the clause offers alternatives ("LangChain or LlamaIndex", "PyTorch/JAX"). */
  alternatives: boolean;
  /** True when every item the clause lists is a technology (no "or similar", no "Python or Go"-free text). */
  onlyTechnologies: boolean;
}

// A Map, not an object literal: "constructor" or "toString" in a posting must not read as a number.
const NUMBER_WORDS = new Map<string, number>(
  Object.entries({
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20,
  }),
);
const YEAR_WORDS = new Set(['year', 'years', 'yr', 'yrs']);
const DASHES = new Set(['–', '—', 'to']);
// Words before the number that make it a span of time, not a requirement: "in under 4 years",
// "over the past 5 years", "every 2 years", "within 3 years".
const NOT_REQUIREMENT_BEFORE = cueWords('time-span-before');
const NOT_REQUIREMENT_AFTER = cueWords('time-span-after');
const PREFIXES: string[][] = [
  ['a', 'minimum', 'of'],
  ['minimum', 'of'],
  ['no', 'less', 'than'],
  ['not', 'less', 'than'],
  ['more', 'than'],
  ['at', 'least'],
  ['minimum'],
  ['min'],
  ['over'],
];
/** Words that say the years are about experience in a field. */
const FIELD_WORDS = cueWords('field-words');
/** Words that may stand between the years and what they govern before any content word. */
const PREAMBLE = cueWords('preamble-words');
/** Words after which listed items are examples or a new thought, not what the years govern. */
const STOP_WORDS = cueWords('example-stops');
const OPEN_ALTERNATIVES = cueWords('open-alternatives');
const NEW_REQUIREMENT_NOUNS = cueWords('requirement-nouns');
const BREAK_PUNCTUATION = new Set([';', '.', ':', '!', '?', '(', ')', '[', ']', '•']);
const GENERIC_WORDS = cueWords('generic-words');
const SKIP_SECTIONS = NON_REQUIREMENT_SECTIONS;
const CLAUSE_LIMIT = 24; // units: a requirement line's clause rarely runs longer

function numberOf(unit: Unit | undefined): number | null {
  if (!unit || unit.barrier) return null;
  const c = unit.value.charCodeAt(0);
  if (c >= 48 && c <= 57) return /^\d{1,2}(\.\d)?$/.test(unit.value) ? Number(unit.value) : null;
  return NUMBER_WORDS.get(unit.normal) ?? null;
}

interface Parsed {
  min: number;
  max: number | null;
  /** Unit index where the phrase starts (prefix included) and of its last unit. */
  first: number;
  last: number;
  /** Unit index of the number. */
  number: number;
}

/** Reads a years phrase whose number stands at unit `i`, or null. */
function parseAt(units: readonly Unit[], text: string, i: number): Parsed | null {
  const min = numberOf(units[i]);
  if (min === null) return null;
  let j = i + 1;
  if (units[j]?.value === '+') j++;
  let max: number | null = null;
  const next = units[j];
  if (next && !next.barrier && DASHES.has(next.normal) && numberOf(units[j + 1]) !== null) {
    max = numberOf(units[j + 1]);
    j += 2;
  } else if (next && numberOf(next) !== null && /^\s*[-‐‑]\s*$/.test(text.slice((units[j - 1] as Unit).end, next.start))) {
    // "3-5 years": the hyphen is not a unit.
    max = numberOf(next);
    j += 1;
  }
  if (units[j]?.value === '+') j++;
  const years = units[j];
  if (!years || years.barrier || !YEAR_WORDS.has(years.normal)) return null;
  if (max !== null && max <= min) return null;
  let last = j;
  if (units[j + 1]?.value === '+') last = j + 1;
  let first = i;
  for (const prefix of PREFIXES) {
    const from = i - prefix.length;
    if (from >= 0 && prefix.every((word, k) => (units[from + k] as Unit).normal === word && !(units[from + k] as Unit).barrier)) {
      first = from;
      break;
    }
  }
  return { min, max, first, last, number: i };
}

function isSeparator(unit: Unit): 'and' | 'or' | null {
  if (unit.normal === 'or' || unit.value === '/' || unit.normal === 'either') return 'or';
  if (unit.normal === 'and' || unit.value === '&' || unit.value === ',') return 'and';
  return null;
}

const cache = new WeakMap<readonly Unit[], YearsPhrase[]>();

/** Every years phrase of the projection, with the clause it governs (computed once per posting). */
export function findYearsPhrases(posting: Posting, tokens: readonly Token[], units: IndexedUnits): YearsPhrase[] {
  let found = cache.get(units);
  if (!found) {
    found = readYearsPhrases(posting, tokens, units);
    cache.set(units, found);
  }
  return found;
}

function readYearsPhrases(posting: Posting, tokens: readonly Token[], units: IndexedUnits): YearsPhrase[] {
  const text = posting.text;
  const mentions = findTechnologies(units);
  const byFirst = new Map(mentions.map((m) => [m.first, m]));
  const byLast = new Map(mentions.map((m) => [m.last, m]));
  const out: YearsPhrase[] = [];

  for (let i = 0; i < units.length; i++) {
    const parsed = parseAt(units, text, i);
    if (!parsed) continue;
    const firstUnit = units[parsed.first] as Unit;
    const lastUnit = units[parsed.last] as Unit;
    const block = blockAt(posting, firstUnit.start);
    i = parsed.last;
    if (!block) continue;
    const section = sectionOf(posting, block).kind;

    const before = units[parsed.first - 1];
    const after = units[parsed.last + 1];
    // "You don't need 10 years of LangChain", "we will never ask for 8 years": not a requirement.
    const negated = (units[parsed.number] as Unit).negated;
    const spanOfTime =
      (before && !before.barrier && NOT_REQUIREMENT_BEFORE.has(before.normal)) ||
      (after && !after.barrier && NOT_REQUIREMENT_AFTER.has(after.normal));

    // Walk the clause the years govern.
    const technologies: TechnologyMention[] = [];
    let alternatives = false;
    let sawContent = false;
    let itemHasTech = false;
    let itemHasText = false;
    let textItems = 0;
    const closeItem = () => {
      if (itemHasText && !itemHasTech) textItems++;
      itemHasTech = false;
      itemHasText = false;
    };
    for (let k = parsed.last + 1; k < units.length && k - parsed.last <= CLAUSE_LIMIT; k++) {
      const u = units[k] as Unit;
      if (u.barrier || u.sentence !== lastUnit.sentence) break;
      if (blockAt(posting, u.start) !== block) break;
      if (u.punctuation && BREAK_PUNCTUATION.has(u.value)) break;
      if (parseAt(units, text, k)) break;
      const tech = byFirst.get(k);
      if (tech) {
        technologies.push(tech);
        itemHasTech = true;
        sawContent = true;
        k = tech.last;
        continue;
      }
      if (u.value === ',') {
        // A comma before a verb, adverb or preposition ends the list: ", with a focus on LLMs".
        const n = units[k + 1];
        const pos = n ? (tokens[n.token] as Token).pos : '';
        if (n && !n.barrier && !['and', 'or'].includes(n.normal) && ['ADP', 'VERB', 'ADV', 'SCONJ', 'PRON', 'DET', 'AUX', 'PART'].includes(pos)) break;
      }
      const sep = isSeparator(u);
      if (sep) {
        if (sep === 'or') alternatives = true;
        closeItem();
        continue;
      }
      if (u.punctuation) continue;
      if (STOP_WORDS.has(u.normal)) {
        // "LangChain or similar": an open alternative no date can rule out.
        if (OPEN_ALTERNATIVES.has(u.normal)) textItems++;
        break;
      }
      if (sawContent && NEW_REQUIREMENT_NOUNS.has(u.normal)) break;
      if (!sawContent && PREAMBLE.has(u.normal)) continue;
      sawContent = true;
      if (!GENERIC_WORDS.has(u.normal)) itemHasText = true;
    }
    closeItem();

    // "LangChain (3+ years)", "LangChain: 5 years": the technology stands just before the phrase.
    if (technologies.length === 0) {
      let p = parsed.first - 1;
      if (units[p] && ['(', ':', '–', '—'].includes((units[p] as Unit).value)) p--;
      const tech = byLast.get(p);
      if (tech && blockAt(posting, tech.start) === block) technologies.push(tech);
    }

    const sentenceWords = new Set<string>();
    for (let k = parsed.first; k >= 0 && (units[k] as Unit).sentence === firstUnit.sentence; k--) sentenceWords.add((units[k] as Unit).lemma);
    for (let k = parsed.last; k < units.length && (units[k] as Unit).sentence === firstUnit.sentence; k++) sentenceWords.add((units[k] as Unit).lemma);
    const heading = (sectionOf(posting, block).heading ?? '').toLowerCase();
    const blockText = text.slice(block.start, block.end).trim();
    const phraseText = text.slice(firstUnit.start, lastUnit.end);
    const fieldAfter = after && !after.barrier && (FIELD_WORDS.has(after.normal) || byFirst.has(parsed.last + 1));
    const asksForExperience =
      fieldAfter ||
      technologies.length > 0 ||
      sentenceWords.has('experience') ||
      heading.includes('experience') ||
      (section === 'requirements' && blockText.replace(/[.*]/g, '').trim() === phraseText);

    out.push({
      min: parsed.min,
      max: parsed.max,
      text: phraseText,
      start: firstUnit.start,
      end: lastUnit.end,
      block,
      section,
      requirement: !spanOfTime && !negated && asksForExperience && !SKIP_SECTIONS.has(section) && !isLegal(posting, block),
      technologies,
      alternatives,
      onlyTechnologies: textItems === 0,
    });
  }
  return out;
}
