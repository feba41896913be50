import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderGenerated } from '../scripts/generate.js';
import { loadLexiconData, validateLexiconData } from '../scripts/lexicon-data.js';

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
