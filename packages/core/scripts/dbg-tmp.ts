import { readFileSync } from 'node:fs';
import { analyze } from '../src/index.js';
for (const f of process.argv.slice(2)) {
  const text = readFileSync(f, 'utf8');
  const r = analyze(text) as any;
  const p = r.profile;
  console.log('==', f, 'title', JSON.stringify(p.titleRoles), 'duty', p.dutyRole, p.confidence, 'total', p.total, JSON.stringify(p.raw));
  console.log('  sections', JSON.stringify((r.posting?.sections ?? []).map((s: any) => s.kind)));
  console.log('  ev', p.evidence.slice(0, 10).map((e: any) => `${e.text}/${e.role}/${e.weight}/${e.section}`).join(' | '));
}
