// ESLint for the codebase itself (`pnpm lint`, part of `pnpm test`): typescript-eslint's
// strict-type-checked rules on every package's `src`, and the import rule that keeps @jdlint/core's
// stages in pipeline order.
//
// - `packages/*/src/**/*.ts` except the bench: `strictTypeChecked`, type-aware through the project
//   service (each package's `tsconfig.json`).
// - `packages/bench/src/**/*.ts`: plain `recommended`. The bench runs through tsx and is in no
//   tsconfig; its imports (playwright-core's types, the web scripts' `.mjs`) do not resolve from it,
//   so the type-aware rules would see error types on every browser call.
// - `packages/core/scripts/*.ts`: `recommendedTypeChecked` against `tsconfig.scripts.json` (the
//   project service only finds files named `tsconfig.json`, so that project is named explicitly).
// - Tests (`packages/*/test/**/*.ts`): plain `recommended`, not type-aware: vitest strips their types
//   and no tsconfig includes them, so the type-aware rules would have no program to read.
// - `.js`/`.mjs` scripts and this file: ESLint's defaults (syntax only).
import tseslint from 'typescript-eslint';

/**
 * @jdlint/core's stage folders, in the order data flows (docs/architecture.md). A file in one
 * stage may import a sibling in its own folder, or the door (`index.ts`) of an earlier stage;
 * never a later stage, and never past another folder's door.
 */
const STAGES = ['shared', 'parse', 'posting', 'nlp', 'lexicon', 'scope', 'signals', 'analysis', 'rules', 'engine'];

const stageRules = STAGES.map((stage, i) => {
  const later = STAGES.slice(i + 1);
  const patterns = [
    {
      regex: `^(?:\\.\\./)+(?:${STAGES.join('|')})/(?!index\\.js$)`,
      message: 'Import another stage through its door (../<stage>/index.js), not one of its files.',
    },
    { regex: '^\\./index\\.js$', message: "A stage's files import their siblings, not their own door (it would make a cycle)." },
  ];
  if (later.length > 0) {
    patterns.unshift({
      regex: `^(?:\\.\\./)+(?:${later.join('|')})/`,
      message: `\`${stage}\` runs before ${later.map((s) => `\`${s}\``).join(', ')}: a stage may not import a later one (docs/architecture.md).`,
    });
  }
  return {
    files: [`packages/core/src/${stage}/**/*.ts`],
    ignores: [`packages/core/src/${stage}/index.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
});

const SHARED_RULES = {
  // Casts through `unknown` and `any` at the few seams with untyped packages are deliberate.
  '@typescript-eslint/no-explicit-any': 'off',
  // `_name` marks a value taken apart to leave it out (`const { schema: _schema, ...rest } = …`).
  '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
};

const TYPED_RULES = {
  ...SHARED_RULES,
  // Counts, offsets and scores go into messages and reports as numbers: `${n}` is what is meant.
  '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
};

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'coverage/**'] },
  {
    files: ['packages/*/src/**/*.ts'],
    ignores: ['packages/bench/**'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: TYPED_RULES,
  },
  {
    // Generated tables (`pnpm generate`): `export const x: Type = JSON.parse('…')`. The annotation is
    // the contract the generator checks; `JSON.parse` returning `any` is the point, not a slip.
    files: ['packages/*/src/**/*.generated.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['packages/core/scripts/**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { project: './packages/core/tsconfig.scripts.json', tsconfigRootDir: import.meta.dirname } },
    rules: TYPED_RULES,
  },
  {
    files: ['packages/*/test/**/*.ts', 'packages/bench/src/**/*.ts'],
    extends: [tseslint.configs.recommended],
    rules: SHARED_RULES,
  },
  ...stageRules,
  {
    // The package's public API re-exports from the stage doors only.
    files: ['packages/core/src/index.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^\\./[a-z]+/(?!index\\.js$)', message: 'Re-export from a stage door (./<stage>/index.js).' }] }],
    },
  },
  {
    // Front ends use @jdlint/core's public API, never its files.
    files: ['packages/cli/src/**/*.ts', 'packages/language-server/src/**/*.ts', 'packages/remark-jdlint/src/**/*.ts', 'packages/bench/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^@jdlint/core/', message: "Import @jdlint/core's public API, not its files." }] }] },
  },
);
