/**
 * pnpm generate: validates packages/core/data/*.yml and writes
 *   packages/core/src/lexicon/generated/*.generated.ts (sorted; one JSON.parse string per table,
 *   typed by the hand-written lexicon/types.ts; no YAML parser at run time)
 *   docs/lexicons.md (each data file, its entry count and its sources)
 *   packages/core/src/analysis/score-weights.generated.ts and the weights table of docs/score.md
 * `pnpm generate --check` exits 1 when a generated file is stale (the tests run the same check).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { phraseUnitsUncached } from '../src/lexicon/index.js';
import { cueDocRows, renderCueFile } from './cue-data.js';
import { jsonSource, renderTableModule } from './data-files.js';
import { renderRuleExamples } from './docs.js';
import { loadLexiconData } from './lexicon-data.js';
import { qualityDocRows, renderQualityFiles } from './quality-data.js';
import { renderConfigSchema, SCHEMA_PATH } from './schema.js';
import { loadScoreWeights, renderScoreFiles } from './score-data.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

type Raw = Record<string, unknown>;

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function byId(a: Raw, b: Raw): number {
  return String(a['id']).localeCompare(String(b['id']));
}

function roleEntry(e: Raw): Raw {
  const out: Raw = {
    id: e['id'],
    terms: list(e['terms']),
    caseSensitive: list(e['case_sensitive']),
    roles: e['roles'],
    context: list(e['context']),
  };
  if (typeof e['note'] === 'string') out['note'] = e['note'];
  out['source'] = e['source'];
  return out;
}

function dutyEntry(e: Raw): Raw {
  const out: Raw = { id: e['id'], verbs: list(e['verbs']), objects: list(e['objects']), roles: e['roles'] };
  if (typeof e['note'] === 'string') out['note'] = e['note'];
  out['source'] = e['source'];
  return out;
}

function titleEntry(e: Raw): Raw {
  const out: Raw = { id: e['id'] };
  if (e['role'] !== undefined) out['role'] = e['role'];
  out['terms'] = list(e['terms']);
  out['source'] = e['source'];
  return out;
}

function technologyEntry(e: Raw): Raw {
  const out: Raw = { id: e['id'], name: e['name'], kind: e['kind'], terms: list(e['terms']), caseSensitive: list(e['case_sensitive']) };
  if (e['released'] !== undefined) {
    out['released'] = e['released'];
    out['evidence'] = e['evidence'];
  }
  out['source'] = e['source'];
  return out;
}

function jurisdictionEntry(e: Raw): Raw {
  const out: Raw = {
    id: e['id'],
    name: e['name'],
    law: e['law'],
    effective: e['effective'],
    who: e['who'],
    places: list(e['places']),
    placesCaseSensitive: list(e['places_case_sensitive']),
    codes: list(e['codes']),
  };
  if (e['within'] !== undefined) out['within'] = e['within'];
  out['source'] = e['source'];
  return out;
}

function vaguePayEntry(e: Raw): Raw {
  return { id: e['id'], terms: list(e['terms']), caseSensitive: list(e['case_sensitive']), payContext: e['pay_context'] === true, source: e['source'] };
}

/**
 * The data fields whose strings become phrases: keyed by the phrase matcher (terms, verbs and
 * objects, places, the wording rules' phrases and templates, misspellings). Notes, sources, ids,
 * dates and single words compared as they stand are left out.
 */
const PHRASE_FIELDS = new Set(['terms', 'case_sensitive', 'verbs', 'objects', 'places', 'places_case_sensitive', 'phrases', 'first', 'then', 'wrong']);

/**
 * The tokenizer's units of every lexicon string that becomes a phrase, so that matchers are built
 * at start-up without running the tokenizer over thousands of phrases. Each unit is its lowercase
 * form, and its exact case when that differs. Regenerated (and checked) with the lexicons, so a
 * new tokenizer version that reads a phrase differently makes `pnpm generate --check` fail.
 */
function renderPhraseUnits(data: unknown): string {
  const strings = new Set<string>();
  const collect = (value: unknown, field: string): void => {
    if (typeof value === 'string') {
      if (PHRASE_FIELDS.has(field) && value.length > 0) strings.add(value);
    } else if (Array.isArray(value)) value.forEach((v) => collect(v, field));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, k);
  };
  collect(data, '');
  const list = [...strings].sort();
  const units = phraseUnitsUncached(list);
  const cache: Record<string, Array<[string, string?]>> = {};
  list.forEach((phrase, i) => {
    cache[phrase] = (units[i] ?? []).map(([n, v]) => (v === n ? [n] : [n, v]));
  });
  return (
    `// Generated from packages/core/data/*.yml by scripts/generate.ts — do not edit.\n` +
    `/** Tokenizer units of the lexicon strings that become phrases: [lowercase form, exact case when it differs]. */\n` +
    `export const phraseUnitCache: Readonly<Record<string, ReadonlyArray<readonly [string, string?]>>> = Object.assign(Object.create(null), JSON.parse(${jsonSource(cache)}));\n`
  );
}

export function renderGenerated(): { files: Record<string, string>; errors: string[] } {
  const { data, errors } = loadLexiconData();
  const weights = loadScoreWeights();
  errors.push(...weights.errors);
  if (errors.length > 0) return { files: {}, errors };
  const files: Record<string, string> = {};
  const gen = (name: string) => `packages/core/src/lexicon/generated/${name}.generated.ts`;
  files[gen('roles')] = renderTableModule('roles.yml', ['RoleTermEntry'], [
    { name: 'roleTerms', type: 'readonly RoleTermEntry[]', value: [...data.roles].sort(byId).map(roleEntry) },
  ]);
  files[gen('duty-patterns')] = renderTableModule('duty-patterns.yml', ['DutyPatternEntry'], [
    { name: 'dutyPatterns', type: 'readonly DutyPatternEntry[]', value: [...data.dutyPatterns].sort(byId).map(dutyEntry) },
  ]);
  const t = data.titles;
  files[gen('titles')] = renderTableModule('titles.yml', ['TitleLexicon'], [
    {
      name: 'titleLexicon',
      type: 'TitleLexicon',
      value: {
        roleNouns: t.role_nouns.map(titleEntry),
        genericNouns: t.generic_nouns.map(titleEntry),
        qualifiers: t.qualifiers.map(titleEntry),
        strip: t.strip.map(titleEntry),
        vague: t.vague.map(titleEntry),
      },
    },
  ]);

  Object.assign(files, renderQualityFiles(data.quality));
  const score = renderScoreFiles(weights.data);
  Object.assign(files, score.files);
  errors.push(...score.errors);
  files[gen('technologies')] = renderTableModule('technologies.yml', ['TechnologyEntry', 'TechnologyKind'], [
    {
      name: 'technologyKinds',
      type: 'readonly TechnologyKind[]',
      value: data.technologies.kinds.map((k) => ({ id: k['id'], label: k['label'], competing: k['competing'], tool: k['tool'] })),
    },
    { name: 'technologies', type: 'readonly TechnologyEntry[]', value: [...data.technologies.entries].sort(byId).map(technologyEntry) },
  ]);
  files[gen('pay-transparency')] = renderTableModule('pay-transparency.yml', ['JurisdictionEntry', 'VaguePayEntry'], [
    { name: 'jurisdictions', type: 'readonly JurisdictionEntry[]', value: [...data.payTransparency.jurisdictions].sort(byId).map(jurisdictionEntry) },
    { name: 'vaguePay', type: 'readonly VaguePayEntry[]', value: [...data.payTransparency.vaguePay].sort(byId).map(vaguePayEntry) },
  ]);
  const questionEntry = (e: Raw): Raw => ({ id: e['id'], question: e['question'], sides: e['sides'], unclear: e['unclear'], ask: e['ask'], both: e['both'], source: e['source'] });
  const cueEntry = (e: Raw): Raw => ({ id: e['id'], question: e['question'], side: e['side'], entries: list(e['entries']), terms: list(e['terms']), source: e['source'] });
  files[gen('questions')] = renderTableModule('questions.yml', ['QuestionCueEntry', 'QuestionEntry'], [
    { name: 'questions', type: 'readonly QuestionEntry[]', value: data.questions.map(questionEntry) },
    { name: 'questionCues', type: 'readonly QuestionCueEntry[]', value: [...data.questionCues].sort(byId).map(cueEntry) },
  ]);
  Object.assign(files, renderCueFile(data.cues));
  files['packages/core/src/lexicon/generated/phrase-units.generated.ts'] = renderPhraseUnits(data);

  const lines: string[] = [
    '# Lexicons',
    '',
    'jdlint\'s vocabulary is data: YAML files under `packages/core/data/`, each entry with a source.',
    '`pnpm generate` validates them (ids unique, terms lowercase and trimmed, no term in two entries,',
    'every role known, every entry sourced) and compiles them to `packages/core/src/lexicon/generated/*.generated.ts`:',
    'one `JSON.parse` of one string per table, typed by the hand-written `packages/core/src/lexicon/types.ts`.',
    'This page is generated too; do not edit it by hand.',
    '',
    '| file | what it holds | entries |',
    '|---|---|---|',
  ];
  const titleCount = t.role_nouns.length + t.generic_nouns.length + t.qualifiers.length + t.strip.length + t.vague.length;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- YAML values: whatever the file holds is shown as text
  const desc = (name: string) => String(data.meta[name]?.['title'] ?? '');
  lines.push(`| \`roles.yml\` | ${desc('roles.yml')} | ${data.roles.length} |`);
  lines.push(`| \`duty-patterns.yml\` | ${desc('duty-patterns.yml')} | ${data.dutyPatterns.length} |`);
  lines.push(`| \`titles.yml\` | ${desc('titles.yml')} | ${titleCount} |`);
  const quality = qualityDocRows(data.quality);
  lines.push(...quality.rows);
  lines.push(`| \`technologies.yml\` | ${desc('technologies.yml')} | ${data.technologies.entries.length} |`);
  lines.push(`| \`pay-transparency.yml\` | ${desc('pay-transparency.yml')} | ${data.payTransparency.jurisdictions.length + data.payTransparency.vaguePay.length} |`);
  lines.push(`| \`questions.yml\` | ${desc('questions.yml')} | ${data.questions.length + data.questionCues.length} |`);
  lines.push(`| \`cues.yml\` | ${desc('cues.yml')} | ${Object.values(data.cues.lists).reduce((n, l) => n + l.entries.length, 0)} |`);
  lines.push('', '## Role evidence by role', '', '| role | strong | medium | weak |', '|---|---|---|---|');
  const counts = new Map<string, Record<string, number>>();
  for (const e of data.roles) {
    for (const [role, strength] of Object.entries((e['roles'] as Record<string, string>) ?? {})) {
      const c = counts.get(role) ?? { strong: 0, medium: 0, weak: 0 };
      c[strength] = (c[strength] ?? 0) + 1;
      counts.set(role, c);
    }
  }
  for (const [role, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`| \`${role}\` | ${c['strong'] ?? 0} | ${c['medium'] ?? 0} | ${c['weak'] ?? 0} |`);
  }
  const dated = data.technologies.entries.filter((e) => e['released'] !== undefined);
  lines.push('', '## Technology release dates', '', `${dated.length} of ${data.technologies.entries.length} technologies carry a first public date (used by \`years-exceed-technology-age\`).`, '');
  lines.push('| technology | first public | evidence |', '|---|---|---|');
  for (const e of [...dated].sort((a, b) => String(a['released']).localeCompare(String(b['released'])) || byId(a, b))) {
    lines.push(`| ${String(e['name'])} | ${String(e['released'])} | ${String(e['evidence'])} |`);
  }
  lines.push('', '## Pay-transparency laws', '', 'Used by `salary-range` when a posting names one of these places.', '');
  lines.push('| jurisdiction | law | in force | who |', '|---|---|---|---|');
  for (const e of [...data.payTransparency.jurisdictions].sort((a, b) => String(a['effective']).localeCompare(String(b['effective'])) || byId(a, b))) {
    lines.push(`| ${String(e['name'])} | ${String(e['law'])} | ${String(e['effective'])} | ${String(e['who'])} |`);
  }
  lines.push('', '## Sources cited', '', 'Every source code in brackets resolves in `sources.yml` (listed under Citations below); `pnpm generate` refuses an unknown one.', '');
  const sources = new Map<string, number>();
  for (const e of [
    ...data.roles,
    ...data.dutyPatterns,
    ...Object.values(t).flat(),
    ...data.technologies.entries,
    ...data.payTransparency.jurisdictions,
    ...data.payTransparency.vaguePay,
    ...data.questions,
    ...data.questionCues,
    ...Object.values(data.cues.lists).flatMap((l) => l.entries),
  ]) {
    for (const code of String(e['source']).match(/\[[A-Z0-9][A-Za-z0-9 -]*\]/g) ?? []) sources.set(code, (sources.get(code) ?? 0) + 1);
  }
  lines.push('| source | entries citing it |', '|---|---|');
  for (const [code, n] of [...sources].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) lines.push(`| ${code} | ${n} |`);
  lines.push(...cueDocRows(data.cues));
  lines.push(...quality.sections);
  files['docs/lexicons.md'] = lines.join('\n') + '\n';
  return { files, errors };
}

/** Replaces the generated block of each rule's docs page with its examples (pages are hand-written otherwise). */
async function renderRuleDocs(files: Record<string, string>): Promise<string[]> {
  const errors: string[] = [];
  const { rules } = await import('../src/rules/index.js');
  const table = ['| rule | what it finds | default |', '|---|---|---|'];
  for (const rule of rules) table.push(`| [\`${rule.id}\`](docs/rules/${rule.id}.md) | ${rule.meta.description} | ${rule.meta.defaultSeverity} |`);
  const readme = readFileSync(root + 'README.md', 'utf8');
  files[SCHEMA_PATH] = renderConfigSchema(rules);
  files['README.md'] = readme.replace(/(<!-- rules:start -->\n)[\s\S]*?(<!-- rules:end -->)/, (_m, a: string, b: string) => `${a}${table.join('\n')}\n${b}`);
  for (const rule of rules) {
    const path = `docs/rules/${rule.id}.md`;
    let page: string;
    try {
      page = readFileSync(root + path, 'utf8');
    } catch {
      errors.push(`${path}: missing (every rule needs a docs page)`);
      continue;
    }
    const re = /(<!-- generated:start -->\n)[\s\S]*?(<!-- generated:end -->)/;
    if (!re.test(page)) {
      errors.push(`${path}: no <!-- generated:start --> / <!-- generated:end --> block`);
      continue;
    }
    files[path] = page.replace(re, (_m, a: string, b: string) => a + renderRuleExamples(rule) + b);
  }
  return errors;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const { files, errors } = renderGenerated();
  if (errors.length === 0) errors.push(...(await renderRuleDocs(files)));
  if (errors.length > 0) {
    for (const e of errors) console.error(`lexicon: ${e}`);
    process.exit(1);
  }
  let stale = 0;
  for (const [path, content] of Object.entries(files)) {
    let current = '';
    try {
      current = readFileSync(root + path, 'utf8');
    } catch {
      current = '';
    }
    if (current === content) continue;
    if (check) {
      console.error(`stale: ${path} (run pnpm generate)`);
      stale++;
    } else {
      writeFileSync(root + path, content);
      console.log(`wrote ${path}`);
    }
  }
  if (stale > 0) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
