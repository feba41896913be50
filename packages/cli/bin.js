#!/usr/bin/env node
import { existsSync } from 'node:fs';
import module from 'node:module';

// Node 22.1+ keeps compiled code between runs; older Node has no such API and skips this.
module.enableCompileCache?.();
// The single-file bundle (made by `pnpm build`) starts faster; the tsc output is the fallback.
const bundle = new URL('./dist/jdlint.bundle.js', import.meta.url);
const { run } = await import(process.env.JDLINT_NO_BUNDLE !== '1' && existsSync(bundle) ? bundle.href : './dist/index.js');
run();
