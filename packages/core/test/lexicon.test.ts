import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderGenerated } from '../scripts/generate.js';
import { loadLexiconData, validateLexiconData } from '../scripts/lexicon-data.js';
import { checkSource } from '../scripts/source-codes.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('lexicon data', () => {
  it('is valid: unique ids and terms, known roles, a source on every entry', () => {
    const { data, errors } = loadLexiconData();
    expect(errors).toEqual([]);
    expect(data.roles.length).toBeGreaterThan(100);
    for (const e of [...data.roles, ...data.dutyPatterns]) expect(String(e['source']).trim()).not.toBe('');
  });

  it('has generated files that are current (run pnpm generate)', () => {
    const { files, errors } = renderGenerated();
    expect(errors).toEqual([]);
    for (const [path, content] of Object.entries(files)) {
      expect(readFileSync(root + path, 'utf8'), path).toBe(content);
    }
  });
});

describe('lexicon validation', () => {
  const good = () => {
    const roles = {
      meta: { title: 'Roles' },
      entries: [
        { id: 'rag', terms: ['retrieval-augmented generation'], case_sensitive: ['RAG'], roles: { 'ai-engineer': 'strong' }, source: '[RM-AI]' },
        { id: 'pytorch', terms: ['pytorch'], roles: { 'ml-engineer': 'strong' }, source: '[RM-ML]' },
      ],
    };
    const dutyPatterns = { meta: { title: 'Duties' }, entries: [{ id: 'train-model', verbs: ['train'], objects: ['model'], roles: { 'ml-engineer': 'strong' }, source: '[RM-ML]' }] };
    const titles = { meta: { title: 'Titles' }, role_nouns: [{ id: 'ml-noun', role: 'ml-engineer', terms: ['ml engineer'], source: '[ONET-SD]' }], generic_nouns: [], qualifiers: [], strip: [], vague: [] };
    const questions = {
      meta: { title: 'Questions' },
      questions: [
        {
          id: 'model-or-product',
          question: 'Model or product?',
          sides: { model: { label: 'a model', role: 'ml-engineer', answer: 'A model.', because: 'it builds models' }, product: { label: 'a product', role: 'ai-engineer', answer: 'A product.', because: 'it builds a product' } },
          unclear: 'Unclear.',
          ask: 'say which.',
          both: 'Both.',
          source: '[UD]',
        },
      ],
      cues: [{ id: 'model-duties', question: 'model-or-product', side: 'model', entries: ['train-model'], source: '[UD]' }],
    };
    const technologies = { meta: { title: 'Technologies' }, kinds: [], entries: [] };
    const payTransparency = { meta: { title: 'Pay transparency' }, jurisdictions: [], vague_pay: [] };
    return { roles, dutyPatterns, titles, questions, technologies, payTransparency };
  };

  it('accepts well-formed data', () => {
    expect(validateLexiconData(good()).errors).toEqual([]);
  });

  it('rejects a term listed in two entries, an unsourced entry and an unknown role', () => {
    const files = good();
    files.roles.entries.push({ id: 'torch-again', terms: ['PyTorch'], roles: { 'ml-enginer': 'strong' } } as never);
    const { errors } = validateLexiconData(files);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/torch-again\): every entry needs a source/),
        expect.stringMatching(/term "PyTorch" must be lowercase/),
        expect.stringMatching(/term "PyTorch" is also in entry pytorch/),
        expect.stringMatching(/unknown role ml-enginer/),
      ]),
    );
  });

  it('rejects duplicate ids, unknown strengths and cues that point nowhere', () => {
    const files = good();
    files.roles.entries.push({ id: 'rag', terms: ['vector database'], roles: { 'ai-engineer': 'huge' }, source: 'x' } as never);
    files.questions.cues.push({ id: 'bad-cue', question: 'model-or-product', side: 'team', entries: ['no-such-entry'], source: 'x' });
    const { errors } = validateLexiconData(files);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/duplicate id rag/),
        expect.stringMatching(/unknown strength huge/),
        expect.stringMatching(/unknown side team/),
        expect.stringMatching(/entry no-such-entry is in neither/),
      ]),
    );
  });

  it('gives every role entry aliases or variants and a role strength', () => {
    const { data } = loadLexiconData();
    for (const e of data.roles) {
      const terms = [...((e['terms'] as string[]) ?? []), ...((e['case_sensitive'] as string[]) ?? [])];
      expect(terms.length, String(e['id'])).toBeGreaterThan(0);
      expect(Object.values(e['roles'] as Record<string, string>).every((s) => ['strong', 'medium', 'weak'].includes(s))).toBe(true);
    }
  });
});

describe('lexicon sources', () => {
  /** Every object with a `source` in the loaded data, whatever file or table it came from. */
  function sourced(value: unknown, out: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> {
    if (Array.isArray(value)) value.forEach((v) => sourced(v, out));
    else if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>;
      if ('source' in obj) out.push(obj);
      for (const [k, v] of Object.entries(obj)) if (k !== 'source') sourced(v, out);
    }
    return out;
  }

  it('cite no § section of notes outside the repository, in any data file, and each cites a code or a URL', () => {
    const { data, errors } = loadLexiconData();
    expect(errors).toEqual([]);
    const entries = sourced(data);
    // roles, duties, titles, technologies, pay laws, questions, cues and the quality lexicons
    expect(entries.length).toBeGreaterThan(700);
    for (const e of entries) {
      const source = String(e['source']);
      expect(source, String(e['id'])).not.toMatch(/§/);
      expect(/\[[A-Z0-9][A-Z0-9-]*\]|https?:\/\//.test(source), `${String(e['id'])}: ${source}`).toBe(true);
    }
  });

  it('refuses an entry that cites only a section of the domain notes, and codes that are not codes', () => {
    const titles = { meta: { title: 'Titles' }, role_nouns: [], generic_nouns: [], qualifiers: [], strip: [], vague: [] };
    const { errors } = validateLexiconData({
      roles: {
        meta: { title: 'Roles' },
        entries: [
          { id: 'made-up', terms: ['made-up term'], roles: { 'ai-engineer': 'strong' }, source: 'domain §1.1' },
          { id: 'design-ref', terms: ['other made-up term'], roles: { other: 'medium' }, source: 'DESIGN §2 (role `other`); [ONET-CISM]' },
          { id: 'spaced-code', terms: ['third made-up term'], roles: { 'ai-engineer': 'strong' }, source: '[RM-AI intro]' },
        ],
      },
      dutyPatterns: { meta: { title: 'Duties' }, entries: [] },
      titles,
      questions: { meta: { title: 'Questions' }, questions: [], cues: [] },
      technologies: { meta: { title: 'Technologies' }, kinds: [], entries: [] },
      payTransparency: { meta: { title: 'Pay' }, jurisdictions: [], vague_pay: [] },
    });
    expect(errors).toEqual([
      'roles.yml (made-up): source cites a § section of notes outside the repository; cite codes from sources.yml instead',
      'roles.yml (made-up): source must be a URL, contain one, or cite codes like [JL] from sources.yml',
      'roles.yml (design-ref): source cites a § section of notes outside the repository; cite codes from sources.yml instead',
      'roles.yml (spaced-code): [RM-AI intro] is not a source code (upper-case letters, digits and hyphens, as in sources.yml)',
      'roles.yml (spaced-code): source must be a URL, contain one, or cite codes like [JL] from sources.yml',
    ]);
  });

  it('accepts a URL, prose with a URL, and codes beside a file of the repository', () => {
    const codes = new Set(['AN', 'RM-AI']);
    const errors: string[] = [];
    checkSource('https://example.org/release-notes', 'a', codes, errors);
    checkSource('first commit of the public repository (https://github.com/example/project)', 'b', codes, errors);
    checkSource('fixtures/corpus/README.md (title forms decided there); [AN]', 'c', codes, errors);
    checkSource('[RM-AI] (embeddings, embedded)', 'd', codes, errors);
    expect(errors).toEqual([]);
    checkSource('fixtures/corpus/README.md (title forms decided there)', 'e', codes, errors);
    expect(errors).toEqual(['e: source must be a URL, contain one, or cite codes like [JL] from sources.yml']);
  });
});
