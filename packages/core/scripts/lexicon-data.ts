/**
 * Reads and validates packages/core/data/*.yml (the source of truth for lexicons), the way
 * retext-equality's generate script does: every entry sourced, ids unique, terms trimmed and
 * lowercase, no term in two entries, every role known. Used by generate.ts and by the tests.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ROLE_IDS = ['ai-engineer', 'ml-engineer', 'data-scientist', 'data-engineer', 'mlops', 'research-scientist', 'software-engineer', 'other'];
const STRENGTHS = ['strong', 'medium', 'weak'];

export const dataDir = fileURLToPath(new URL('../data/', import.meta.url));

type Raw = Record<string, unknown>;

export interface LexiconData {
  roles: Raw[];
  dutyPatterns: Raw[];
  titles: { role_nouns: Raw[]; generic_nouns: Raw[]; qualifiers: Raw[]; strip: Raw[] };
  meta: Record<string, Raw>;
}

export function normalizeKey(term: string): string {
  return term.toLowerCase().replace(/[-\s]+/g, ' ').trim();
}

function load(name: string): Raw {
  const text = readFileSync(dataDir + name, 'utf8');
  const data = parse(text) as Raw;
  if (!data || typeof data !== 'object') throw new Error(`${name}: not a YAML mapping`);
  return data;
}

function strings(value: unknown, where: string, errors: string[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    errors.push(`${where}: expected a list`);
    return [];
  }
  return value.map((v, i) => {
    if (typeof v !== 'string' && typeof v !== 'number') errors.push(`${where}[${i}]: expected a string`);
    return String(v);
  });
}

function checkCommon(entry: Raw, where: string, ids: Set<string>, errors: string[]): void {
  const id = entry['id'];
  if (typeof id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) errors.push(`${where}: id must be kebab-case, got ${JSON.stringify(id)}`);
  else if (ids.has(id)) errors.push(`${where}: duplicate id ${id}`);
  else ids.add(id);
  const source = entry['source'];
  if (typeof source !== 'string' || source.trim() === '') errors.push(`${where} (${String(id)}): every entry needs a source`);
}

function checkRoles(value: unknown, where: string, errors: string[]): void {
  if (!value || typeof value !== 'object' || Array.isArray(value) || Object.keys(value).length === 0) {
    errors.push(`${where}: roles must map at least one role to a strength`);
    return;
  }
  for (const [role, strength] of Object.entries(value)) {
    if (!ROLE_IDS.includes(role)) errors.push(`${where}: unknown role ${role}`);
    if (!STRENGTHS.includes(String(strength))) errors.push(`${where}: unknown strength ${String(strength)} for ${role}`);
  }
}

function checkTerm(term: string, where: string, errors: string[], lower = true): void {
  if (term !== term.trim() || term === '') errors.push(`${where}: term ${JSON.stringify(term)} must be trimmed and non-empty`);
  if (lower && term !== term.toLowerCase()) errors.push(`${where}: term ${JSON.stringify(term)} must be lowercase`);
}

/** Loads every data file and returns it with the list of validation errors (empty when valid). */
export function loadLexiconData(): { data: LexiconData; errors: string[] } {
  const errors: string[] = [];
  const rolesFile = load('roles.yml');
  const dutyFile = load('duty-patterns.yml');
  const titlesFile = load('titles.yml');

  const roles = (rolesFile['entries'] as Raw[]) ?? [];
  const ids = new Set<string>();
  const seen = new Map<string, string>();
  roles.forEach((entry, i) => {
    const where = `roles.yml entries[${i}]`;
    checkCommon(entry, where, ids, errors);
    const terms = strings(entry['terms'], `${where}.terms`, errors);
    const cs = strings(entry['case_sensitive'], `${where}.case_sensitive`, errors);
    if (terms.length + cs.length === 0) errors.push(`${where}: needs at least one term`);
    terms.forEach((t) => checkTerm(t, where, errors));
    cs.forEach((t) => checkTerm(t, where, errors, false));
    for (const t of [...terms, ...cs]) {
      const key = normalizeKey(t);
      const other = seen.get(key);
      if (other && other !== entry['id']) errors.push(`${where}: term "${t}" is also in entry ${other}`);
      else if (other === entry['id'] && !cs.includes(t)) errors.push(`${where}: term "${t}" is listed twice`);
      seen.set(key, String(entry['id']));
    }
    strings(entry['context'], `${where}.context`, errors).forEach((t) => checkTerm(t, `${where}.context`, errors));
    checkRoles(entry['roles'], where, errors);
  });

  const dutyPatterns = (dutyFile['entries'] as Raw[]) ?? [];
  dutyPatterns.forEach((entry, i) => {
    const where = `duty-patterns.yml entries[${i}]`;
    checkCommon(entry, where, ids, errors);
    const verbs = strings(entry['verbs'], `${where}.verbs`, errors);
    const objects = strings(entry['objects'], `${where}.objects`, errors);
    if (verbs.length === 0 || objects.length === 0) errors.push(`${where}: needs verbs and objects`);
    [...verbs, ...objects].forEach((t) => checkTerm(t, where, errors));
    checkRoles(entry['roles'], where, errors);
  });

  const titles = {
    role_nouns: (titlesFile['role_nouns'] as Raw[]) ?? [],
    generic_nouns: (titlesFile['generic_nouns'] as Raw[]) ?? [],
    qualifiers: (titlesFile['qualifiers'] as Raw[]) ?? [],
    strip: (titlesFile['strip'] as Raw[]) ?? [],
  };
  const titleSeen = new Map<string, string>();
  for (const [kind, list] of Object.entries(titles)) {
    list.forEach((entry, i) => {
      const where = `titles.yml ${kind}[${i}]`;
      checkCommon(entry, where, ids, errors);
      if (kind !== 'strip' && !ROLE_IDS.includes(String(entry['role']))) errors.push(`${where}: unknown role ${String(entry['role'])}`);
      for (const t of strings(entry['terms'], `${where}.terms`, errors)) {
        checkTerm(t, where, errors);
        const key = `${kind === 'strip' ? 'strip' : 'word'}:${normalizeKey(t)}`;
        const other = titleSeen.get(key);
        if (other) errors.push(`${where}: title term "${t}" is also in ${other}`);
        titleSeen.set(key, String(entry['id']));
      }
    });
  }

  const meta: Record<string, Raw> = {};
  for (const [name, file] of [['roles.yml', rolesFile], ['duty-patterns.yml', dutyFile], ['titles.yml', titlesFile]] as const) {
    const m = file['meta'] as Raw | undefined;
    if (!m || typeof m['title'] !== 'string') errors.push(`${name}: meta.title is required`);
    meta[name] = m ?? {};
  }
  return { data: { roles, dutyPatterns, titles, meta }, errors };
}
