import { readFileSync, readdirSync } from 'node:fs';
import { analyze } from '../src/index.js';
const dir = '/work/shared/corpus/dev/';
const by = new Map<string, Map<string, number>>();
for (const f of readdirSync(dir).filter(f=>f.endsWith('.md')).sort()) {
  const r = analyze(readFileSync(dir+f,'utf8'));
  for (const m of r.mentions) {
    if (m.legal || ['benefits','eeo','compensation','how-to-apply'].includes(m.section)) continue;
    const k = m.id; const t = m.text.toLowerCase().replace(/\s+/g,' ');
    const mm = by.get(k) ?? new Map(); mm.set(t, (mm.get(t) ?? 0) + 1); by.set(k, mm);
  }
}
for (const [k, mm] of [...by].sort()) console.log(k.padEnd(28), [...mm].sort((a,b)=>b[1]-a[1]).map(([t,n])=>`${t}${n>1?'×'+n:''}`).join(' | ').slice(0, 400));
