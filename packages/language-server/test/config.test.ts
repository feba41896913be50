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

  it('passes over a package.json without a jdlint field (or one that is not JSON)', () => {
    const outer = write('pkg/.jdlintrc.json', '{}');
    write('pkg/app/package.json', JSON.stringify({ name: 'app', private: true }));
    write('pkg/app/web/package.json', '{ not json');
    expect(loadConfig(path.join(root, 'pkg', 'app', 'web'), inRoot)).toEqual({ config: {}, file: outer });
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
    expect(() => loadConfig(path.join(root, 'list'), inRoot)).toThrow(/\.jdlintrc\.json: a config must be an object/);
    write('pkg-field/package.json', JSON.stringify({ jdlint: 'strict' }));
    expect(() => loadConfig(path.join(root, 'pkg-field'), inRoot)).toThrow(/package\.json \("jdlint" field\): a config must be an object/);
  });

  it('reads the real file system by default', () => {
    const file = write('fs/.jdlintrc.json', '{"rules":{}}');
    expect(loadConfig(path.join(root, 'fs'))).toEqual({ config: { rules: {} }, file });
  });
});
