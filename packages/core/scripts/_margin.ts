import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { analyze } from '../src/index.js';
const dir = '/work/shared/corpus/dev/';
for (const f of readdirSync(dir).filter(f=>f.endsWith('.md')).sort()) {
  const text = readFileSync(dir+f,'utf8');
  const labels = (parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as any).labels;
  const { profile: p } = analyze(text);
  const bt = [...p.titleRoles].sort((a,b)=>p.scores[b]-p.scores[a])[0]!;
  const ranked = Object.entries(p.scores).sort((a,b)=>b[1]-a[1]);
  console.log(f, labels.confidence.padEnd(6), `L:${labels.role}/${labels.mismatch?'MIS':'ok '}`.padEnd(24), `P:${p.dutyRole}`.padEnd(20), p.confidence.padEnd(6), `tot ${p.total.toFixed(1).padStart(5)}`, `duty ${p.scores[p.dutyRole].toFixed(2)} title(${bt}) ${p.scores[bt].toFixed(2)} diff ${(p.scores[p.dutyRole]-p.scores[bt]).toFixed(2)}`, `2nd ${ranked[1]![0]} ${ranked[1]![1]}`, p.mismatch?'MIS':'');
}
