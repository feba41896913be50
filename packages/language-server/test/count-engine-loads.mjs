// Test preload (node --import): counts wink-nlp engine creations, the call that loads the language
// model into an engine, in the server process. A module hook replaces the ESM view of wink-nlp with
// a wrapper that writes one line to stderr per call, then hands over to the real factory.
import { register } from 'node:module';

register('./count-engine-loads-hooks.mjs', import.meta.url);
