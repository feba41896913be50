import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderGenerated } from '../scripts/generate.js';
import { loadLexiconData } from '../scripts/lexicon-data.js';

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
