import { ConfigError } from '@jdlint/core';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type ReadText } from '../src/config.js';

let root: string;

/** Reads real files inside the test folder and sees nothing above it (configs of the machine). */
const inRoot: ReadText = (file) => {
  if (!file.startsWith(root + path.sep)) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

function write(file: string, text: string): string {
  const full = path.join(root, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'jdlint-config-'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('loadConfig', () => {
  it('uses the defaults when no folder up to the root has a config', () => {
    mkdirSync(path.join(root, 'empty', 'deep'), { recursive: true });
    expect(loadConfig(path.join(root, 'empty', 'deep'), inRoot)).toEqual({ config: {}, file: null });
  });

  it('finds the nearest config going up, and the nearest wins whole', () => {
    const top = write('site/.jdlintrc.json', JSON.stringify({ extends: 'jdlint:strict', rules: { 'title-duty-mismatch': 'off' } }));
    const near = write('site/jobs/.jdlintrc.yaml', '# careers team\nrules:\n  title-duty-mismatch:\n    - warning\n    - minShareLead: 0.2\n');
    mkdirSync(path.join(root, 'site', 'jobs', 'eng', '2026'), { recursive: true });
    expect(loadConfig(path.join(root, 'site', 'jobs', 'eng', '2026'), inRoot)).toEqual({
      config: { rules: { 'title-duty-mismatch': ['warning', { minShareLead: 0.2 }] } },
      file: near,
    });
    expect(loadConfig(path.join(root, 'site'), inRoot)).toEqual({ config: { extends: 'jdlint:strict', rules: { 'title-duty-mismatch': 'off' } }, file: top });
  });

  it('reads .jdlintrc.json, then .jdlintrc.yaml, then package.json#jdlint in one folder', () => {
    write('order/package.json', JSON.stringify({ name: 'careers', jdlint: { rules: { 'title-duty-mismatch': 'info' } } }));
    expect(loadConfig(path.join(root, 'order'), inRoot).config).toEqual({ rules: { 'title-duty-mismatch': 'info' } });
    write('order/.jdlintrc.yaml', 'rules: { title-duty-mismatch: warning }\n');
    expect(loadConfig(path.join(root, 'order'), inRoot).config).toEqual({ rules: { 'title-duty-mismatch': 'warning' } });
    write('order/.jdlintrc.json', '\uFEFF{ "rules": { "title-duty-mismatch": "error" } }');
    expect(loadConfig(path.join(root, 'order'), inRoot)).toEqual({ config: { rules: { 'title-duty-mismatch': 'error' } }, file: path.join(root, 'order', '.jdlintrc.json') });
  });

  it('passes over a package.json without a jdlint field', () => {
    const outer = write('pkg/.jdlintrc.json', '{}');
    write('pkg/app/package.json', JSON.stringify({ name: 'app', private: true }));
    mkdirSync(path.join(root, 'pkg', 'app', 'web'), { recursive: true });
    expect(loadConfig(path.join(root, 'pkg', 'app', 'web'), inRoot)).toEqual({ config: {}, file: outer });
  });

  it('reads .jdlintrc.yml, the name the CLI reads too, after .jdlintrc.yaml', () => {
    const yml = write('yml/.jdlintrc.yml', 'extends: jdlint:strict\nrules:\n  posting-length: off\n');
    expect(loadConfig(path.join(root, 'yml'), inRoot)).toEqual({ config: { extends: 'jdlint:strict', rules: { 'posting-length': 'off' } }, file: yml });
    const yaml = write('yml/.jdlintrc.yaml', 'rules: { posting-length: info }\n');
    expect(loadConfig(path.join(root, 'yml'), inRoot)).toEqual({ config: { rules: { 'posting-length': 'info' } }, file: yaml });
  });

  it('refuses a YAML alias bomb with a clear message instead of expanding it', () => {
    // Nine levels of ten aliases each would expand to 10^9 strings.
    let bomb = 'a: &a [x, x, x, x, x, x, x, x, x, x]\n';
    const names = 'abcdefghi';
    for (let i = 1; i < names.length; i++) bomb += `${names[i]}: &${names[i]} [${Array(10).fill(`*${names[i - 1]}`).join(', ')}]\n`;
    const file = write('bomb/.jdlintrc.yml', bomb);
    expect(() => loadConfig(path.join(root, 'bomb'), inRoot)).toThrow(ConfigError);
    expect(() => loadConfig(path.join(root, 'bomb'), inRoot)).toThrow(`${file}: invalid YAML (too many aliases: a config may expand at most 100)`);
  });

  it('rejects what the CLI rejects, with the same message (one reader, in core)', () => {
    write('unknown-key/.jdlintrc.json', '{ "rulez": {} }');
    expect(() => loadConfig(path.join(root, 'unknown-key'), inRoot)).toThrow(/\.jdlintrc\.json: unknown key "rulez" \(known: extends, rules, allow, lexicon, maxFileSize\)$/);
    write('bad-rule/.jdlintrc.yml', 'rules:\n  no-such-rule: error\n');
    expect(() => loadConfig(path.join(root, 'bad-rule'), inRoot)).toThrow(/\.jdlintrc\.yml: Unknown rule "no-such-rule"/);
    write('bad-size/.jdlintrc.json', '{ "maxFileSize": "huge" }');
    expect(() => loadConfig(path.join(root, 'bad-size'), inRoot)).toThrow(/\.jdlintrc\.json: "maxFileSize" must be a size/);
    write('bad-pkg/package.json', '{ not json');
    expect(() => loadConfig(path.join(root, 'bad-pkg'), inRoot)).toThrow(/package\.json: invalid JSON/);
  });

  it('leaves the CLI-only maxFileSize out of the config it hands the analyzer', () => {
    const file = write('size/.jdlintrc.json', '{ "maxFileSize": "2mb", "allow": ["rockstar"] }');
    expect(loadConfig(path.join(root, 'size'), inRoot)).toEqual({ config: { allow: ['rockstar'] }, file });
  });

  it('treats an empty YAML file as an empty config', () => {
    const file = write('blank/.jdlintrc.yaml', '# nothing yet\n');
    expect(loadConfig(path.join(root, 'blank'), inRoot)).toEqual({ config: {}, file });
  });

  it('names the file of a broken config', () => {
    write('bad-json/.jdlintrc.json', '{ "rules": { "title-duty-mismatch": "error", } }');
    expect(() => loadConfig(path.join(root, 'bad-json'), inRoot)).toThrow(ConfigError);
    expect(() => loadConfig(path.join(root, 'bad-json'), inRoot)).toThrow(`${path.join(root, 'bad-json', '.jdlintrc.json')}: invalid JSON`);
    write('bad-yaml/.jdlintrc.yaml', 'rules:\n  title-duty-mismatch: [warning\n');
    expect(() => loadConfig(path.join(root, 'bad-yaml'), inRoot)).toThrow(/\.jdlintrc\.yaml: invalid YAML/);
    write('deep-yaml/.jdlintrc.yaml', `rules: ${'['.repeat(20000)}${']'.repeat(20000)}\n`);
    expect(() => loadConfig(path.join(root, 'deep-yaml'), inRoot)).toThrow(/\.jdlintrc\.yaml: invalid YAML \(nested too deeply to read\)/);
    write('list/.jdlintrc.json', '["title-duty-mismatch"]');
    expect(() => loadConfig(path.join(root, 'list'), inRoot)).toThrow(/\.jdlintrc\.json: a config must be an object, got a list$/);
    write('pkg-field/package.json', JSON.stringify({ jdlint: 'strict' }));
    expect(() => loadConfig(path.join(root, 'pkg-field'), inRoot)).toThrow(/package\.json: the "jdlint" key must be an object, got "strict"$/);
  });

  it('reads the real file system by default', () => {
    const file = write('fs/.jdlintrc.json', '{"rules":{}}');
    expect(loadConfig(path.join(root, 'fs'))).toEqual({ config: { rules: {} }, file });
  });
});
