/**
 * Reads and validates the job-ad quality lexicons (phrases.yml, gender-coded.yml,
 * tech-spellings.yml, sources.yml) the way lexicon-data.ts validates the role lexicons: every entry
 * sourced with a code that resolves in sources.yml (or a URL), ids unique and kebab-case, terms
 * trimmed and lowercase, no term in two entries, and the fields each rule needs present.
 */
import { collectMeta, loadDataFile, renderTableModule, stringList, type Raw } from './data-files.js';
import { checkSource } from './source-codes.js';


/** Hyphen and space variants are one term (the matcher treats them alike). */
function normalizeKey(term: string): string {
  return term.toLowerCase().replace(/[-\s]+/g, ' ').trim();
}


export const QUALITY_RULES = ['no-buzzword-title', 'no-cliche', 'no-vague-requirement', 'no-unquantified-experience', 'no-open-ended-duties'];

export interface QualityData {
  phrases: Raw[];
  /** phrases.yml `checkable`: words that give a requirement a level anyone can check (C1, certified). */
  checkable: Raw[];
  gender: { gendered: Raw[]; coded: Raw[]; alternatives: Raw[]; exceptions: Raw[] };
  spellings: Raw[];
  sources: Raw[];
  meta: Record<string, Raw>;
}



function text(entry: Raw, key: string, where: string, errors: string[]): string {
  const value = entry[key];
  if (typeof value !== 'string' || value.trim() === '') {
    errors.push(`${where}: ${key} must be a non-empty string`);
    return '';
  }
  if (value !== value.trim()) errors.push(`${where}: ${key} must be trimmed`);
  return value;
}

function term(t: string, where: string, errors: string[], lower = true): void {
  if (t !== t.trim() || t === '') errors.push(`${where}: term ${JSON.stringify(t)} must be trimmed and non-empty`);
  if (lower && t !== t.toLowerCase()) errors.push(`${where}: term ${JSON.stringify(t)} must be lowercase`);
}

function id(entry: Raw, where: string, ids: Set<string>, errors: string[]): string {
  const value = entry['id'];
  if (typeof value !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value)) {
    errors.push(`${where}: id must be kebab-case, got ${JSON.stringify(value)}`);
    return String(value);
  }
  if (ids.has(value)) errors.push(`${where}: duplicate id ${value}`);
  ids.add(value);
  return value;
}

function source(entry: Raw, where: string, codes: Set<string>, errors: string[]): void {
  checkSource(entry['source'], where, codes, errors);
}

/** Tracks normalized terms across entries: no term in two entries, none listed twice. */
class Seen {
  readonly #map = new Map<string, string>();
  constructor(readonly file: string) {}
  add(t: string, owner: string, where: string, errors: string[], key = normalizeKey(t)): void {
    const other = this.#map.get(key);
    if (other === owner) errors.push(`${where}: term "${t}" is listed twice`);
    else if (other) errors.push(`${where}: term "${t}" is also in entry ${other}`);
    this.#map.set(key, owner);
  }
}

export function loadQualityData(): { data: QualityData; errors: string[] } {
  const errors: string[] = [];
  const sourcesFile = loadDataFile('sources.yml');
  const phrasesFile = loadDataFile('phrases.yml');
  const genderFile = loadDataFile('gender-coded.yml');
  const spellingsFile = loadDataFile('tech-spellings.yml');

  const sources = (sourcesFile['sources'] as Raw[]) ?? [];
  const codes = new Set<string>();
  sources.forEach((s, i) => {
    const where = `sources.yml sources[${i}]`;
    const code = s['code'];
    if (typeof code !== 'string' || !/^[A-Z0-9][A-Z0-9-]*$/.test(code)) errors.push(`${where}: code must be upper-case letters, digits and hyphens`);
    else if (codes.has(code)) errors.push(`${where}: duplicate code ${code}`);
    else codes.add(code);
    text(s, 'cite', where, errors);
  });

  // phrases.yml
  const phrases = (phrasesFile['entries'] as Raw[]) ?? [];
  const phraseIds = new Set<string>();
  const phraseSeen = new Seen('phrases.yml');
  phrases.forEach((e, i) => {
    const where = `phrases.yml entries[${i}]`;
    const owner = id(e, where, phraseIds, errors);
    if (!QUALITY_RULES.includes(String(e['rule']))) errors.push(`${where} (${owner}): rule must be one of ${QUALITY_RULES.join(', ')}`);
    const ps = stringList(e['phrases'], `${where}.phrases`, errors);
    for (const p of ps) {
      term(p, where, errors);
      phraseSeen.add(p, owner, where, errors);
    }
    const pattern = e['pattern'] as Raw | undefined;
    if (pattern !== undefined) {
      if (!pattern || typeof pattern !== 'object') errors.push(`${where}: pattern must be a mapping`);
      else {
        const first = stringList(pattern['first'], `${where}.pattern.first`, errors, true);
        const then = stringList(pattern['then'], `${where}.pattern.then`, errors, true);
        for (const t of [...first, ...then]) term(t, `${where}.pattern`, errors);
        for (const [name, words] of [['first', first], ['then', then]] as const) {
          if (new Set(words.map(normalizeKey)).size !== words.length) errors.push(`${where}.pattern.${name}: a word is listed twice`);
        }
        const gap = pattern['gap'];
        // A template's gap spans a few modifiers; beyond eight words it would cross clauses.
        if (typeof gap !== 'number' || !Number.isInteger(gap) || gap < 0 || gap > 8) errors.push(`${where}.pattern.gap: an integer from 0 to 8`);
        if (pattern['loose'] !== undefined && typeof pattern['loose'] !== 'boolean') errors.push(`${where}.pattern.loose: a boolean`);
        for (const k of Object.keys(pattern)) if (!['first', 'then', 'gap', 'loose'].includes(k)) errors.push(`${where}.pattern: unknown field ${k}`);
      }
    }
    if (ps.length === 0 && pattern === undefined) errors.push(`${where} (${owner}): needs phrases or a pattern`);
    for (const flag of ['object', 'end', 'person']) if (e[flag] !== undefined && typeof e[flag] !== 'boolean') errors.push(`${where}: ${flag} must be a boolean`);
    stringList(e['not_after'], `${where}.not_after`, errors).forEach((t) => term(t, `${where}.not_after`, errors));
    stringList(e['not_before'], `${where}.not_before`, errors).forEach((t) => term(t, `${where}.not_before`, errors));
    text(e, 'instead', where, errors);
    const note = text(e, 'note', where, errors);
    if (/\(source:/.test(note)) errors.push(`${where}: note must not carry its source (it is added from \`source\`)`);
    if (stringList(e['suggest'], `${where}.suggest`, errors, true).length === 0) errors.push(`${where}: suggest needs at least one rewrite`);
    source(e, where, codes, errors);
    const known = ['id', 'rule', 'phrases', 'pattern', 'object', 'end', 'person', 'not_after', 'not_before', 'instead', 'suggest', 'note', 'source'];
    for (const k of Object.keys(e)) if (!known.includes(k)) errors.push(`${where}: unknown field ${k}`);
  });

  // phrases.yml checkable: level markers that make a requirement checkable.
  const checkable = (phrasesFile['checkable'] as Raw[]) ?? [];
  checkable.forEach((e, i) => {
    const where = `phrases.yml checkable[${i}]`;
    const owner = id(e, where, phraseIds, errors);
    for (const p of stringList(e['phrases'], `${where}.phrases`, errors, true)) {
      term(p, where, errors);
      phraseSeen.add(p, owner, where, errors);
    }
    text(e, 'note', where, errors);
    source(e, where, codes, errors);
    for (const k of Object.keys(e)) if (!['id', 'phrases', 'note', 'source'].includes(k)) errors.push(`${where}: unknown field ${k}`);
  });

  // gender-coded.yml
  const gender = {
    gendered: (genderFile['gendered'] as Raw[]) ?? [],
    coded: (genderFile['coded'] as Raw[]) ?? [],
    alternatives: (genderFile['alternatives'] as Raw[]) ?? [],
    exceptions: (genderFile['exceptions'] as Raw[]) ?? [],
  };
  const genderIds = new Set<string>();
  const genderedSeen = new Seen('gender-coded.yml');
  gender.gendered.forEach((e, i) => {
    const where = `gender-coded.yml gendered[${i}]`;
    const owner = id(e, where, genderIds, errors);
    const ps = stringList(e['phrases'], `${where}.phrases`, errors, true);
    for (const p of ps) {
      term(p, where, errors);
      genderedSeen.add(p, owner, where, errors);
    }
    if (stringList(e['replace'], `${where}.replace`, errors, true).length === 0) errors.push(`${where}: replace needs at least one word`);
    if (e['pronoun'] !== undefined && typeof e['pronoun'] !== 'boolean') errors.push(`${where}: pronoun must be a boolean`);
    text(e, 'note', where, errors);
    source(e, where, codes, errors);
  });
  const codedSeen = new Seen('gender-coded.yml');
  const codedWords = new Set<string>();
  gender.coded.forEach((e, i) => {
    const where = `gender-coded.yml coded[${i}]`;
    const owner = id(e, where, genderIds, errors);
    if (e['gender'] !== 'masculine' && e['gender'] !== 'feminine') errors.push(`${where}: gender must be masculine or feminine`);
    for (const w of stringList(e['words'], `${where}.words`, errors, true)) {
      term(w, where, errors);
      if (!/^[a-z][a-z-]*\*?$/.test(w)) errors.push(`${where}: word ${JSON.stringify(w)} must be letters, with at most a trailing *`);
      codedSeen.add(w, owner, where, errors, w);
      codedWords.add(w);
    }
    source(e, where, codes, errors);
  });
  gender.alternatives.forEach((e, i) => {
    const where = `gender-coded.yml alternatives[${i}]`;
    id(e, where, genderIds, errors);
    for (const w of stringList(e['words'], `${where}.words`, errors, true)) if (!codedWords.has(w)) errors.push(`${where}: ${w} is not a coded word`);
    if (stringList(e['suggest'], `${where}.suggest`, errors, true).length === 0) errors.push(`${where}: suggest needs at least one word`);
    source(e, where, codes, errors);
  });
  const exceptionSeen = new Seen('gender-coded.yml');
  gender.exceptions.forEach((e, i) => {
    const where = `gender-coded.yml exceptions[${i}]`;
    const owner = id(e, where, genderIds, errors);
    const words = stringList(e['words'], `${where}.words`, errors);
    const ps = stringList(e['phrases'], `${where}.phrases`, errors);
    const cs = stringList(e['case_sensitive'], `${where}.case_sensitive`, errors);
    if (words.length + ps.length + cs.length === 0) errors.push(`${where}: needs words, phrases or case_sensitive`);
    for (const w of words) {
      term(w, where, errors);
      exceptionSeen.add(w, owner, where, errors, `word:${w}`);
    }
    for (const p of ps) {
      term(p, where, errors);
      exceptionSeen.add(p, owner, where, errors, `phrase:${normalizeKey(p)}`);
    }
    for (const p of cs) term(p, where, errors, false);
    source(e, where, codes, errors);
  });

  // tech-spellings.yml
  const spellings = (spellingsFile['entries'] as Raw[]) ?? [];
  const spellingIds = new Set<string>();
  const wrongSeen = new Map<string, string>();
  const corrects = new Map<string, string>();
  spellings.forEach((e, i) => {
    const where = `tech-spellings.yml entries[${i}]`;
    const owner = id(e, where, spellingIds, errors);
    const correct = text(e, 'correct', where, errors);
    corrects.set(correct, owner);
    for (const w of stringList(e['wrong'], `${where}.wrong`, errors, true)) {
      term(w, where, errors, false);
      if (w === correct) errors.push(`${where}: wrong form ${JSON.stringify(w)} equals the correct form`);
      const other = wrongSeen.get(w);
      if (other) errors.push(`${where}: wrong form ${JSON.stringify(w)} is also in entry ${other}`);
      wrongSeen.set(w, owner);
    }
    source(e, where, codes, errors);
  });
  for (const [w, owner] of wrongSeen) {
    const other = corrects.get(w);
    if (other) errors.push(`tech-spellings.yml: wrong form ${JSON.stringify(w)} of ${owner} is the correct form of ${other}`);
  }

  const meta = collectMeta(
    [
    ['phrases.yml', phrasesFile],
    ['gender-coded.yml', genderFile],
    ['tech-spellings.yml', spellingsFile],
    ['sources.yml', sourcesFile],
    ],
    errors,
  );
  return { data: { phrases, checkable, gender, spellings, sources, meta }, errors };
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/** The generated TypeScript sources for the quality lexicons (sorted by id; typed). */
export function renderQualityFiles(data: QualityData): Record<string, string> {
  const byId = (a: Raw, b: Raw) => String(a['id']).localeCompare(String(b['id']));
  const files: Record<string, string> = {};
  const phrases = data.phrases.map((e) => {
    const p = e['pattern'] as Raw | undefined;
    return {
      id: e['id'],
      rule: e['rule'],
      phrases: strings(e['phrases']),
      pattern: p ? { first: strings(p['first']), then: strings(p['then']), gap: p['gap'], loose: p['loose'] === true } : null,
      object: e['object'] === true,
      end: e['end'] === true,
      person: e['person'] === true,
      notAfter: strings(e['not_after']),
      notBefore: strings(e['not_before']),
      instead: e['instead'],
      suggest: strings(e['suggest']),
      note: e['note'],
      source: e['source'],
    };
  });
  files['packages/core/src/lexicon/generated/phrases.generated.ts'] = renderTableModule('phrases.yml', ['QualityPhraseEntry', 'CheckableMarkerEntry'], [
    { name: 'qualityPhrases', type: 'readonly QualityPhraseEntry[]', value: phrases.sort((a, b) => byId(a, b)) },
    {
      name: 'checkableMarkers',
      type: 'readonly CheckableMarkerEntry[]',
      value: [...data.checkable].sort(byId).map((e) => ({ id: e['id'], phrases: strings(e['phrases']), source: e['source'] })),
    },
  ]);
  const g = data.gender;
  const gender = {
    gendered: [...g.gendered].sort(byId).map((e) => ({
      id: e['id'],
      phrases: strings(e['phrases']),
      pronoun: e['pronoun'] === true,
      replace: strings(e['replace']),
      note: e['note'],
      source: e['source'],
    })),
    coded: g.coded.map((e) => ({ id: e['id'], gender: e['gender'], words: strings(e['words']), source: e['source'] })),
    alternatives: [...g.alternatives].sort(byId).map((e) => ({ id: e['id'], words: strings(e['words']), suggest: strings(e['suggest']), source: e['source'] })),
    exceptions: [...g.exceptions].sort(byId).map((e) => ({
      id: e['id'],
      words: strings(e['words']),
      phrases: strings(e['phrases']),
      caseSensitive: strings(e['case_sensitive']),
      source: e['source'],
    })),
  };
  files['packages/core/src/lexicon/generated/gender.generated.ts'] = renderTableModule('gender-coded.yml', ['GenderLexicon'], [{ name: 'genderLexicon', type: 'GenderLexicon', value: gender }]);
  const spellings = [...data.spellings].sort(byId).map((e) => ({ id: e['id'], correct: e['correct'], wrong: strings(e['wrong']), source: e['source'] }));
  files['packages/core/src/lexicon/generated/tech-spellings.generated.ts'] = renderTableModule('tech-spellings.yml', ['TechSpellingEntry'], [
    { name: 'techSpellings', type: 'readonly TechSpellingEntry[]', value: spellings },
  ]);
  const sources = data.sources.map((s) => ({ code: s['code'], cite: s['cite'] }));
  files['packages/core/src/lexicon/generated/sources.generated.ts'] = renderTableModule('sources.yml', ['SourceCitation'], [
    { name: 'sourceCitations', type: 'readonly SourceCitation[]', value: sources },
  ]);
  return files;
}

/** Lines for docs/lexicons.md: one table row per quality data file, then the citations. */
export function qualityDocRows(data: QualityData): { rows: string[]; sections: string[] } {
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- YAML values: whatever the file holds is shown as text
  const desc = (name: string) => String(data.meta[name]?.['title'] ?? '');
  const g = data.gender;
  const rows = [
    `| \`phrases.yml\` | ${desc('phrases.yml')} | ${data.phrases.length} |`,
    `| \`gender-coded.yml\` | ${desc('gender-coded.yml')} | ${g.gendered.length + g.coded.length + g.alternatives.length + g.exceptions.length} |`,
    `| \`tech-spellings.yml\` | ${desc('tech-spellings.yml')} | ${data.spellings.length} |`,
    `| \`sources.yml\` | ${desc('sources.yml')} | ${data.sources.length} |`,
  ];
  const sections = ['', '## Job-ad quality phrases by rule', '', '| rule | entries | phrases and templates |', '|---|---|---|'];
  for (const rule of QUALITY_RULES) {
    const entries = data.phrases.filter((e) => e['rule'] === rule);
    const count = entries.reduce((n, e) => n + strings(e['phrases']).length + (e['pattern'] ? 1 : 0), 0);
    sections.push(`| \`${rule}\` | ${entries.length} | ${count} |`);
  }
  const codedCount = (gender: string) => g.coded.filter((e) => e['gender'] === gender).reduce((n, e) => n + strings(e['words']).length, 0);
  sections.push(
    '',
    '## Gender-coded words',
    '',
    `${codedCount('masculine')} masculine-coded and ${codedCount('feminine')} feminine-coded words and stems, from Gaucher, Friesen &`,
    'Kay (2011), Appendix A, with the additions of Kat Matfield\'s Gender Decoder (MIT, © 2016; keep this',
    `attribution when reusing the lists); ${g.exceptions.length} groups of engineering exceptions; ${g.gendered.length} groups of gendered terms and pronouns`,
    '(several derived from joblint, MIT, © 2015 Rowan Manning).',
    '',
    '## Citations',
    '',
    '| code | citation |',
    '|---|---|',
  );
  for (const s of data.sources) sections.push(`| [${String(s['code'])}] | ${String(s['cite'])} |`);
  return { rows, sections };
}
