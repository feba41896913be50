import { readFileSync, readdirSync } from 'node:fs';
import { analyze } from '../src/index.js';
const dir = '/work/shared/corpus/dev/';
for (const f of readdirSync(dir).filter(f=>f.endsWith('.md')).sort()) {
  const r = analyze(readFileSync(dir+f,'utf8'));
  console.log(f, r.posting.sections.map(s=>`${s.kind}<${(s.heading??'').slice(0,30)}>`).join(' | '));
}
