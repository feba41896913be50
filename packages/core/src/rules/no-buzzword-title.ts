import { cueWords, PhraseMatcher, type QualityPhraseEntry, qualityPhrases, type Unit } from '../lexicon/index.js';
import type { Token } from '../nlp/index.js';
import { noteWithSource } from './citations.js';
import { allowed, findPhrases, snippet } from './prose.js';
import { defineRule, type Report } from './rule.js';

/** Nouns that make a buzzword describe a person: "rockstar engineer", "ninja developer" (data/cues.yml). */
const PERSON_NOUNS = cueWords('person-nouns');
/** Words that, reached through a noun phrase, make a buzzword describe the candidate. */
const PERSON_CUES = cueWords('person-cues');
/** Parts of speech a noun phrase may hold between the cue and the buzzword ("a true JavaScript"). */
const PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADV', 'NUM']);
const LINKS = new Set(['for', 'as', 'of']);

/**
 * True when the buzzword is a person: followed by a role noun ("rockstar engineer"), or reached
 * from a cue through a noun phrase only ("are you a rockstar", "looking for a true JavaScript
 * wizard", "team of ninjas"), not as the object of a verb ("rebuild the setup wizard").
 */
function describesPerson(units: readonly Unit[], tokens: readonly Token[], first: number, last: number): boolean {
  const next = units[last + 1];
  const sentence = (units[first] as Unit).sentence;
  if (next && !next.barrier && next.sentence === sentence && (PERSON_NOUNS.has(next.normal) || PERSON_NOUNS.has(next.lemma))) return true;
  for (let i = first - 1; i >= 0; i--) {
    const u = units[i] as Unit;
    if (u.barrier || u.sentence !== sentence) return false;
    if (PERSON_CUES.has(u.normal) || (u.lemma !== 'be' && PERSON_CUES.has(u.lemma))) return true;
    if (u.punctuation) {
      if (u.value === ',') continue;
      return false;
    }
    const t = tokens[u.token] as Token;
    if (PHRASE_POS.has(t.pos) || LINKS.has(u.normal) || t.lemma === 'be') continue;
    return false;
  }
  return false;
}

let titleMatcher: PhraseMatcher<QualityPhraseEntry> | null = null;

export default defineRule({
  id: 'no-buzzword-title',
  meta: {
    description: 'Persona buzzwords instead of a job: rockstar, ninja, guru, wizard, hero, unicorn.',
    defaultSeverity: 'warning',
    messages: {
      title: 'Unexpected buzzword `{actual}` in the title, expected {instead}',
      body: 'Unexpected buzzword `{actual}` for the candidate, expected {instead}',
    },
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- the cast widens the literal defineRule would infer (an option a config may set)
    defaultOptions: { allow: [] as string[], body: true as boolean },
    optionDocs: {
      allow: 'Entry ids or words (from `packages/core/data/phrases.yml`) not to report.',
      body: 'Also report buzzwords in the body when they describe the candidate ("you\'re a rockstar"), not only in the title.',
    },
  },
  examples: [
    {
      name: 'a real title',
      input: '---\ntitle: Senior Frontend Engineer (React)\n---\n\nYou will own the checkout UI and its accessibility.\n',
      output: [],
    },
    {
      name: 'a persona in the title',
      input: '---\ntitle: JavaScript Ninja\n---\n\nYou will own the checkout UI.\n',
      output: [
        '2:19-2:24: Unexpected buzzword `Ninja` in the title, expected the real title and the skills the job needs',
      ],
    },
    {
      name: 'a persona in the heading that is the title',
      input: '# Python Guru\n\nYou will maintain our data pipelines.\n',
      output: [
        '1:10-1:14: Unexpected buzzword `Guru` in the title, expected the real title and the level you need',
      ],
    },
    {
      name: 'a persona for the candidate in the body',
      input: '# Frontend Engineer\n\nAre you a rockstar? We are looking for a true JavaScript wizard to join us.\n',
      output: [
        '3:11-3:19: Unexpected buzzword `rockstar` for the candidate, expected the real title and the skills the job needs',
        '3:58-3:64: Unexpected buzzword `wizard` for the candidate, expected the real title and the skills the job needs',
      ],
    },
    {
      name: 'ordinary senses stay quiet',
      input: '# Frontend Engineer\n\n- Rebuild the setup wizard and the hero image on the landing page\n- We are the unicorn of our market\n',
      output: [],
    },
    {
      name: 'title only',
      options: { body: false },
      input: '# Frontend Engineer\n\nAre you a rockstar?\n',
      output: [],
    },
  ],
  check(context, report, options) {
    const info = context.scope;
    const emit = (r: Report, messageId: 'title' | 'body', entry: QualityPhraseEntry, phrase: string, actual: string, start: number, end: number) => {
      if (allowed(options.allow, entry.id, phrase, actual)) return;
      r({
        messageId,
        data: { actual, instead: entry.instead },
        start,
        end,
        actual,
        expected: [...entry.suggest],
        note: noteWithSource(entry.note, entry.source),
        evidence: { entry: entry.id, phrase },
      });
    };
    // A front-matter title is not part of the prose: match it on its own.
    const fm = info.frontMatterTitle;
    if (fm) {
      titleMatcher ??= new PhraseMatcher(qualityPhrases.filter((e) => e.rule === 'no-buzzword-title').map((e) => ({ phrases: e.phrases, value: e })));
      for (const m of titleMatcher.match(fm.units)) {
        const s = fm.toSource(m.start);
        const e = fm.toSource(m.end);
        const range = s !== null && e !== null ? { start: s, end: e } : fm.span;
        emit(report, 'title', m.value, m.phrase, fm.text.slice(m.start, m.end), range.start, range.end);
      }
    }
    for (const hit of findPhrases(context, 'no-buzzword-title')) {
      const inTitle = info.title[hit.first] === true;
      if (!inTitle && (!options.body || (hit.entry.person && !describesPerson(context.units, context.nlp.tokens, hit.first, hit.last)))) continue;
      const range = context.sourceRange(hit.start, hit.end);
      emit(report, inTitle ? 'title' : 'body', hit.entry, hit.phrase, snippet(context, hit.start, hit.end), range.start, range.end);
    }
  },
});
