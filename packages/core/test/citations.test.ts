import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, rules } from '@jdlint/core';
import { describe, expect, it } from 'vitest';
import { validateCues } from '../scripts/cue-data.js';
import { loadDataFile } from '../scripts/data-files.js';
import { loadLexiconData, validateLexiconData } from '../scripts/lexicon-data.js';
import { sourceCitations } from '../src/lexicon/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const KNOWN = new Set(sourceCitations.map((s) => s.code));
/** A source code in brackets ("[MOHR]"), not a Markdown link text ("[text](url)"). */
const CODE = /\[([A-Z][A-Z0-9-]*)\](?!\()/g;
/** A pointer into research notes that are not in the repository. */
const OUTSIDE = /§|domain notes|DESIGN §/;

function codesIn(text: string): string[] {
  return [...text.matchAll(CODE)].map((m) => m[1] as string);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === 'generated' ? [] : sourceFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

describe('citations', () => {
  it('every note of every finding on the fixtures and the rule examples cites codes from sources.yml, and nothing outside the repository', () => {
    const dir = `${root}fixtures/postings`;
    const inputs = readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
    inputs.push(...rules.flatMap((r) => r.examples.map((e) => e.input)));
    const cited = new Set<string>();
    let notes = 0;
    for (const input of inputs) {
      for (const config of [{}, { extends: 'jdlint:strict' }]) {
        const result = analyze(input, { config, date: new Date('2026-06-01') });
        for (const d of result.diagnostics) {
          if (d.note === undefined) continue;
          notes++;
          expect(d.note, d.ruleId).not.toMatch(OUTSIDE);
          for (const code of codesIn(d.note)) {
            cited.add(code);
            expect(KNOWN.has(code), `${d.ruleId} cites [${code}]`).toBe(true);
          }
        }
        for (const q of result.profile.questions) for (const code of codesIn(q.source)) expect(KNOWN.has(code), `question ${q.id} cites [${code}]`).toBe(true);
      }
    }
    expect(notes).toBeGreaterThan(100);
    // The rules that cite codes in their own words, not through a lexicon entry.
    for (const code of ['MOHR', 'MP', 'LI-TIPS', 'DP-SEN', 'LS', 'ESCO-TITLES']) expect(cited).toContain(code);
  });

  it('every "(source: …)" written in core names codes from sources.yml only', () => {
    for (const file of sourceFiles(`${root}packages/core/src`)) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/domain notes/);
      for (const line of text.split('\n').filter((l) => l.includes('(source:'))) {
        for (const code of codesIn(line)) expect(KNOWN.has(code), `${file}: [${code}]`).toBe(true);
      }
    }
  });

  it('every rule page lists its sources by codes from sources.yml, and points at no notes outside the repository', () => {
    for (const rule of rules) {
      const page = readFileSync(`${root}docs/rules/${rule.id}.md`, 'utf8');
      expect(page, rule.id).not.toMatch(OUTSIDE);
      const sources = /## Sources\n([\s\S]*?)(?:\n## |$)/.exec(page)?.[1] ?? '';
      for (const code of codesIn(sources)) expect(KNOWN.has(code), `${rule.id}: [${code}]`).toBe(true);
      // A page about job-ad wording cites by code in every bullet, or names where the entries' own
      // sources are; the Markdown and control-comment rules cite specifications, not sources.yml.
      if (codesIn(sources).length === 0 && !/\.yml|project's own site/.test(sources)) continue;
      for (const bullet of sources.split('\n').filter((l) => l.startsWith('- '))) {
        if (!/^- \[[A-Z]/.test(bullet)) expect(bullet, rule.id).toMatch(/\.yml|project's own site/);
      }
    }
  });

  it('every code any data file cites resolves, and the validator refuses one that does not', () => {
    expect(loadLexiconData().errors).toEqual([]);
    const titles = { meta: { title: 'Titles' }, role_nouns: [], generic_nouns: [], qualifiers: [], strip: [], vague: [] };
    const { errors } = validateLexiconData({
      roles: { meta: { title: 'Roles' }, entries: [{ id: 'rag', terms: ['rag'], roles: { 'ai-engineer': 'strong' }, source: '[RM-AI]; [NO-SUCH-CODE]' }] },
      dutyPatterns: { meta: { title: 'Duties' }, entries: [] },
      titles,
      questions: { meta: { title: 'Questions' }, questions: [], cues: [] },
      technologies: { meta: { title: 'Technologies' }, kinds: [], entries: [] },
      payTransparency: { meta: { title: 'Pay' }, jurisdictions: [], vague_pay: [] },
    });
    expect(errors).toEqual(['roles.yml (rag): unknown source code [NO-SUCH-CODE] (add it to sources.yml)']);
  });
});

describe('cue lists (cues.yml)', () => {
  it('are valid as shipped', () => {
    const errors: string[] = [];
    const { lists } = validateCues(loadDataFile('cues.yml'), KNOWN, errors);
    expect(errors).toEqual([]);
    expect(Object.keys(lists)).toContain('hedges');
  });

  it('refuse a list the code does not read, a wrong kind, a term twice, a bad field and an unknown code', () => {
    const file = loadDataFile('cues.yml') as { lists: Record<string, { kind: string; entries: Array<Record<string, unknown>> }> };
    file.lists['hedges']!.kind = 'words';
    file.lists['pay-fields']!.entries.push({ id: 'more-pay', fields: ['Salary Band'], source: '[AN]' });
    file.lists['pay-words']!.entries.push({ id: 'pay-again', words: ['salary'], source: '[NOPE]' });
    (file.lists as Record<string, unknown>)['vibes'] = { kind: 'words', what: 'x', entries: [] };
    const errors: string[] = [];
    validateCues(file, KNOWN, errors);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/lists\.hedges: kind must be phrases/),
        expect.stringMatching(/lists\.pay-fields\.entries\[\d+\]: term "Salary Band" must be lowercase/),
        expect.stringMatching(/lists\.pay-words\.entries\[\d+\]: term "salary" is also in entry pay-english/),
        expect.stringMatching(/unknown source code \[NOPE\]/),
        expect.stringMatching(/lists\.vibes: unknown list/),
      ]),
    );
  });
});
