import { roleTerms } from './dist/lexicons/roles.generated.js';
import { tokenize, warmUp } from './dist/nlp.js';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
let t = performance.now(); warmUp(); console.log('model', performance.now() - t);
t = performance.now(); const e = winkNLP(model, []); console.log('model2 no pipe', performance.now() - t);
const phrases = roleTerms.flatMap((r) => r.terms);
const text = phrases.join('\n\n');
console.log(phrases.length, text.length);
for (let i = 0; i < 3; i++) {
t = performance.now(); const r = tokenize(text); console.log('tokenize', performance.now() - t, r.tokens.length);
t = performance.now(); const d = e.readDoc(text); const v = d.tokens().out(e.its.value); d.tokens().out(e.its.normal); d.tokens().out(e.its.type); console.log('nopipe lite', performance.now() - t, v.length);
}
