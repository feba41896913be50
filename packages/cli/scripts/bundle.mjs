#!/usr/bin/env node
/**
 * Bundles the built CLI (dist/index.js, from `tsc -b`) and its worker into one file each:
 * dist/jdlint.bundle.cjs and dist/worker.bundle.js. A cold start then compiles one file instead of
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
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
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

// The CLI from the compiled output: one CommonJS script (dist/jdlint.bundle.cjs), which bin.js
// compiles with V8's code cache (see bin.js); `import.meta.url` becomes the URL bin.js hands in.
// The worker, and the bundle made from the sources for npm, stay ES modules.
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Less text to parse on every start; names are kept readable enough for an internal error's message.
  minify: true,
  external: ['wink-eng-lite-web-model', 'yaml'],
  plugins: [lazyChildProcess],
  logLevel: 'warning',
};
// The CommonJS packages in an ES module bundle (commander, ignore) call `require` for Node's built-ins.
const esmRequire = { js: "import { createRequire as __jdlintCreateRequire } from 'node:module'; const require = __jdlintCreateRequire(import.meta.url);" };

if (fromSource) {
  await build({
    ...common,
    absWorkingDir: root,
    entryPoints: { 'jdlint.bundle': 'packages/cli/src/index.ts', 'worker.bundle': 'packages/cli/src/worker.ts' },
    alias: { '@jdlint/core': './packages/core/src/index.ts' },
    outdir: 'dist',
    format: 'esm',
    banner: esmRequire,
  });
} else {
  await build({ ...common, absWorkingDir: dir, entryPoints: { 'worker.bundle': 'dist/worker.js' }, outdir: 'dist', format: 'esm', banner: esmRequire });
  await build({
    ...common,
    absWorkingDir: dir,
    entryPoints: { 'jdlint.bundle': 'dist/index.js' },
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    define: { 'import.meta.url': '__jdlintUrl' },
  });
  // The code cache of the bundle before this build no longer fits it (and the ES module bundle of
  // earlier builds is not run any more).
  rmSync(new URL('../dist/jdlint.bundle.cjs.cache', import.meta.url), { force: true });
  rmSync(new URL('../dist/jdlint.bundle.js', import.meta.url), { force: true });
  // One run writes the new cache (bin.js), so that the first lint after a build starts warm too.
  const sample = fileURLToPath(new URL('../../../fixtures/postings/ml-engineer-rag-duties.md', import.meta.url));
  if (existsSync(sample)) spawnSync(process.execPath, [fileURLToPath(new URL('../bin.js', import.meta.url)), '--no-config', sample], { stdio: 'ignore' });
}
