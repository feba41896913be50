#!/usr/bin/env node
/** The floor as a command: `node floor-cli.mjs <file or directory>...`, one file at a time, like jdlint's CLI. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { floor } from './floor.mjs';

let total = 0;
let files = 0;
for (const arg of process.argv.slice(2)) {
  const list = statSync(arg).isDirectory() ? readdirSync(arg).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(arg, f)) : [arg];
  for (const file of list) {
    total += floor(readFileSync(file, 'utf8'));
    files++;
  }
}
process.stdout.write(`${files} files, ${total} units\n`);
