/**
 * `require` for the packages core loads on first need (the YAML reader, the language model), so
 * that importing core costs neither: a process that never reads front matter never loads `yaml`,
 * and one that never analyzes (a worker pool's main thread) never holds the model's ~40 MB.
 * Synchronous, because analysis is; through `process.getBuiltinModule` (Node 20.16+), because core
 * builds without Node's types.
 */

/** The one Node API used here, declared here. */
interface NodeModuleApi {
  createRequire(from: string): (id: string) => unknown;
}

let nodeRequire: ((id: string) => unknown) | undefined;

export function requireLazily<T>(id: string, purpose: string): T {
  if (nodeRequire === undefined) {
    const nodeProcess = (globalThis as { process?: { getBuiltinModule?(id: string): unknown } }).process;
    const nodeModule = nodeProcess?.getBuiltinModule?.('node:module') as NodeModuleApi | undefined;
    if (!nodeModule) throw new Error(`${purpose} needs Node.js 20.16 or later`);
    nodeRequire = nodeModule.createRequire((import.meta as unknown as { url: string }).url);
  }
  return nodeRequire(id) as T;
}
