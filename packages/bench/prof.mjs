import { readdirSync, readFileSync } from 'node:fs';
import { analyze, warmUp } from '@jdlint/core';
warmUp();
const dir = process.argv[2];
const texts = readdirSync(dir).sort().map((f) => readFileSync(dir + '/' + f, 'utf8'));
for (const t of texts.slice(0, 30)) analyze(t);
const s = performance.now();
for (let k = 0; k < 3; k++) for (const t of texts) analyze(t);
console.log((performance.now() - s) / texts.length / 3);
