/**
 * The floor of the stack: only what every jdlint run cannot avoid. remark-parse builds the Markdown
 * tree; wink-nlp (the same model jdlint loads) reads the text and gives sentences and parts of
 * speech. No rules, no lexicons, no output beyond a count. Plain JavaScript, so that running it as a
 * CLI costs no loader: it is the floor jdlint's CLI is compared with.
 */
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const processor = unified().use(remarkParse).freeze();
let nlp = null;

/** Loads the model (once). */
export function load() {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

/** Parses one posting and reads its sentences and parts of speech; returns a count so nothing is optimised away. */
export function floor(text) {
  const engine = load();
  const tree = processor.parse(text);
  const doc = engine.readDoc(text);
  const sentences = doc.sentences().out();
  const pos = doc.tokens().out(engine.its.pos);
  return tree.children.length + sentences.length + pos.length;
}
