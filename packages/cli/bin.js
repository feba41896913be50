#!/usr/bin/env node
import { accessSync, constants, existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

// Node 22.1+ keeps compiled code between runs (here: the model's modules); older Node skips this.
module.enableCompileCache?.();

/**
 * The single-file bundle (made by `pnpm build`, a CommonJS script) compiled with V8's code cache,
 * on every Node version (Node 20 has no compile cache for an application's own code): the
 * bytecode of every function the last cached run compiled is read from
 * `jdlint.bundle.cjs.cache` instead of compiled again. The cache names the bundle's size and
 * time and the Node version it was made for; V8 itself refuses one made by another V8 or with
 * other flags. When there is none, or it does not fit, the run compiles the bundle as usual and
 * writes a new cache as it exits (where the directory is writable), with the functions it ran.
 */
function runBundle(file) {
  const cacheFile = `${file}.cache`;
  const stat = statSync(file);
  const key = `${stat.size}:${stat.mtimeMs}:${process.version}:${process.arch}\n`;
  let cachedData;
  try {
    const cache = readFileSync(cacheFile);
    const head = cache.indexOf(10);
    if (head > 0 && cache.toString('latin1', 0, head + 1) === key) cachedData = cache.subarray(head + 1);
  } catch {
    // No cache yet.
  }
  const source = readFileSync(file, 'utf8');
  const wrapper = `(function (exports, require, module, __filename, __dirname, __jdlintUrl) {${source}\n})`;
  const script = new vm.Script(wrapper, { filename: file, cachedData });
  // `JDLINT_DEBUG=code-cache`: whether this run's cache was used (tests read this).
  if (/\bcode-cache\b/.test(process.env.JDLINT_DEBUG ?? '')) process.stderr.write(`jdlint: code cache ${cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used'}\n`);
  if (cachedData === undefined || script.cachedDataRejected) {
    let writable = true;
    try {
      accessSync(path.dirname(file), constants.W_OK);
    } catch {
      writable = false;
    }
    if (writable) {
      process.once('exit', () => {
        try {
          const temp = `${cacheFile}.${process.pid}.tmp`;
          writeFileSync(temp, Buffer.concat([Buffer.from(key, 'latin1'), script.createCachedData()]));
          renameSync(temp, cacheFile);
        } catch {
          // The cache only saves time: a run that cannot write one still lints.
        }
      });
    }
  }
  const exports = {};
  const mod = { exports };
  script.runInThisContext()(exports, module.createRequire(file), mod, file, path.dirname(file), pathToFileURL(file).href);
  return mod.exports;
}

const bundle = fileURLToPath(new URL('./dist/jdlint.bundle.cjs', import.meta.url));
const { run } = process.env.JDLINT_NO_BUNDLE !== '1' && existsSync(bundle) ? runBundle(bundle) : await import('./dist/index.js');
run();
