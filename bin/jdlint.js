#!/usr/bin/env node
// The `jdlint` command of the repository root, as npm installs it (the pre-commit framework, the
// GitHub Action): the bundle `npm install` builds into dist/. In a pnpm checkout, where
// `pnpm install` builds packages/cli instead, it runs that.
import { existsSync } from 'node:fs';
import module from 'node:module';

module.enableCompileCache?.();
const bundle = new URL('../dist/jdlint.bundle.js', import.meta.url);
const workspace = new URL('../packages/cli/bin.js', import.meta.url);
if (existsSync(bundle)) {
  const { run } = await import(bundle.href);
  run();
} else if (existsSync(workspace) && existsSync(new URL('../packages/cli/dist/index.js', import.meta.url))) {
  await import(workspace.href);
} else {
  process.stderr.write('jdlint: not built: run `npm install` (or `pnpm install`) in the jdlint repository first\n');
  process.exitCode = 2;
}
