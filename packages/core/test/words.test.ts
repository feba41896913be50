import { describe, expect, it } from 'vitest';
import { wordsOnly } from '../src/shared/index.js';

describe('wordsOnly', () => {
  it.each([
    ['- Build models.', 'build models'],
    ['**Build**  models!!', 'build models'],
    ['  Python, SQL & dbt  ', 'python sql dbt'],
    ['5+ years (Go/Rust)', '5 years go rust'],
    ['Größe über Straße', 'größe über straße'],
    ['Modèles — données', 'modèles données'],
    ['数据 工程师', '数据 工程师'],
    // A letter outside the Basic Multilingual Plane is a letter (mathematical bold has no lower case).
    ['𝐁old math letters', '𝐁old math letters'],
    ['', ''],
    ['... — !!', ''],
  ])('%j reads %j', (text, key) => {
    expect(wordsOnly(text)).toBe(key);
  });

  it('gives a duty list pasted again with other bullets, stops and case the same key', () => {
    expect(wordsOnly('* Train ranking models;\n* Deploy them')).toBe(wordsOnly('- train ranking models\n- deploy them.'));
  });
});
