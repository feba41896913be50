#!/usr/bin/env node
/**
 * The root's `prepare` script, run by `pnpm install`, `npm install` and `npm pack`.
 *
 * - pnpm (development): the TypeScript build of every package, then the CLI bundle (bundle.mjs).
 * - npm (the pre-commit framework and the GitHub Action install the repository root with npm):
 *   the workspace packages' own dependencies are not installed, so the CLI and core are bundled
 *   straight from their TypeScript sources, with the root's devDependencies, into dist/ at the
 *   root, where bin/jdlint.js runs them.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const agent = process.env.npm_config_user_agent ?? '';

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (agent.startsWith('pnpm/')) {
  run(process.execPath, [fileURLToPath(new URL('../../../node_modules/typescript/bin/tsc', import.meta.url)), '-b']);
  run(process.execPath, [fileURLToPath(new URL('./bundle.mjs', import.meta.url))]);
} else {
  run(process.execPath, [fileURLToPath(new URL('./bundle.mjs', import.meta.url)), '--from-source']);
}
