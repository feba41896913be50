// ESLint for the codebase itself (`pnpm lint`, part of `pnpm test`): typescript-eslint's
// recommended rules, and the import rule that keeps @jdlint/core's stages in pipeline order.
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

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'coverage/**'] },
  {
    files: ['packages/*/src/**/*.ts', 'packages/core/scripts/**/*.ts'],
    extends: [tseslint.configs.recommended],
    rules: {
      // Casts through `unknown` and `any` at the few seams with untyped packages are deliberate.
      '@typescript-eslint/no-explicit-any': 'off',
      // `_name` marks a value taken apart to leave it out (`const { schema: _schema, ...rest } = …`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
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
