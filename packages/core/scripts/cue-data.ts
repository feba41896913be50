/**
 * Reads and validates packages/core/data/cues.yml: exactly the lists the code reads
 * (`CUE_LIST_KINDS` in src/lexicon/types.ts), each of its kind, every entry with a kebab-case id
 * unique in the file, terms trimmed and lowercase (fields snake_case), no term twice in a list,
 * and a source citing codes that resolve in sources.yml. Renders the generated table.
 */
import { CUE_LIST_KINDS, type CueListName } from '../src/lexicon/types.js';
import { renderTableModule, stringList, type Raw } from './data-files.js';
import { checkSource } from './source-codes.js';

/** The field of an entry that holds its terms, by the list's kind. */
const FIELD = { phrases: 'phrases', words: 'words', fields: 'fields' } as const;

export interface CueData {
  lists: Record<string, { kind: string; what: string; entries: Raw[] }>;
}

function termKey(kind: string, term: string): string {
  // The phrase matcher reads hyphen and space variants alike; words and fields are compared as they stand.
  return kind === 'phrases' ? term.replace(/[-\s]+/g, ' ') : term;
}

function checkTerm(kind: string, term: string, where: string, errors: string[]): void {
  if (term === '' || term !== term.trim()) errors.push(`${where}: term ${JSON.stringify(term)} must be trimmed and non-empty`);
  else if (term !== term.toLowerCase()) errors.push(`${where}: term ${JSON.stringify(term)} must be lowercase`);
  else if (kind === 'fields' && !/^[a-z][a-z0-9_]*$/.test(term)) errors.push(`${where}: field ${JSON.stringify(term)} must be a snake_case key`);
  else if (kind === 'words' && /\s/.test(term)) errors.push(`${where}: word ${JSON.stringify(term)} must be one word (a phrase belongs in a phrases list)`);
}

/** Validates cues.yml (parsed) against the lists the code reads; `codes` are the codes of sources.yml. */
export function validateCues(file: Raw, codes: ReadonlySet<string>, errors: string[]): CueData {
  const raw = file['lists'];
  const lists: CueData['lists'] = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    errors.push('cues.yml: lists must map list names to { kind, what, entries }');
    return { lists };
  }
  const given = raw as Record<string, Raw>;
  for (const name of Object.keys(CUE_LIST_KINDS)) if (!(name in given)) errors.push(`cues.yml: list ${name} is missing (the code reads it)`);
  const ids = new Set<string>();
  for (const [name, list] of Object.entries(given)) {
    const where = `cues.yml lists.${name}`;
    const kind = CUE_LIST_KINDS[name as CueListName] as string | undefined;
    if (kind === undefined) {
      errors.push(`${where}: unknown list (known: ${Object.keys(CUE_LIST_KINDS).join(', ')})`);
      continue;
    }
    if (list['kind'] !== kind) errors.push(`${where}: kind must be ${kind} (the code reads it so), got ${JSON.stringify(list['kind'])}`);
    if (typeof list['what'] !== 'string' || list['what'].trim() === '') errors.push(`${where}: what must say what the list is for`);
    for (const k of Object.keys(list)) if (!['kind', 'what', 'entries'].includes(k)) errors.push(`${where}: unknown field ${k}`);
    const entries = Array.isArray(list['entries']) ? (list['entries'] as Raw[]) : [];
    if (entries.length === 0) errors.push(`${where}: entries must be a non-empty list`);
    const seen = new Map<string, string>();
    const field = FIELD[kind as keyof typeof FIELD];
    entries.forEach((entry, i) => {
      const at = `${where}.entries[${i}]`;
      const id = entry['id'];
      if (typeof id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) errors.push(`${at}: id must be kebab-case, got ${JSON.stringify(id)}`);
      else if (ids.has(id)) errors.push(`${at}: duplicate id ${id}`);
      else ids.add(id);
      for (const k of Object.keys(entry)) if (!['id', field, 'note', 'source'].includes(k)) errors.push(`${at}: unknown field ${k} (a ${kind} list holds ${field})`);
      const terms = stringList(entry[field], `${at}.${field}`, errors, true);
      if (terms.length === 0) errors.push(`${at}: needs at least one of ${field}`);
      for (const t of terms) {
        checkTerm(kind, t, at, errors);
        const key = termKey(kind, t);
        const other = seen.get(key);
        if (other !== undefined) errors.push(`${at}: term ${JSON.stringify(t)} is ${other === String(id) ? 'listed twice' : `also in entry ${other}`}`);
        seen.set(key, String(id));
      }
      checkSource(entry['source'], at, codes, errors);
    });
    lists[name] = { kind, what: String(list['what']), entries };
  }
  return { lists };
}

/** The generated table: each list's entries with their terms under one name, in the data's order. */
export function renderCueFile(data: CueData): Record<string, string> {
  const value = Object.fromEntries(
    Object.keys(CUE_LIST_KINDS).map((name) => {
      const list = data.lists[name];
      const field = FIELD[CUE_LIST_KINDS[name as CueListName]];
      return [name, (list?.entries ?? []).map((e) => ({ id: e['id'], terms: stringList(e[field], '', []), source: e['source'] }))];
    }),
  );
  return { 'packages/core/src/lexicon/generated/cues.generated.ts': renderTableModule('cues.yml', ['CueLists'], [{ name: 'cueLists', type: 'CueLists', value }]) };
}

/** Rows for docs/lexicons.md: one per cue list. */
export function cueDocRows(data: CueData): string[] {
  const rows = ['', '## Cue lists', '', 'From `cues.yml`: the small lists that say what a nearby word means.', '', '| list | kind | what it tells | entries | terms |', '|---|---|---|---|---|'];
  for (const [name, list] of Object.entries(data.lists)) {
    const field = FIELD[list.kind as keyof typeof FIELD];
    const terms = list.entries.reduce((n, e) => n + stringList(e[field], '', []).length, 0);
    rows.push(`| \`${name}\` | ${list.kind} | ${list.what} | ${list.entries.length} | ${terms} |`);
  }
  return rows;
}
