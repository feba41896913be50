#!/usr/bin/env node
/**
 * Bundles the built CLI (dist/index.js, from `tsc -b`) and its worker into one file each:
 * dist/jdlint.bundle.js and dist/worker.bundle.js. A cold start then compiles one file instead of
 * resolving and compiling some three hundred modules; bin.js loads the bundle when it is there,
 * else dist/index.js. Run by the root `build`, `postinstall` (install.mjs, so `pnpm install` makes it) and `typecheck`;
 * with `--from-source`, by `postinstall` under npm (see install.mjs).
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
const root = fileURLToPath(new URL('../../..', import.meta.url));
/**
 * `--from-source`: the npm install of the repository root (see install.mjs). The CLI and core are
 * bundled from their TypeScript sources, their dependencies taken from the root's node_modules,
 * into the root's dist/ (bin/jdlint.js runs it; the version comes from the root's package.json).
 */
const fromSource = process.argv.includes('--from-source');

/**
 * commander requires `node:child_process` when it loads, for the executable subcommands jdlint does
 * not have; with its network and process modules that is a dozen of Node's internal modules run at
 * every start. In the bundle commander gets a stand-in that loads the real module on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) => (/[\\/]commander[\\/]/.test(args.importer) ? { path: 'lazy-child-process', namespace: 'jdlint-lazy' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'jdlint-lazy' }, () => ({
      contents: "let real; const load = () => (real ??= require('node:child_process')); module.exports = { spawn: (...args) => load().spawn(...args) };",
      loader: 'js',
    }));
  },
};

await build({
  absWorkingDir: fromSource ? root : dir,
  entryPoints: fromSource
    ? { 'jdlint.bundle': 'packages/cli/src/index.ts', 'worker.bundle': 'packages/cli/src/worker.ts' }
    : { 'jdlint.bundle': 'dist/index.js', 'worker.bundle': 'dist/worker.js' },
  ...(fromSource ? { alias: { '@jdlint/core': './packages/core/src/index.ts' } } : {}),
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
  plugins: [lazyChildProcess],
  logLevel: 'warning',
});
