import { readdirSync, readFileSync } from 'node:fs';
import { parseMarkdown } from './dist/parse.js';
import { buildPosting } from './dist/posting.js';
import { tokenize, warmUp } from './dist/nlp.js';
import { extractSignals } from './dist/signals.js';
import { analyze } from './dist/index.js';
import { rules } from './dist/rules/index.js';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
warmUp();
const fl = winkNLP(model, ['sbd', 'pos']); const pp = unified().use(remarkParse).freeze();
const dir = process.argv[2] ?? '/tmp/issue7-corpus/p100/';
const texts = readdirSync(dir).sort().map((f) => readFileSync(dir + f, 'utf8'));
const T = (name: string, fn: (t: string, i: number) => unknown) => { texts.slice(0, 5).forEach(fn); let best = Infinity; for (let k = 0; k < 5; k++) { const s = performance.now(); texts.forEach(fn); best = Math.min(best, (performance.now() - s) / texts.length); } console.log(name.padEnd(20), best.toFixed(3)); return best; };
const trees = texts.map(parseMarkdown); const posts = texts.map((t, i) => buildPosting(trees[i]!, t)); const toks = posts.map((p) => tokenize(p.text));
for (let r = 0; r < 1; r++) {
  T('floor', (t) => { pp.parse(t); const d = fl.readDoc(t); d.sentences().out(); d.tokens().out(fl.its.pos); });
  T('parse', (t) => parseMarkdown(t));
  T('posting', (t, i) => buildPosting(trees[i]!, t));
  T('tokenize', (t, i) => tokenize(posts[i]!.text));
  T('signals', (t, i) => extractSignals(posts[i]!, toks[i]!, {}));
  T('analyze', (t) => analyze(t));
  T('analyze no rules', (t) => analyze(t, { config: { rules: Object.fromEntries(rules.map((r) => [r.id, 'off'])) } }));
}
for (const rule of rules) T('rule ' + rule.id, (t) => analyze(t, { config: { rules: Object.fromEntries(rules.map((r) => [r.id, r.id === rule.id ? 'warning' : 'off'])) } }));
