/**
 * Lexicon matching: one left-to-right pass over the tokens with a trie of term token sequences
 * (longest match wins), plus verb–object duty patterns within a sentence. Produces mentions with
 * the section they stand in, their negation and their weight per role.
 */
import { dutyPatterns } from './lexicons/duty-patterns.generated.js';
import { roleTerms } from './lexicons/roles.generated.js';
import type { DutyPatternEntry, RoleTermEntry, Strength } from './lexicons/types.js';
import { PhraseMatcher, phraseKeys, toUnits, type Unit } from './matcher.js';
import { tokenize, type Token, type TokenizedText } from './nlp.js';
import type { Block, Posting, SectionKind } from './posting.js';
import type { Role } from './roles.js';

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
  /** True inside legal/EEO boilerplate. */
  legal: boolean;
  negated: boolean;
  /** True when the same block text appeared earlier in the posting (a pasted duplicate). */
  repeated: boolean;
  roles: Partial<Record<Role, Strength>>;
}

let termMatcher: PhraseMatcher<RoleTermEntry> | null = null;

function buildTermMatcher(): PhraseMatcher<RoleTermEntry> {
  return new PhraseMatcher(roleTerms.map((entry) => ({ phrases: entry.terms, caseSensitive: entry.caseSensitive, value: entry })));
}

interface CompiledPattern {
  entry: DutyPatternEntry;
  objects: string[][];
}

let patternsByVerb: Map<string, CompiledPattern[]> | null = null;

function compilePatterns(): Map<string, CompiledPattern[]> {
  const byVerb = new Map<string, CompiledPattern[]>();
  for (const entry of dutyPatterns) {
    const compiled: CompiledPattern = { entry, objects: entry.objects.map((o) => phraseKeys(o)).filter((k) => k.length > 0) };
    for (const verb of entry.verbs) {
      for (const key of new Set(phraseKeys(verb).slice(-1))) {
        const list = byVerb.get(key) ?? [];
        if (!list.includes(compiled)) list.push(compiled);
        byVerb.set(key, list);
      }
    }
  }
  return byVerb;
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

export interface Signals {
  nlp: TokenizedText;
  /** Match units of the projection (see matcher.ts), for rules that match their own lexicons. */
  units: Unit[];
  mentions: Mention[];
}

const WINDOW = 6; // words between a verb and its object: "train and evaluate ranking models"

export function extractSignals(posting: Posting, nlp: TokenizedText = tokenize(posting.text)): Signals {
  const { tokens } = nlp;
  const blocks = posting.blocks;
  const mentions: Mention[] = [];

  // Blocks whose text appeared before (duty lists pasted twice) are marked repeated.
  const seenText = new Set<string>();
  const repeatedBlock = blocks.map((b) => {
    const key = posting.text.slice(b.start, b.end).toLowerCase().replace(/\s+/g, ' ').trim();
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

  let hint = 0;
  const place = (start: number) => {
    hint = blockAt(blocks, start, hint);
    const block = blocks[hint];
    const section = block ? posting.sections[block.section] : undefined;
    return {
      section: (section?.kind ?? 'other') as SectionKind,
      legal: block?.legal ?? false,
      repeated: repeatedBlock[hint] ?? false,
      heading: block?.kind === 'heading' || block?.kind === 'pseudo-heading',
    };
  };

  const units = toUnits(tokens);
  termMatcher ??= buildTermMatcher();
  for (const hit of termMatcher.match(units)) {
    const unit = units[hit.first] as Unit;
    const last = units[hit.last] as Unit;
    const entry = hit.value;
    if (entry.context.length > 0) {
      const words = wordsOf(unit.sentence);
      if (!entry.context.some((w) => words.has(w))) continue;
    }
    const where = place(hit.start);
    if (where.heading) continue;
    mentions.push({
      id: entry.id,
      kind: 'term',
      text: posting.text.slice(hit.start, hit.end),
      start: hit.start,
      end: hit.end,
      sentence: unit.sentence,
      section: where.section,
      legal: where.legal,
      negated: unit.negated || last.negated,
      repeated: where.repeated,
      roles: entry.roles,
    });
  }

  // Verb–object duty patterns: a verb, then within a few words of the same sentence, an object.
  // One object counts once per pattern, however many verbs point at it ("design and run A/B tests").
  patternsByVerb ??= compilePatterns();
  hint = 0;
  const claimed = new Set<string>();
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as Unit;
    if (unit.barrier || unit.punctuation) continue;
    const candidates = patternsByVerb.get(unit.normal) ?? patternsByVerb.get(unit.lemma);
    if (!candidates || notAVerb(units, i, tokens)) continue;
    for (const pattern of candidates) {
      let words = 0;
      for (let j = i + 1; j < units.length && words < WINDOW; j++) {
        const u = units[j] as Unit;
        if (u.sentence !== unit.sentence || u.barrier) break;
        if (u.punctuation) continue;
        words++;
        const object = pattern.objects.find((keys) =>
          keys.every((key, k) => {
            const v = units[j + k];
            return v !== undefined && !v.barrier && (v.normal === key || v.lemma === key);
          }),
        );
        if (!object) continue;
        const claim = `${pattern.entry.id}@${u.start}`;
        if (claimed.has(claim)) break;
        claimed.add(claim);
        const end = (units[j + object.length - 1] as Unit).end;
        const where = place(unit.start);
        if (!where.heading) {
          mentions.push({
            id: pattern.entry.id,
            kind: 'duty',
            text: posting.text.slice(unit.start, end),
            start: unit.start,
            end,
            sentence: unit.sentence,
            section: where.section,
            legal: where.legal,
            negated: unit.negated,
            repeated: where.repeated,
            roles: pattern.entry.roles,
          });
        }
        break;
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return { nlp, units, mentions };
}
