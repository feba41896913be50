import { type CodedWordList, cueWords, type GenderedTermEntry, genderLexicon, PhraseMatcher, type SharedPhraseMatcher, type Unit } from '../lexicon/index.js';
import { HIRE_SECTIONS, OFFER_SECTIONS } from '../posting/index.js';
import type { Token } from '../nlp/index.js';
import { noteWithSource } from './citations.js';
import { allowed, snippet } from './prose.js';
import type { Scope } from '../scope/index.js';
import { defineRule, type RuleContext } from './rule.js';

/** Nouns that name the future hire, so that a pronoun in the same or next sentence refers to them (data/cues.yml). */
const HIRE_NOUNS = cueWords('hire-nouns');

interface Compiled {
  terms: SharedPhraseMatcher<GenderedTermEntry>;
  exceptions: SharedPhraseMatcher<true>;
  exceptionWords: Set<string>;
  exact: Map<string, CodedWordList>;
  stems: Array<[string, CodedWordList]>;
  alternatives: Array<[string, readonly string[]]>;
}

let compiled: Compiled | null = null;

function compile(): Compiled {
  if (compiled) return compiled;
  const exact = new Map<string, CodedWordList>();
  const stems: Array<[string, CodedWordList]> = [];
  for (const list of genderLexicon.coded) {
    for (const w of list.words) {
      if (w.endsWith('*')) stems.push([w.slice(0, -1), list]);
      else exact.set(w, list);
    }
  }
  // Longest stem first, so "self-confiden" wins over a shorter stem.
  stems.sort((a, b) => b[0].length - a[0].length);
  compiled = {
    terms: PhraseMatcher.shared(genderLexicon.gendered.map((e) => ({ phrases: e.phrases, value: e }))),
    exceptions: PhraseMatcher.shared(genderLexicon.exceptions.map((e) => ({ phrases: e.phrases, caseSensitive: e.caseSensitive, value: true as const }))),
    exceptionWords: new Set(genderLexicon.exceptions.flatMap((e) => e.words)),
    exact,
    stems,
    alternatives: genderLexicon.alternatives.flatMap((a) => a.words.map((w) => [w, a.suggest] as [string, readonly string[]])),
  };
  return compiled;
}

function quietRange(info: Scope, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (info.quiet[i]) return true;
  return false;
}

/** True when a pronoun at unit `at` refers to the future hire. */
function refersToHire(context: RuleContext, info: Scope, at: number): boolean {
  if (HIRE_SECTIONS.has(info.section[at] ?? 'intro')) return true;
  const { units } = context;
  const sentence = (units[at] as Unit).sentence;
  for (let i = at; i >= 0; i--) {
    const u = units[i] as Unit;
    if (u.sentence < sentence - 1) break;
    if (HIRE_NOUNS.has(u.normal) || HIRE_NOUNS.has(u.lemma)) return true;
  }
  return false;
}

/** A word as written, with hyphenated parts joined ("decision-making", "data-driven"). */
interface Word {
  text: string;
  start: number;
  end: number;
  /** Unit index range, inclusive. */
  first: number;
  last: number;
}

function words(context: RuleContext): Word[] {
  const { units } = context;
  const text = context.posting.text;
  const out: Word[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    if (u.barrier || u.punctuation) continue;
    let last = i;
    // Join parts that only a hyphen separates: "data-driven" is one word, not "driven".
    while (last + 1 < units.length) {
      const next = units[last + 1] as Unit;
      const gap = text.slice((units[last] as Unit).end, next.start);
      if (next.barrier || next.punctuation || !/^[-‐‑]$/.test(gap)) break;
      last++;
    }
    const end = (units[last] as Unit).end;
    out.push({ text: text.slice(u.start, end).toLowerCase(), start: u.start, end, first: i, last });
    i = last;
  }
  return out;
}

function codedList(c: Compiled, word: string): { list: CodedWordList; stem: string } | null {
  const exact = c.exact.get(word);
  if (exact) return { list: exact, stem: word };
  for (const [stem, list] of c.stems) if (word.startsWith(stem)) return { list, stem: `${stem}*` };
  return null;
}

export default defineRule({
  id: 'gendered-language',
  meta: {
    description: 'Gendered terms and pronouns for the candidate, and optionally gender-coded words, with engineering senses exempt.',
    defaultSeverity: 'warning',
    replacements: true,
    messages: {
      term: 'Unexpected gendered term `{actual}`, expected {instead}',
      pronoun: 'Unexpected gendered pronoun `{actual}` for the candidate, expected {instead}',
      coded: 'Unexpected {gender}-coded word `{actual}`, expected {instead}',
    },
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- the cast widens the literal defineRule would infer (an option a config may set)
    defaultOptions: { codedWords: false as boolean, allow: [] as string[] },
    optionDocs: {
      codedWords:
        'Also report masculine- and feminine-coded words (Gaucher et al. 2011; Gender Decoder). Informational: a large field study found negligible effects on who applies. On in the `strict` preset.',
      allow: 'Entry ids, words or stems (from `packages/core/data/gender-coded.yml`) not to report.',
    },
    strict: { options: { codedWords: true } },
  },
  examples: [
    {
      name: 'addressing the candidate as you',
      input: '# Site Reliability Engineer\n\n## Responsibilities\n\n- You will lead the on-call rotation and own our incident reviews\n',
      output: [],
    },
    {
      name: 'pronouns and forms of address',
      input:
        '# Site Reliability Engineer\n\n## Responsibilities\n\n- He will own the on-call rotation\n- The successful candidate will share his/her runbooks\n\nHey guys, we need more manpower!\n',
      output: [
        '5:3-5:5: Unexpected gendered pronoun `He` for the candidate, expected `you` or `they`',
        '6:39-6:46: Unexpected gendered term `his/her`, expected `they` or `you`',
        '8:5-8:9: Unexpected gendered term `guys`, expected `everyone` or `folks` or `people` or `the team`',
        '8:24-8:32: Unexpected gendered term `manpower`, expected `staffing` or `workforce` or `people`',
      ],
    },
    {
      name: 'a pronoun for someone else',
      input: '# Site Reliability Engineer\n\n## About us\n\nOur founder started the company after she left a bank.\n',
      output: [],
    },
    {
      name: 'equal-opportunity text stays quiet',
      input:
        '# Site Reliability Engineer\n\n## Equal opportunity\n\nWe are an equal opportunity employer committed to supporting women, veterans and people of every gender; no applicant is treated differently because he or she is disabled.\n',
      output: [],
    },
    {
      name: 'gender-coded words, with engineering senses exempt',
      options: { codedWords: true },
      input:
        '# Tech Lead\n\n## Requirements\n\n- An aggressive, competitive engineer\n- Experience with decision trees, support vector machines and analytics\n- Review every git commit and its dependencies\n',
      output: [
        '5:6-5:16: Unexpected masculine-coded word `aggressive`, expected a neutral word such as `bold` or `energetic`',
        '5:18-5:29: Unexpected masculine-coded word `competitive`, expected a neutral word such as `high-achieving` or `strong`',
      ],
    },
  ],
  check(context, report, options) {
    const c = compile();
    const info = context.scope;
    const { units } = context;
    const tokens = context.nlp.tokens;

    for (const m of c.terms.match(units)) {
      if (quietRange(info, m.first, m.last)) continue;
      const entry = m.value;
      const actual = snippet(context, m.start, m.end);
      if (allowed(options.allow, entry.id, m.phrase, actual)) continue;
      if (entry.pronoun) {
        // Pronouns only: "US" is not "us", and "her" must be a pronoun that refers to the hire.
        if ((tokens[(units[m.first] as Unit).token] as Token).pos !== 'PRON') continue;
        if (!refersToHire(context, info, m.first)) continue;
      }
      const range = context.sourceRange(m.start, m.end);
      const instead = entry.replace.map((r) => `\`${r}\``).join(' or ');
      report({
        messageId: entry.pronoun ? 'pronoun' : 'term',
        data: { actual, instead },
        start: range.start,
        end: range.end,
        actual,
        expected: [...entry.replace],
        note: noteWithSource(entry.note, entry.source),
        evidence: { entry: entry.id, phrase: m.phrase },
      });
    }

    if (!options.codedWords) return;
    const exempt: Array<[number, number]> = c.exceptions.match(units).map((m) => [m.start, m.end]);
    // One finding per distinct word, at its first use, with the count: an ad that says
    // "collaborate" five times needs one decision, not five.
    const found = new Map<string, { word: Word; coded: { list: CodedWordList; stem: string }; count: number }>();
    for (const word of words(context)) {
      if (quietRange(info, word.first, word.last) || c.exceptionWords.has(word.text)) continue;
      if (OFFER_SECTIONS.has(info.section[word.first] ?? 'intro')) continue;
      if (exempt.some(([s, e]) => word.start < e && s < word.end)) continue;
      const coded = codedList(c, word.text);
      if (!coded) continue;
      const seen = found.get(word.text);
      if (seen) seen.count++;
      else found.set(word.text, { word, coded, count: 1 });
    }
    for (const { word, coded, count } of found.values()) {
      const actual = snippet(context, word.start, word.end);
      if (allowed(options.allow, coded.list.id, coded.stem, actual)) continue;
      const alternatives = c.alternatives.find(([w]) => w === coded.stem || w === word.text)?.[1] ?? [];
      const instead = alternatives.length > 0 ? `a neutral word such as ${alternatives.map((a) => `\`${a}\``).join(' or ')}` : 'a neutral word where one is as precise';
      const range = context.sourceRange(word.start, word.end);
      report({
        messageId: 'coded',
        data: { gender: coded.list.gender, actual, instead },
        start: range.start,
        end: range.end,
        actual,
        expected: alternatives.length > 0 ? [...alternatives] : ['a neutral synonym', 'keep it if it is the precise word: this finding is informational'],
        note: noteWithSource(
          `\`${coded.stem}\` is on the ${coded.list.gender}-coded list. Masculine wording made ads in male-dominated fields less appealing to women in lab studies, but a study of about 300,000 real postings found negligible effects on who applied, so treat this as information, not as an error`,
          `${coded.list.source}; [CR23]`,
        ),
        evidence: { list: coded.list.id, gender: coded.list.gender, stem: coded.stem, occurrences: count },
      });
    }
  },
});
