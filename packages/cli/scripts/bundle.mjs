#!/usr/bin/env node
/**
 * Bundles the built CLI (dist/index.js, from `tsc -b`) and its worker into one file each:
 * dist/jdlint.bundle.js and dist/worker.bundle.js. A cold start then compiles one file instead of
 * resolving and compiling some three hundred modules; bin.js loads the bundle when it is there,
 * else dist/index.js. Run by the root `build`, `prepare` (so `pnpm install` makes it) and `typecheck`.
 *
 * Left out of the bundle, loaded by Node from node_modules when used:
 * - wink-eng-lite-web-model: its JSON model loads faster through Node's JSON reader than as
 *   JavaScript in a bundle;
 * - yaml: core and the config reader load it with `require` on first need (front matter, a YAML
 *   config), so a posting without either never pays for it.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: dir,
  entryPoints: { 'jdlint.bundle': 'dist/index.js', 'worker.bundle': 'dist/worker.js' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Less text to parse on every start; names are kept readable enough for an internal error's message.
  minify: true,
  external: ['wink-eng-lite-web-model', 'yaml'],
  // The CommonJS packages in the bundle (commander, ignore) call `require` for Node's built-ins.
  banner: { js: "import { createRequire as __jdlintCreateRequire } from 'node:module'; const require = __jdlintCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
