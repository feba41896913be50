#!/usr/bin/env node
/**
 * The root's `postinstall` script: `pnpm install` and `npm install` in the repository run it.
 * (Not `prepare`: `npm pack` would run that too and print its banner on stdout, where the
 * pre-commit framework reads the tarball's name.)
 *
 * - pnpm (development, the workspace packages linked): the TypeScript build of every package, then the CLI bundle (bundle.mjs).
 * - npm (the pre-commit framework and the GitHub Action install the repository root with npm):
 *   the workspace packages' own dependencies are not installed, so the CLI and core are bundled
 *   straight from their TypeScript sources, with the root's devDependencies, into dist/ at the
 *   root, where bin/jdlint.js runs them; `npm pack` then packs that bundle.
 * - the packed tarball installed (`npm install -g`, the framework's last step): nothing to build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// pnpm links the workspace packages into each other's node_modules; npm installs only the root's
// dependencies. (Not npm_config_user_agent: an npm started from a pnpm script inherits pnpm's.)
const workspaceLinked = existsSync(new URL('../node_modules/@jdlint/core/package.json', import.meta.url));

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(new URL('../src/index.ts', import.meta.url))) {
  // Installed from the packed tarball (`npm install -g jdlint-0.1.0.tgz`): the bundle is in it.
} else if (workspaceLinked) {
  run(process.execPath, [fileURLToPath(new URL('../../../node_modules/typescript/bin/tsc', import.meta.url)), '-b']);
  run(process.execPath, [fileURLToPath(new URL('./bundle.mjs', import.meta.url))]);
} else {
  run(process.execPath, [fileURLToPath(new URL('./bundle.mjs', import.meta.url)), '--from-source']);
}
