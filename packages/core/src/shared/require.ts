/**
 * How core reaches the packages it loads on first need (the YAML reader, the language model).
 *
 * In Node, through `require`, lazily, so that importing core costs neither: a process that never
 * reads front matter never loads `yaml`, and one that never analyzes (a worker pool's main thread)
 * never holds the model's ~40 MB. Synchronous, because analysis is; through
 * `process.getBuiltinModule` (Node 20.16+), because core builds without Node's types.
 *
 * Anywhere else (a browser, a Web Worker) there is no `require`: the host imports the two packages
 * itself and hands them in with `provideModules` before the first analysis. Nothing here names a
 * Node built-in statically, so a browser bundle of core pulls none in.
 */
import type * as Yaml from 'yaml';
import type Model from 'wink-eng-lite-web-model';

/** The one Node API used here, declared here. */
interface NodeModuleApi {
  createRequire(from: string): (id: string) => unknown;
}

/** The packages a host can hand core instead of letting it `require` them. */
export interface ProvidedModules {
  /** The wink-nlp model: the default export of `wink-eng-lite-web-model`. */
  model?: typeof Model;
  /** The YAML reader: the `yaml` package's namespace (`import * as yaml from 'yaml'`). */
  yaml?: typeof Yaml;
}

const PACKAGE_OF: Record<keyof ProvidedModules, string> = { model: 'wink-eng-lite-web-model', yaml: 'yaml' };
const provided = new Map<string, unknown>();

/**
 * Hands core the language model and the YAML reader, for hosts without Node's `require` (a
 * browser bundle: `provideModules({ model, yaml })` once, before the first `analyze`). In Node it
 * is optional: what is not provided is loaded with `require` on first need, as before. The model
 * is read once, on the first analysis: provide it before that.
 */
export function provideModules(modules: ProvidedModules): void {
  for (const key of Object.keys(PACKAGE_OF) as (keyof ProvidedModules)[]) {
    const value = modules[key];
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a caller in plain JavaScript may pass null
    if (value !== undefined && value !== null) provided.set(PACKAGE_OF[key], value);
  }
}

let nodeRequire: ((id: string) => unknown) | undefined;

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- T is what the caller knows the module to be; it is loaded untyped at run time
export function requireLazily<T>(id: string, purpose: string): T {
  if (provided.has(id)) return provided.get(id) as T;
  if (nodeRequire === undefined) {
    const nodeProcess = (globalThis as { process?: { getBuiltinModule?(id: string): unknown } }).process;
    const nodeModule = nodeProcess?.getBuiltinModule?.('node:module') as NodeModuleApi | undefined;
    if (!nodeModule) {
      throw new Error(`${purpose} needs Node.js 20.16 or later; elsewhere (a browser) import '${id}' and hand it to core with provideModules()`);
    }
    nodeRequire = nodeModule.createRequire((import.meta as unknown as { url: string }).url);
  }
  return nodeRequire(id) as T;
}
