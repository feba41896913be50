/**
 * Reads and validates packages/core/data/*.yml (the source of truth for lexicons), the way
 * retext-equality's generate script does: every entry sourced, ids unique, terms trimmed and
 * lowercase, no term in two entries, every role known. Used by generate.ts and by the tests.
 */
import { collectMeta, loadDataFile, stringList, type Raw } from './data-files.js';
import { type CueData, validateCues } from './cue-data.js';
import { loadQualityData, type QualityData } from './quality-data.js';
import { checkSource } from './source-codes.js';

import { ROLES } from '../src/lexicon/roles.js';
import { STRENGTHS as STRENGTH_NAMES } from '../src/lexicon/types.js';

/** The role ids and strengths a data file may name: core's own lists (lexicon/roles.ts, lexicon/types.ts). */
export const ROLE_IDS: readonly string[] = ROLES;
const STRENGTHS: readonly string[] = STRENGTH_NAMES;



export interface LexiconData {
  roles: Raw[];
  dutyPatterns: Raw[];
  questions: Raw[];
  questionCues: Raw[];
  titles: { role_nouns: Raw[]; generic_nouns: Raw[]; qualifiers: Raw[]; strip: Raw[]; vague: Raw[] };
  technologies: { kinds: Raw[]; entries: Raw[] };
  payTransparency: { jurisdictions: Raw[]; vaguePay: Raw[] };
  meta: Record<string, Raw>;
  /** The job-ad quality lexicons (phrases, gender-coded words, tech spellings, citations). */
  quality: QualityData;
  /** The cue lists (cues.yml); empty when validateLexiconData is given no cues file. */
  cues: CueData;
}

/** YYYY-MM-DD, YYYY-MM or YYYY, and a real calendar date. */
export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function checkDate(value: unknown, where: string, errors: string[]): void {
  const m = typeof value === 'string' ? PARTIAL_DATE.exec(value) : null;
  if (!m) {
    errors.push(`${where}: expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got ${JSON.stringify(value)}`);
    return;
  }
  const [, y, mo = '01', d = '01'] = m;
  const date = new Date(`${y}-${mo}-${d}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${y}-${mo}-${d}`) errors.push(`${where}: ${String(value)} is not a calendar date`);
}

function text(entry: Raw, key: string, where: string, errors: string[]): void {
  if (typeof entry[key] !== 'string' || String(entry[key]).trim() === '') errors.push(`${where}: ${key} must be a non-empty string`);
}

/** Terms of one file: trimmed (and lowercase unless case-sensitive), never in two entries. */
function checkTerms(entry: Raw, keys: [string, string], where: string, seen: Map<string, string>, errors: string[]): number {
  const terms = stringList(entry[keys[0]], `${where}.${keys[0]}`, errors);
  const cs = stringList(entry[keys[1]], `${where}.${keys[1]}`, errors);
  terms.forEach((t) => checkTerm(t, where, errors));
  cs.forEach((t) => checkTerm(t, where, errors, false));
  for (const t of terms) {
    const key = normalizeKey(t);
    const other = seen.get(key);
    if (other) errors.push(`${where}: term "${t}" is also in entry ${other}`);
    seen.set(key, String(entry['id']));
  }
  for (const t of cs) {
    const key = `cs:${t}`;
    const other = seen.get(key);
    if (other) errors.push(`${where}: term "${t}" is also in entry ${other}`);
    seen.set(key, String(entry['id']));
  }
  return terms.length + cs.length;
}

function checkTechnologies(file: Raw, errors: string[]): { kinds: Raw[]; entries: Raw[] } {
  const kinds = (file['kinds'] as Raw[]) ?? [];
  const entries = (file['entries'] as Raw[]) ?? [];
  const kindIds = new Set<string>();
  kinds.forEach((kind, i) => {
    const where = `technologies.yml kinds[${i}]`;
    const id = kind['id'];
    if (typeof id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) errors.push(`${where}: id must be kebab-case`);
    else if (kindIds.has(id)) errors.push(`${where}: duplicate kind ${id}`);
    else kindIds.add(id);
    text(kind, 'label', where, errors);
    for (const flag of ['competing', 'tool']) if (typeof kind[flag] !== 'boolean') errors.push(`${where}: ${flag} must be true or false`);
  });
  const ids = new Set<string>();
  const seen = new Map<string, string>();
  entries.forEach((entry, i) => {
    const where = `technologies.yml entries[${i}]`;
    checkCommon(entry, where, ids, errors);
    text(entry, 'name', where, errors);
    if (!kindIds.has(String(entry['kind']))) errors.push(`${where}: unknown kind ${String(entry['kind'])}`);
    if (checkTerms(entry, ['terms', 'case_sensitive'], where, seen, errors) === 0) errors.push(`${where}: needs at least one term`);
    if (entry['released'] !== undefined) {
      checkDate(entry['released'], `${where}.released`, errors);
      // A date without its evidence cannot be checked by a reader of the message.
      text(entry, 'evidence', where, errors);
    } else if (entry['evidence'] !== undefined) errors.push(`${where}: evidence without a released date`);
  });
  return { kinds, entries };
}

function checkPayTransparency(file: Raw, errors: string[]): { jurisdictions: Raw[]; vaguePay: Raw[] } {
  const jurisdictions = (file['jurisdictions'] as Raw[]) ?? [];
  const vaguePay = (file['vague_pay'] as Raw[]) ?? [];
  const ids = new Set<string>();
  const places = new Map<string, string>();
  const codes = new Map<string, string>();
  jurisdictions.forEach((entry, i) => {
    const where = `pay-transparency.yml jurisdictions[${i}]`;
    checkCommon(entry, where, ids, errors);
    for (const key of ['name', 'law', 'who']) text(entry, key, where, errors);
    checkDate(entry['effective'], `${where}.effective`, errors);
    if (checkTerms(entry, ['places', 'places_case_sensitive'], where, places, errors) === 0) errors.push(`${where}: needs at least one place`);
    for (const code of stringList(entry['codes'], `${where}.codes`, errors)) {
      if (!/^[A-Z]{2}$/.test(code)) errors.push(`${where}: code ${JSON.stringify(code)} must be two capital letters`);
      const other = codes.get(code);
      if (other) errors.push(`${where}: code ${code} is also in ${other}`);
      codes.set(code, String(entry['id']));
    }
  });
  jurisdictions.forEach((entry, i) => {
    const within = entry['within'];
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- YAML values: whatever the file holds is shown as text
    if (within !== undefined && (!ids.has(String(within)) || within === entry['id'])) errors.push(`pay-transparency.yml jurisdictions[${i}]: unknown within ${String(within)}`);
  });
  const vagueIds = new Set<string>();
  const vagueSeen = new Map<string, string>();
  vaguePay.forEach((entry, i) => {
    const where = `pay-transparency.yml vague_pay[${i}]`;
    checkCommon(entry, where, vagueIds, errors);
    if (checkTerms(entry, ['terms', 'case_sensitive'], where, vagueSeen, errors) === 0) errors.push(`${where}: needs at least one term`);
    if (entry['pay_context'] !== undefined && typeof entry['pay_context'] !== 'boolean') errors.push(`${where}: pay_context must be true or false`);
  });
  return { jurisdictions, vaguePay };
}

export function normalizeKey(term: string): string {
  return term.toLowerCase().replace(/[-\s]+/g, ' ').trim();
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

/** The parsed data files, by name. */
export interface LexiconFiles {
  roles: Raw;
  dutyPatterns: Raw;
  titles: Raw;
  questions: Raw;
  technologies: Raw;
  payTransparency: Raw;
  /** cues.yml; optional so that tests of the other files need not build one. */
  cues?: Raw;
}

/** Loads every data file and returns it with the list of validation errors (empty when valid). */
export function loadLexiconData(): { data: LexiconData; errors: string[] } {
  return validateLexiconData({
    roles: loadDataFile('roles.yml'),
    dutyPatterns: loadDataFile('duty-patterns.yml'),
    titles: loadDataFile('titles.yml'),
    questions: loadDataFile('questions.yml'),
    technologies: loadDataFile('technologies.yml'),
    payTransparency: loadDataFile('pay-transparency.yml'),
    cues: loadDataFile('cues.yml'),
  });
}

/** Validates parsed data files (see loadLexiconData); pure, so tests can feed it broken data. */
export function validateLexiconData(files: LexiconFiles): { data: LexiconData; errors: string[] } {
  const errors: string[] = [];
  const { roles: rolesFile, dutyPatterns: dutyFile, titles: titlesFile, questions: questionsFile, technologies: technologiesFile, payTransparency: payFile } = files;

  const roles = (rolesFile['entries'] as Raw[]) ?? [];
  const ids = new Set<string>();
  const seen = new Map<string, string>();
  roles.forEach((entry, i) => {
    const where = `roles.yml entries[${i}]`;
    checkCommon(entry, where, ids, errors);
    const terms = stringList(entry['terms'], `${where}.terms`, errors);
    const cs = stringList(entry['case_sensitive'], `${where}.case_sensitive`, errors);
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
    stringList(entry['context'], `${where}.context`, errors).forEach((t) => checkTerm(t, `${where}.context`, errors));
    checkRoles(entry['roles'], where, errors);
  });

  const dutyPatterns = (dutyFile['entries'] as Raw[]) ?? [];
  dutyPatterns.forEach((entry, i) => {
    const where = `duty-patterns.yml entries[${i}]`;
    checkCommon(entry, where, ids, errors);
    const verbs = stringList(entry['verbs'], `${where}.verbs`, errors);
    const objects = stringList(entry['objects'], `${where}.objects`, errors);
    if (verbs.length === 0 || objects.length === 0) errors.push(`${where}: needs verbs and objects`);
    [...verbs, ...objects].forEach((t) => checkTerm(t, where, errors));
    checkRoles(entry['roles'], where, errors);
  });

  const titles = {
    role_nouns: (titlesFile['role_nouns'] as Raw[]) ?? [],
    generic_nouns: (titlesFile['generic_nouns'] as Raw[]) ?? [],
    qualifiers: (titlesFile['qualifiers'] as Raw[]) ?? [],
    strip: (titlesFile['strip'] as Raw[]) ?? [],
    vague: (titlesFile['vague'] as Raw[]) ?? [],
  };
  const titleSeen = new Map<string, string>();
  for (const [kind, list] of Object.entries(titles)) {
    list.forEach((entry, i) => {
      const where = `titles.yml ${kind}[${i}]`;
      checkCommon(entry, where, ids, errors);
      const roleless = kind === 'strip' || kind === 'vague';
      if (!roleless && !ROLE_IDS.includes(String(entry['role']))) errors.push(`${where}: unknown role ${String(entry['role'])}`);
      for (const t of stringList(entry['terms'], `${where}.terms`, errors)) {
        checkTerm(t, where, errors);
        const key = `${roleless ? kind : 'word'}:${normalizeKey(t)}`;
        const other = titleSeen.get(key);
        if (other) errors.push(`${where}: title term "${t}" is also in ${other}`);
        titleSeen.set(key, String(entry['id']));
      }
    });
  }

  const technologies = checkTechnologies(technologiesFile, errors);
  const payTransparency = checkPayTransparency(payFile, errors);

  // questions.yml: two sides per question, each with a known role; cues point at a known
  // question and side, name entries that exist, and bring terms no role entry already has.
  const questions = (questionsFile['questions'] as Raw[]) ?? [];
  const questionIds = new Map<string, string[]>();
  const questionSeen = new Set<string>();
  questions.forEach((entry, i) => {
    const where = `questions.yml questions[${i}]`;
    checkCommon(entry, where, questionSeen, errors);
    for (const key of ['question', 'unclear', 'ask', 'both']) {
      if (typeof entry[key] !== 'string' || String(entry[key]).trim() === '') errors.push(`${where}: ${key} must be a sentence`);
    }
    const sides = entry['sides'];
    if (!sides || typeof sides !== 'object' || Array.isArray(sides) || Object.keys(sides).length !== 2) {
      errors.push(`${where}: sides must map exactly two side ids to { label, role, answer, because }`);
      return;
    }
    for (const [side, value] of Object.entries(sides as Record<string, Raw>)) {
      if (!ROLE_IDS.includes(String(value?.['role']))) errors.push(`${where}.sides.${side}: unknown role ${String(value?.['role'])}`);
      for (const key of ['label', 'answer', 'because']) if (typeof value?.[key] !== 'string') errors.push(`${where}.sides.${side}: ${key} must be a string`);
    }
    questionIds.set(String(entry['id']), Object.keys(sides));
  });
  const knownEntries = new Set([...roles, ...dutyPatterns].map((e) => String(e['id'])));
  const questionCues = (questionsFile['cues'] as Raw[]) ?? [];
  const cueTerms = new Map<string, string>();
  questionCues.forEach((entry, i) => {
    const where = `questions.yml cues[${i}]`;
    checkCommon(entry, where, questionSeen, errors);
    const sides = questionIds.get(String(entry['question']));
    if (!sides) errors.push(`${where}: unknown question ${String(entry['question'])}`);
    else if (!sides.includes(String(entry['side']))) errors.push(`${where}: unknown side ${String(entry['side'])} (known: ${sides.join(', ')})`);
    const entries = stringList(entry['entries'], `${where}.entries`, errors);
    const terms = stringList(entry['terms'], `${where}.terms`, errors);
    if (entries.length + terms.length === 0) errors.push(`${where}: needs entries or terms`);
    for (const id of entries) if (!knownEntries.has(id)) errors.push(`${where}: entry ${id} is in neither roles.yml nor duty-patterns.yml`);
    for (const t of terms) {
      checkTerm(t, where, errors);
      const key = normalizeKey(t);
      if (seen.has(key)) errors.push(`${where}: term "${t}" is a role term (entry ${seen.get(key)}); name that entry instead`);
      const other = cueTerms.get(key);
      if (other) errors.push(`${where}: term "${t}" is also in cue ${other}`);
      cueTerms.set(key, String(entry['id']));
    }
  });

  const meta = collectMeta(
    [
    ['roles.yml', rolesFile],
    ['duty-patterns.yml', dutyFile],
    ['titles.yml', titlesFile],
    ['questions.yml', questionsFile],
    ['technologies.yml', technologiesFile],
    ['pay-transparency.yml', payFile],
    ],
    errors,
  );
  const quality = loadQualityData();
  errors.push(...quality.errors);
  const codes = new Set(quality.data.sources.map((s) => String(s['code'])));
  // Every entry's source is a URL, contains one or cites codes, every code resolves in sources.yml,
  // and none points at a § section of notes outside the repository (source-codes.ts, the check the
  // quality and cue data get too). A missing source is reported once, by checkCommon.
  const cited: Array<[string, Raw[]]> = [
    ['roles.yml', roles],
    ['duty-patterns.yml', dutyPatterns],
    ['titles.yml', Object.values(titles).flat()],
    ['technologies.yml', technologies.entries],
    ['pay-transparency.yml', [...payTransparency.jurisdictions, ...payTransparency.vaguePay]],
    ['questions.yml', [...questions, ...questionCues]],
  ];
  for (const [name, entries] of cited) {
    for (const entry of entries) {
      const source = entry['source'];
      if (typeof source !== 'string' || source.trim() === '') continue;
      checkSource(source, `${name} (${String(entry['id'])})`, codes, errors);
    }
  }
  const cues = files.cues ? validateCues(files.cues, codes, errors) : { lists: {} };
  if (files.cues) Object.assign(meta, collectMeta([['cues.yml', files.cues]], errors));
  return { data: { roles, dutyPatterns, questions, questionCues, titles, technologies, payTransparency, meta, quality: quality.data, cues }, errors };
}
