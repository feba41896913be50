import { describe, expect, it } from 'vitest';
import { tokenize } from '@jdlint/core';
import { indexUnits, PhraseMatcher, phraseKeys, phraseKeysMany, toUnits } from '../src/lexicon/index.js';

function run(text: string, matcher: PhraseMatcher<string>) {
  return matcher.match(toUnits(tokenize(text).tokens)).map((m) => [m.value, text.slice(m.start, m.end)]);
}

describe('PhraseMatcher', () => {
  const matcher = new PhraseMatcher([
    { phrases: ['vector db', 'vector database'], value: 'vdb' },
    { phrases: ['cross validation'], value: 'cv' },
    { phrases: ['feature engineering'], value: 'fe' },
    { phrases: ['feature'], value: 'f' },
    { phrases: [], caseSensitive: ['RAG'], value: 'rag' },
    { phrases: ['train model'], value: 'train' },
  ]);

  it('treats hyphen and space variants alike, in text and in phrases', () => {
    expect(run('Use a vector-db, a vector DB and cross-validation.', matcher)).toEqual([
      ['vdb', 'vector-db'],
      ['vdb', 'vector DB'],
      ['cv', 'cross-validation'],
    ]);
  });

  it('prefers the longest phrase and never overlaps', () => {
    expect(run('Feature engineering and one feature.', matcher)).toEqual([
      ['fe', 'Feature engineering'],
      ['f', 'feature'],
    ]);
  });

  it('matches case-sensitive phrases only with their case', () => {
    expect(run('Build RAG apps, not a rag doll.', matcher)).toEqual([['rag', 'RAG']]);
  });

  it('matches lemmas ("trains models" → "train model") but never across blocks', () => {
    expect(run('She trains models.', matcher)).toEqual([['train', 'trains models']]);
    expect(run('Feature\n\nengineering', matcher)).toEqual([['f', 'Feature']]);
  });

  it('never starts a match inside a hyphenated word', () => {
    const m = new PhraseMatcher([{ phrases: ['edge ai'], value: 'edge' }, { phrases: ['pytorch'], value: 'pt' }]);
    expect(run('Cutting-edge AI, and edge AI on devices.', m)).toEqual([['edge', 'edge AI']]);
    expect(run('A PyTorch-based model.', m)).toEqual([['pt', 'PyTorch']]);
  });

  it('can restrict lemma matching to nouns', () => {
    const m = new PhraseMatcher([{ phrases: ['tool use'], value: 'tools' }], { lemmas: 'nouns' });
    expect(run('The tools used by the team.', m)).toEqual([]);
    expect(run('Tool use with function schemas.', m)).toEqual([['tools', 'Tool use']]);
  });

  it('gives every unit offsets that round-trip to the text', () => {
    const text = 'Cross-validation, multi-agent systems and GPT-4o — fine-tuning.';
    for (const u of toUnits(tokenize(text).tokens)) expect(text.slice(u.start, u.end)).toBe(u.value);
  });
});

describe('phraseKeysMany', () => {
  it('keys every lexicon string as phraseKeys does one by one', async () => {
    const modules = import.meta.glob('../src/lexicon/generated/*.generated.ts', { eager: true }) as Record<string, Record<string, unknown>>;
    const strings = new Set<string>();
    const collect = (value: unknown): void => {
      if (typeof value === 'string') {
        if (value.length <= 80 && !value.includes('\n')) strings.add(value);
      } else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    Object.values(modules).forEach(collect);
    const list = [...strings, '', 'e.g.', "can't", 'C++', 'c#', 'Node.js', '  spaced  ', 'U.S.', 'etc.'];
    expect(list.length).toBeGreaterThan(2000);
    for (const caseSensitive of [false, true]) {
      const many = phraseKeysMany(list, caseSensitive);
      expect(many.length).toBe(list.length);
      list.forEach((phrase, i) => expect(many[i], phrase).toEqual(phraseKeys(phrase, caseSensitive)));
    }
  }, 120_000);
});

describe('the shared pass', () => {
  // Overlapping lexicons: shared prefixes, a noun-only lemma lexicon, exact-case phrases, and
  // phrases that are prefixes of others, so that the combined trie holds every kind of conflict.
  const entries = {
    skills: [
      { phrases: ['machine learning', 'machine learning model', 'model'], value: 'ml' },
      { phrases: ['learning'], value: 'learning' },
    ],
    nouns: [{ phrases: ['tool use', 'model', 'train'], value: 'noun-lexicon' }],
    exact: [{ phrases: [], caseSensitive: ['RAG', 'ML'], value: 'acronym' }],
    long: [{ phrases: ['learning model', 'strong communication skills', 'communication'], value: 'long' }],
  };
  const text = [
    'We build machine learning models and tools used by the RAG team; rag is not RAG.',
    '',
    'Strong communication skills, strong communication and cutting-edge ML; the tools used are not tool use.',
    '',
    'She trains models; the train leaves. Machine-learning model training, learning models.',
  ].join('\n');

  it('finds in one walk exactly what each matcher finds on its own', () => {
    const shared = [
      PhraseMatcher.shared(entries.skills),
      PhraseMatcher.shared(entries.nouns, { lemmas: 'nouns' }),
      PhraseMatcher.shared(entries.exact),
      PhraseMatcher.shared(entries.long),
    ];
    const units = indexUnits(toUnits(tokenize(text).tokens));
    let total = 0;
    for (const matcher of shared) {
      const alone = matcher.matchAlone(units);
      expect(matcher.match(units)).toEqual(alone);
      total += alone.length;
    }
    expect(total).toBeGreaterThan(10);
    // Units that are not a posting's (not indexed) are matched by the matcher's own walk.
    const other = toUnits(tokenize('machine learning model').tokens);
    expect(shared[0]?.matchAlone(other).map((m) => m.phrase)).toEqual(['machine learning model']);
  });

  it('gives the same matches as separate matchers would', () => {
    const units = indexUnits(toUnits(tokenize(text).tokens));
    const shared = PhraseMatcher.shared(entries.nouns, { lemmas: 'nouns' });
    const alone = new PhraseMatcher(entries.nouns, { lemmas: 'nouns' });
    expect(shared.match(units).map((m) => [m.phrase, m.start])).toEqual(alone.match(units).map((m) => [m.phrase, m.start]));
    // "trains" is a verb: a noun-only lexicon does not reach "train" through its lemma.
    expect(shared.match(units).some((m) => text.slice(m.start, m.end) === 'trains')).toBe(false);
  });
});
