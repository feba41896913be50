/** `jdlint rules`, `jdlint explain <rule-id>` and `jdlint init`: everything they say comes from the rule registry. */
import { rules, type Rule } from '@jdlint/core';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILES } from './config.js';
import { OutputError, UsageError } from './errors.js';
import { writeFileAtomic } from './write.js';

function findRule(id: string): Rule {
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new UsageError(`unknown rule "${id}" (see \`jdlint rules\` for the list)`);
  return rule;
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd()).join('\n') + '\n';
}

export function rulesTable(): string {
  const rows = [['rule', 'default', 'fixable', 'description']];
  for (const r of rules) rows.push([r.id, r.meta.defaultSeverity, r.meta.fixable ? 'yes' : 'no', r.meta.description]);
  return table(rows);
}

export function rulesJson(): string {
  return `${JSON.stringify(
    rules.map((r) => ({
      id: r.id,
      description: r.meta.description,
      defaultSeverity: r.meta.defaultSeverity,
      fixable: r.meta.fixable === true,
      defaultOptions: r.meta.defaultOptions,
      url: r.url,
    })),
    null,
    2,
  )}\n`;
}

export function explain(id: string): string {
  const rule = findRule(id);
  const { meta } = rule;
  const strict = meta.strict?.severity ?? (meta.defaultSeverity === 'info' ? 'warning' : meta.defaultSeverity);
  const out = [
    rule.id,
    '',
    meta.description,
    '',
    `default severity  ${meta.defaultSeverity} (jdlint:strict: ${strict})`,
    `fixable           ${meta.fixable ? 'yes (jdlint --fix)' : 'no'}`,
  ];
  const options = Object.entries(meta.defaultOptions);
  if (options.length === 0) out.push('options           none');
  else {
    out.push('options');
    const rows = options.map(([key, value]) => [`  ${key}`, JSON.stringify(value), meta.optionDocs?.[key] ?? '']);
    out.push(table(rows).trimEnd());
  }
  out.push(`docs              ${rule.url}`);
  return `${out.join('\n')}\n`;
}

/** Where `init` points `$schema`: the installed package's copy when there is one, else the published file. */
export const SCHEMA_URL = 'https://raw.githubusercontent.com/jdlint/jdlint/main/packages/cli/schema/jdlintrc.schema.json';
const LOCAL_SCHEMA = 'node_modules/@jdlint/cli/schema/jdlintrc.schema.json';

export async function init(cwd: string): Promise<string> {
  for (const name of CONFIG_FILES.filter((n) => n !== 'package.json')) {
    const exists = await access(path.join(cwd, name)).then(
      () => true,
      () => false,
    );
    if (exists) throw new UsageError(`${name} already exists; not overwriting it`);
  }
  const local = await access(path.join(cwd, LOCAL_SCHEMA)).then(
    () => true,
    () => false,
  );
  const config = { $schema: local ? `./${LOCAL_SCHEMA}` : SCHEMA_URL, extends: 'jdlint:recommended', rules: {}, allow: [] };
  try {
    await writeFileAtomic(path.join(cwd, '.jdlintrc.json'), new TextEncoder().encode(`${JSON.stringify(config, null, 2)}\n`), '.jdlintrc.json');
  } catch (error) {
    if (error instanceof OutputError) throw error;
    throw new OutputError(`.jdlintrc.json: cannot write (${(error as Error).message})`);
  }
  return '.jdlintrc.json';
}
