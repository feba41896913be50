#!/usr/bin/env node
/**
 * Builds the page to one self-contained file, dist/index.html: the styles, the page's script and
 * the analysis worker (core, the wink-nlp model, the YAML reader) are inlined, the worker started
 * from a Blob. No CDN, no other file: it works from any static host, from an intranet share, after
 * the server that served it has stopped, and offline.
 *
 * `node scripts/build.mjs` builds; `buildWeb()` is what `pnpm web`, the browser tests and the
 * benchmark call.
 */
import { build, transform } from 'esbuild';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const webDir = path.resolve(here, '..');
export const distFile = path.join(webDir, 'dist/index.html');
const src = path.join(webDir, 'src');
const TARGET = ['chrome100', 'firefox100', 'safari15', 'edge100'];

/** Keeps inlined code from ending the <script> element early. */
function scriptSafe(code) {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** The files the page is built from (the page's sources and the core build it bundles). */
function inputs() {
  const core = path.resolve(webDir, '../core/dist');
  const list = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath ?? e.path, e.name));
  return [...list(src), ...list(core).filter((f) => f.endsWith('.js')), fileURLToPath(import.meta.url)];
}

/** True when dist/index.html is missing or older than any of its inputs. */
export function needsBuild() {
  let built;
  try {
    built = statSync(distFile).mtimeMs;
  } catch {
    return true;
  }
  return inputs().some((f) => statSync(f).mtimeMs > built);
}

/** Builds the page; `outFile` defaults to dist/index.html. Resolves to the file written. */
export async function buildWeb({ quiet = false, outFile = distFile } = {}) {
  const started = performance.now();
  const worker = await build({
    absWorkingDir: webDir,
    entryPoints: [path.join(src, 'worker.ts')],
    bundle: true,
    platform: 'browser',
    // A worker has no DOM: `worker` picks the DOM-free build of packages that have one.
    conditions: ['worker'],
    // core's `import.meta.url` is read on the Node path only (createRequire), never in a browser.
    logOverride: { 'empty-import-meta': 'silent' },
    format: 'iife',
    target: TARGET,
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  const workerCode = worker.outputFiles[0].text;
  const page = await build({
    absWorkingDir: webDir,
    entryPoints: [path.join(src, 'main.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: TARGET,
    minify: true,
    legalComments: 'none',
    loader: { '.md': 'text' },
    write: false,
    logLevel: 'warning',
    plugins: [
      {
        name: 'inline-worker',
        setup(b) {
          b.onResolve({ filter: /^virtual:worker$/ }, () => ({ path: 'worker', namespace: 'inline-worker' }));
          b.onLoad({ filter: /.*/, namespace: 'inline-worker' }, () => ({ contents: workerCode, loader: 'text' }));
        },
      },
    ],
  });
  const css = (await transform(readFileSync(path.join(src, 'styles.css'), 'utf8'), { loader: 'css', minify: true, target: TARGET })).code;
  const html = readFileSync(path.join(src, 'index.html'), 'utf8')
    .replace('/*STYLES*/', () => css.replace(/<\/(style)/gi, '<\\/$1'))
    .replace('/*SCRIPT*/', () => scriptSafe(page.outputFiles[0].text));
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, html);
  if (!quiet) {
    const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
    process.stderr.write(`web: built ${path.relative(process.cwd(), outFile) || outFile} (${kib(Buffer.byteLength(html))}; worker ${kib(workerCode.length)}) in ${Math.round(performance.now() - started)} ms\n`);
  }
  return outFile;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildWeb().catch((error) => {
    process.stderr.write(`web: build failed: ${error.message}\n`);
    process.exit(1);
  });
}
