/**
 * Core in a browser: bundled by esbuild for `platform: 'browser'`, it pulls in no Node built-in,
 * and, run where there is no `process` and no `require` (a bare V8 context, as a Web Worker has),
 * with the model and the YAML reader handed in through `provideModules`, it finds exactly what it
 * finds in Node. The bundle is built as a page's Web Worker bundle is: browser platform, `worker`
 * export condition.
 */
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const fixture = readFileSync(new URL('../../../fixtures/postings/ml-engineer-rag-duties.md', import.meta.url), 'utf8');
const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Records every import of a Node built-in instead of letting esbuild stub or fail on it. */
function nodeBuiltins(found: string[]): Plugin {
  return {
    name: 'node-builtins',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (!NODE_BUILTINS.has(args.path) && !args.path.startsWith('node:')) return undefined;
        found.push(`${args.path} (imported by ${args.importer})`);
        return { path: args.path, external: true };
      });
    },
  };
}

async function bundle(entry: string, format: 'esm' | 'iife'): Promise<{ code: string; builtins: string[] }> {
  const builtins: string[] = [];
  const result = await build({
    stdin: { contents: entry, resolveDir: here, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    platform: 'browser',
    format,
    // A Web Worker has no DOM: the `worker` export condition picks the DOM-free build of the
    // packages that have one (micromark's character-reference decoder), as a page's worker bundle must.
    conditions: ['worker'],
    write: false,
    logLevel: 'silent',
    plugins: [nodeBuiltins(builtins)],
  });
  return { code: result.outputFiles[0]?.text ?? '', builtins };
}

describe('core bundled for the browser', () => {
  it('pulls in no Node built-in', { timeout: 60_000 }, async () => {
    const { code, builtins } = await bundle("export * from '../src/index.ts';", 'esm');
    expect(builtins).toEqual([]);
    expect(code).toContain('provideModules');
  });

  it('runs without process or require, given the model and the YAML reader, and finds what Node finds', { timeout: 120_000 }, async () => {
    const entry = [
      "import { analyze, provideModules } from '../src/index.ts';",
      "import model from 'wink-eng-lite-web-model';",
      "import * as yaml from 'yaml';",
      'provideModules({ model, yaml });',
      'globalThis.lint = (text, day) => JSON.stringify(analyze(text, { date: new Date(day) }).diagnostics);',
    ].join('\n');
    const { code, builtins } = await bundle(entry, 'iife');
    expect(builtins).toEqual([]);
    // A bare V8 context: no process, no require, no module; only what a browser also has.
    const sandbox: Record<string, unknown> = { TextEncoder, TextDecoder, URL, atob, btoa, console };
    vm.createContext(sandbox);
    vm.runInContext(code, sandbox, { filename: 'core.browser.js' });
    expect(vm.runInContext('typeof process + typeof require', sandbox)).toBe('undefinedundefined');
    const lint = sandbox.lint as (text: string, day: string) => string;
    const inBrowser = JSON.parse(lint(fixture, '2026-11-25')) as { ruleId: string }[];
    const inNode = JSON.parse(JSON.stringify(analyze(fixture, { date: new Date('2026-11-25') }).diagnostics)) as unknown;
    expect(inBrowser.map((d) => d.ruleId)).toContain('title-duty-mismatch');
    expect(inBrowser).toEqual(inNode);
  });

  it('without provideModules, says what to do instead of failing inside the loader', { timeout: 60_000 }, async () => {
    const { code } = await bundle("import { analyze } from '../src/index.ts'; globalThis.lint = (text) => analyze(text);", 'iife');
    const sandbox: Record<string, unknown> = { TextEncoder, TextDecoder, URL, atob, btoa, console };
    vm.createContext(sandbox);
    vm.runInContext(code, sandbox);
    const lint = sandbox.lint as (text: string) => unknown;
    expect(() => lint('# AI Engineer\n\n- Build RAG pipelines\n')).toThrow(/provideModules\(\)/);
  });
});
