/** Reading packages/core/data/*.yml, shared by the lexicon validators. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export type Raw = Record<string, unknown>;

export const dataDir = fileURLToPath(new URL('../data/', import.meta.url));

/** Parses one data file; a file that is not a YAML mapping is a programming error, so it throws. */
export function loadDataFile(name: string): Raw {
  const data = parse(readFileSync(dataDir + name, 'utf8')) as Raw;
  if (!data || typeof data !== 'object') throw new Error(`${name}: not a YAML mapping`);
  return data;
}

/** Each file's `meta` block, which must carry a title (it heads docs/lexicons.md). */
export function collectMeta(files: ReadonlyArray<readonly [string, Raw]>, errors: string[]): Record<string, Raw> {
  const meta: Record<string, Raw> = {};
  for (const [name, file] of files) {
    const m = file['meta'] as Raw | undefined;
    if (!m || typeof m['title'] !== 'string') errors.push(`${name}: meta.title is required`);
    meta[name] = m ?? {};
  }
  return meta;
}

/** A list of strings (numbers are read as strings); an error when it is not a list, or missing and required. */
export function stringList(value: unknown, where: string, errors: string[], required = false): string[] {
  if (value === undefined) {
    if (required) errors.push(`${where}: required`);
    return [];
  }
  if (!Array.isArray(value)) {
    errors.push(`${where}: expected a list`);
    return [];
  }
  return value.map((v, i) => {
    if (typeof v !== 'string' && typeof v !== 'number') errors.push(`${where}[${i}]: expected a string`);
    return String(v);
  });
}

/** One table of a generated lexicon module: its export name, its type (from lexicon/types.ts) and its value. */
export interface GeneratedTable {
  name: string;
  type: string;
  value: unknown;
}

/**
 * A generated lexicon module: each table is one `JSON.parse` of one string, which V8 reads much
 * faster than the same data as an object literal, and which keeps the file a few lines long. The
 * types are the hand-written ones in lexicon/types.ts; the data is validated before it gets here.
 */
export function renderTableModule(file: string, types: readonly string[], tables: readonly GeneratedTable[]): string {
  const lines = [`// Generated from packages/core/data/${file} by scripts/generate.ts — do not edit.`, `import type { ${[...types].sort().join(', ')} } from '../types.js';`, ''];
  for (const t of tables) lines.push(`export const ${t.name}: ${t.type} = JSON.parse(${jsonSource(t.value)});`);
  return lines.join('\n') + '\n';
}

/** `value` as JSON inside a single-quoted JavaScript string (fewer escapes than JSON-in-JSON). */
export function jsonSource(value: unknown): string {
  return `'${JSON.stringify(value).replace(/[\\']/g, (c) => '\\' + c)}'`;
}
