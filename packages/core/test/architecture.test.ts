import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const src = root + 'packages/core/src/';
const STAGES = ['shared', 'parse', 'posting', 'nlp', 'lexicon', 'scope', 'signals', 'analysis', 'rules', 'engine'];

/** The import-rule findings ESLint gives for `code` as if it stood at `path` (relative to the repo). */
async function importFindings(path: string, code: string): Promise<string[]> {
  // Only the import rule, and no type information: the file does not exist, so no program holds it.
  const eslint = new ESLint({
    cwd: root,
    ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  });
  const [result] = await eslint.lintText(code, { filePath: root + path });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('core stage folders', () => {
  it('has a door with a header comment in every stage folder, and no other folder', () => {
    const folders = readdirSync(src).filter((n) => statSync(src + n).isDirectory());
    expect(folders.sort()).toEqual([...STAGES].sort());
    for (const stage of STAGES) {
      const door = readFileSync(`${src}${stage}/index.ts`, 'utf8');
      expect(door.startsWith(`/**\n * ${stage} — `), `${stage}/index.ts header`).toBe(true);
    }
  });

  it('keeps every file under 400 lines, except rule tables and generated data', () => {
    const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(dir + n).isDirectory() ? walk(dir + n + '/') : [dir + n]));
    const long = walk(src)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.generated.ts'))
      .map((f) => [f.slice(src.length), readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > 400);
    expect(long).toEqual([]);
  });

  it('refuses an import of a later stage', async () => {
    expect(await importFindings('packages/core/src/parse/example.ts', "import { analyze } from '../engine/index.js';\n")).toEqual([
      expect.stringContaining('`parse` runs before'),
    ]);
    expect(await importFindings('packages/core/src/lexicon/generated/example.ts', "import type { Mention } from '../../signals/index.js';\n")).toHaveLength(1);
  });

  it("refuses an import past another stage's door, and a stage importing its own door", async () => {
    expect(await importFindings('packages/core/src/rules/example.ts', "import { tokenize } from '../nlp/nlp.js';\n")).toEqual([expect.stringContaining('through its door')]);
    expect(await importFindings('packages/core/src/rules/example.ts', "export { rules } from './index.js';\n")).toEqual([expect.stringContaining('own door')]);
  });

  it('accepts an earlier stage through its door and a sibling file', async () => {
    expect(await importFindings('packages/core/src/rules/example.ts', "import { tokenize } from '../nlp/index.js';\nimport { defineRule } from './rule.js';\n")).toEqual([]);
  });
});
