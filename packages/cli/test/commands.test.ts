import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '@jdlint/core';
import { renderConfigSchema, SCHEMA_ID, SCHEMA_PATH } from '../../core/scripts/schema.js';
import { SCHEMA_URL } from '../src/commands.js';
import { MISMATCH, repoRoot, runCli, scratch } from './helpers.js';

describe('jdlint rules', () => {
  it('prints a table of id, default severity, fixable and description', async () => {
    const { code, stdout } = await runCli(['rules']);
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trimEnd().split('\n');
    expect(header).toMatch(/^rule +default +fixable +description$/);
    expect(rows).toHaveLength(rules.length);
    for (const [i, rule] of rules.entries()) {
      expect(rows[i]).toMatch(new RegExp(`^${rule.id} +${rule.meta.defaultSeverity} +${rule.meta.fixable ? 'yes' : 'no'} +${rule.meta.description.replace(/[.()]/g, '\\$&')}$`));
    }
    const json = JSON.parse((await runCli(['rules', '--format', 'json'])).stdout);
    expect(json.map((r: { id: string }) => r.id)).toEqual(rules.map((r) => r.id));
  });
});

describe('jdlint explain', () => {
  it.each(rules.map((r) => [r.id, r] as const))('%s: description, severity, options with defaults, docs', async (id, rule) => {
    const { code, stdout } = await runCli(['explain', id]);
    expect(code).toBe(0);
    expect(stdout.startsWith(`${id}\n\n${rule.meta.description}\n`)).toBe(true);
    expect(stdout).toMatch(new RegExp(`^default severity +${rule.meta.defaultSeverity}`, 'm'));
    for (const [key, value] of Object.entries(rule.meta.defaultOptions)) expect(stdout).toMatch(new RegExp(`^ {2}${key} +${JSON.stringify(value).replace(/[[\]]/g, '\\$&')}`, 'm'));
    expect(stdout).toContain(`docs              ${rule.url}`);
  });

  it('an unknown rule: exit 2, one line', async () => {
    expect(await runCli(['explain', 'no-such-rule'])).toEqual({ code: 2, stdout: '', stderr: 'jdlint: unknown rule "no-such-rule" (see `jdlint rules` for the list)\n' });
  });
});

describe('jdlint init', () => {
  it('writes a starter .jdlintrc.json that the CLI then uses', async () => {
    const dir = scratch({ 'a.md': MISMATCH });
    const { code, stdout } = await runCli(['init'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/wrote \.jdlintrc\.json/);
    const config = JSON.parse(readFileSync(path.join(dir, '.jdlintrc.json'), 'utf8'));
    expect(config).toEqual({ $schema: SCHEMA_URL, extends: 'jdlint:recommended', rules: {}, allow: [] });
    expect((await runCli(['a.md'], { cwd: dir })).code).toBe(1);
  });

  it('points $schema at the installed package when there is one', async () => {
    const dir = scratch({ 'node_modules/@jdlint/cli/schema/jdlintrc.schema.json': '{}' });
    await runCli(['init'], { cwd: dir });
    expect(JSON.parse(readFileSync(path.join(dir, '.jdlintrc.json'), 'utf8')).$schema).toBe('./node_modules/@jdlint/cli/schema/jdlintrc.schema.json');
  });

  it('refuses to overwrite a config: exit 2, file untouched', async () => {
    for (const name of ['.jdlintrc.json', '.jdlintrc.yaml']) {
      const dir = scratch({ [name]: 'rules: {}\n' });
      expect(await runCli(['init'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: `jdlint: ${name} already exists; not overwriting it\n` });
      expect(readFileSync(path.join(dir, name), 'utf8')).toBe('rules: {}\n');
      expect(existsSync(path.join(dir, '.jdlintrc.json'))).toBe(name === '.jdlintrc.json');
    }
  });
});

describe('the config JSON Schema', () => {
  const file = path.join(repoRoot, SCHEMA_PATH);

  it('is current (run pnpm generate) and is what init points to', () => {
    expect(readFileSync(file, 'utf8')).toBe(renderConfigSchema(rules));
    expect(SCHEMA_URL).toBe(SCHEMA_ID);
  });

  it('lists every rule, the severities and each option with its default', () => {
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    expect(schema.definitions.severity.enum).toEqual(['off', 'info', 'warning', 'error']);
    expect(Object.keys(schema.properties.rules.properties)).toEqual(rules.map((r) => r.id));
    for (const rule of rules) {
      const options = schema.properties.rules.properties[rule.id].oneOf[1].items[1];
      for (const [key, value] of Object.entries(rule.meta.defaultOptions)) expect(options.properties[key].default).toEqual(value);
    }
    expect(Object.keys(schema.properties).sort()).toEqual(['$schema', 'allow', 'extends', 'lexicon', 'maxFileSize', 'rules']);
  });

  it('ships in the CLI package', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'packages/cli/package.json'), 'utf8'));
    expect(pkg.files).toContain('schema');
  });
});

describe('jdlint analyze --format markdown', () => {
  it('reports the title role, duty role, a scores table, the verdict and the evidence', async () => {
    const { code, stdout } = await runCli(['analyze', '-f', 'markdown', 'fixtures/postings/ml-engineer-rag-duties.md']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# jdlint analysis\n\n## fixtures\/postings\/ml-engineer-rag-duties\.md\n/);
    expect(stdout).toContain('- **Title:** Senior Machine Learning Engineer → `ml-engineer`');
    expect(stdout).toMatch(/- \*\*Duties:\*\* `ai-engineer` \(\d+%\), confidence \w+/);
    expect(stdout).toMatch(/- \*\*Verdict:\*\* mismatch: the title claims `ml-engineer`, the duties describe `ai-engineer`/);
    expect(stdout).toMatch(/\| role \| share of the evidence \|\n\|---\|--:\|\n\| `ai-engineer` \| \d+% \|/);
    expect(stdout).toMatch(/### Evidence\n\n\| where \| phrase \| role \| weight \| section \|\n\|---\|---\|---\|--:\|---\|\n\| \d+:\d+ \| .+ \| `ai-engineer` \| \+\d\.\d\d \| responsibilities \|/);
  });
});
