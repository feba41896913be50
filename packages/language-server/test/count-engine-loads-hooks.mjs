// Module hooks for count-engine-loads.mjs (they run off the main thread).
import { fileURLToPath } from 'node:url';

const WINK = /\/wink-nlp\/src\/wink-nlp\.js$/;

export async function load(url, context, nextLoad) {
  // Only the ESM import is wrapped; the wrapper loads the real module through require().
  if (!WINK.test(url) || context.conditions?.includes('require')) return nextLoad(url, context);
  const source = `
import { createRequire } from 'node:module';
const original = createRequire(${JSON.stringify(url)})(${JSON.stringify(fileURLToPath(url))});
export default function countedWinkNlp(...args) {
  process.stderr.write('jdlint-test: wink-nlp engine created\\n');
  return original.apply(this, args);
}
`;
  return { format: 'module', source, shortCircuit: true };
}
