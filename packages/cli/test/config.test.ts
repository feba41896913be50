import { describe, expect, it } from 'vitest';
import { MISMATCH, runCli, scratch } from './helpers.js';

const ids = (stdout: string) => JSON.parse(stdout).flatMap((r: { messages: Array<{ ruleId: string; severity: number }> }) => r.messages.map((m) => `${m.ruleId}:${m.severity}`));

describe('config files', () => {
  it('finds .jdlintrc.json upward from each file, nearest first', async () => {
    const dir = scratch({
      '.jdlintrc.json': JSON.stringify({ rules: { 'title-duty-mismatch': 'warning' } }),
      'jobs/a.md': MISMATCH,
      'jobs/team/.jdlintrc.json': JSON.stringify({ rules: { 'title-duty-mismatch': 'off' } }),
      'jobs/team/b.md': MISMATCH,
    });
    const { code, stdout } = await runCli(['-f', 'json', 'jobs'], { cwd: dir });
    expect(code).toBe(0);
    const byFile = Object.fromEntries(JSON.parse(stdout).map((r: { filePath: string; messages: unknown[] }) => [r.filePath, r.messages.length]));
    expect(byFile).toEqual({ 'jobs/a.md': 1, 'jobs/team/b.md': 0 });
    expect(ids(stdout)).toEqual(['title-duty-mismatch:1']);
  });

  it('reads .jdlintrc.yaml and .jdlintrc.yml as data', async () => {
    for (const name of ['.jdlintrc.yaml', '.jdlintrc.yml']) {
      const dir = scratch({ [name]: 'rules:\n  title-duty-mismatch: [warning, { maxPhrases: 1 }]\n', 'a.md': MISMATCH });
      const { code, stdout } = await runCli(['-f', 'json', 'a.md'], { cwd: dir });
      expect(code).toBe(0);
      const [m] = JSON.parse(stdout)[0].messages;
      expect(m.severity).toBe(1);
      expect(m.message).toMatch(/work \(“[^”]+” \d+:\d+\), expected/); // one phrase only
    }
  });

  it('reads the jdlint key of package.json, and skips a package.json without one', async () => {
    const dir = scratch({
      'package.json': JSON.stringify({ name: 'careers', jdlint: { rules: { 'title-duty-mismatch': 'info' } } }),
      'site/package.json': JSON.stringify({ name: 'site' }),
      'site/a.md': MISMATCH,
    });
    const { code, stdout } = await runCli(['-f', 'json', 'site/a.md'], { cwd: dir });
    expect(code).toBe(0);
    expect(ids(stdout)).toEqual(['title-duty-mismatch:0']);
  });

  it('--config uses one file for every input; --no-config ignores config files', async () => {
    const dir = scratch({
      '.jdlintrc.json': JSON.stringify({ rules: { 'title-duty-mismatch': 'off' } }),
      'strict.yaml': 'extends: jdlint:strict\nrules:\n  title-duty-mismatch: warning\n',
      'a.md': MISMATCH,
    });
    expect(ids((await runCli(['-f', 'json', 'a.md'], { cwd: dir })).stdout)).toEqual([]);
    expect(ids((await runCli(['-f', 'json', '--config', 'strict.yaml', 'a.md'], { cwd: dir })).stdout)).toEqual(['title-duty-mismatch:1']);
    const none = await runCli(['-f', 'json', '--no-config', 'a.md'], { cwd: dir });
    expect(none.code).toBe(1);
    expect(ids(none.stdout)).toEqual(['title-duty-mismatch:2']);
  });

  it('--rule overrides the config file, with a severity or a JSON setting', async () => {
    const dir = scratch({ '.jdlintrc.json': JSON.stringify({ rules: { 'title-duty-mismatch': 'off' } }), 'a.md': MISMATCH });
    expect(ids((await runCli(['-f', 'json', '--rule', 'title-duty-mismatch:error', 'a.md'], { cwd: dir })).stdout)).toEqual(['title-duty-mismatch:2']);
    const json = await runCli(['-f', 'json', '--rule', 'title-duty-mismatch:["warning",{"maxPhrases":1}]', 'a.md'], { cwd: dir });
    expect(ids(json.stdout)).toEqual(['title-duty-mismatch:1']);
  });

  it('extends presets, and allow takes phrases rather than rule ids', async () => {
    const dir = scratch({ '.jdlintrc.json': JSON.stringify({ $schema: './schema.json', extends: ['jdlint:recommended'], allow: ['Machine Learning Engineer'] }), 'a.md': MISMATCH });
    const { code, stdout } = await runCli(['a.md'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/no issues found in 1 file/);
  });

  it('searches from the --stdin-filename directory, or the working directory', async () => {
    const dir = scratch({ 'jobs/.jdlintrc.json': JSON.stringify({ rules: { 'title-duty-mismatch': 'warning' } }) });
    expect(ids((await runCli(['-f', 'json', '--stdin', '--stdin-filename', 'jobs/draft.md'], { cwd: dir, stdin: MISMATCH })).stdout)).toEqual(['title-duty-mismatch:1']);
    expect(ids((await runCli(['-f', 'json', '-'], { cwd: `${dir}/jobs`, stdin: MISMATCH })).stdout)).toEqual(['title-duty-mismatch:1']);
  });

  describe('every config problem: exit 2, one line naming the file and the problem', () => {
    it.each([
      ['.jdlintrc.json', '{ "rules": ', /^jdlint: \.jdlintrc\.json: invalid JSON \(.+\)$/],
      ['.jdlintrc.yaml', 'rules: [unclosed\n', /^jdlint: \.jdlintrc\.yaml: invalid YAML \(.+\)$/],
      ['.jdlintrc.yaml', `rules: ${'['.repeat(20000)}${']'.repeat(20000)}\n`, /^jdlint: \.jdlintrc\.yaml: invalid YAML \(nested too deeply to read\)$/],
      ['.jdlintrc.json', '[1, 2]', /^jdlint: \.jdlintrc\.json: a config must be an object, got a list$/],
      ['.jdlintrc.json', '{ "rulez": {} }', /^jdlint: \.jdlintrc\.json: unknown key "rulez" \(known: extends, rules, allow, lexicon, maxFileSize\)$/],
      ['.jdlintrc.json', '{ "rules": { "no-such-rule": "error" } }', /^jdlint: \.jdlintrc\.json: Unknown rule "no-such-rule"/],
      ['.jdlintrc.json', '{ "rules": { "title-duty-mismatch": ["error", { "nope": 1 }] } }', /^jdlint: \.jdlintrc\.json: Unknown option "nope" for rule "title-duty-mismatch"/],
      ['.jdlintrc.json', '{ "rules": { "title-duty-mismatch": ["error", { "maxPhrases": "3" }] } }', /^jdlint: \.jdlintrc\.json: Option "maxPhrases" of rule "title-duty-mismatch" must be a number/],
      ['.jdlintrc.json', '{ "rules": { "title-duty-mismatch": "loud" } }', /^jdlint: \.jdlintrc\.json: Rule "title-duty-mismatch": severity must be one of/],
      ['.jdlintrc.json', '{ "extends": "jdlint:lenient" }', /^jdlint: \.jdlintrc\.json: Unknown preset "jdlint:lenient"/],
      ['.jdlintrc.json', '{ "allow": "rockstar" }', /^jdlint: \.jdlintrc\.json: "allow" must be a list of phrases/],
      ['package.json', '{ "jdlint": true }', /^jdlint: package\.json: the "jdlint" key must be an object, got true$/],
      // Nine levels of ten aliases: 10^9 strings if expanded.
      ['.jdlintrc.yml', [...'abcdefghi'].map((n, i, all) => `${n}: &${n} [${Array(10).fill(i === 0 ? 'x' : `*${all[i - 1] ?? ''}`).join(', ')}]`).join('\n'), /^jdlint: \.jdlintrc\.yml: invalid YAML \(too many aliases: a config may expand at most 100\)$/],
    ])('%s: %s', async (name, content, line) => {
      const dir = scratch({ [name]: content, 'a.md': MISMATCH });
      const { code, stdout, stderr } = await runCli(['a.md'], { cwd: dir });
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.endsWith('\n')).toBe(true);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr.trimEnd()).toMatch(line);
    });

    it('a YAML config is data: tags do not execute or construct anything', async () => {
      const dir = scratch({ '.jdlintrc.yaml': 'rules: !!js/function "function () { return 1 }"\n', 'a.md': MISMATCH });
      const { code, stderr } = await runCli(['a.md'], { cwd: dir });
      expect(code).toBe(2);
      expect(stderr).toMatch(/^jdlint: \.jdlintrc\.yaml: /);
    });

    it('a missing --config file and a bad --rule', async () => {
      const dir = scratch({ 'a.md': MISMATCH });
      const missing = await runCli(['--config', 'nope.json', 'a.md'], { cwd: dir });
      expect(missing).toEqual({ code: 2, stdout: '', stderr: 'jdlint: nope.json: no such file\n' });
      const badSpec = await runCli(['--rule', 'title-duty-mismatch', 'a.md'], { cwd: dir });
      expect(badSpec.code).toBe(2);
      expect(badSpec.stderr).toBe('jdlint: --rule title-duty-mismatch: expected id:severity, e.g. title-duty-mismatch:warning\n');
      const badOption = await runCli(['--rule', 'title-duty-mismatch:["error",{"x":1}]', 'a.md'], { cwd: dir });
      expect(badOption.stderr).toMatch(/^jdlint: --rule: Unknown option "x" for rule "title-duty-mismatch"/);
    });
  });
});

describe('inline control comments reach the CLI through core', () => {
  it('disable, enable and disable-next-line', async () => {
    const dir = scratch({
      'a.md': `<!-- jdlint-disable title-duty-mismatch -->\n${MISMATCH}`,
      'b.md': `<!-- jdlint-disable-next-line title-duty-mismatch -->\n${MISMATCH}`,
      'c.md': `<!-- jdlint-disable -->\n<!-- jdlint-enable -->\n${MISMATCH}`,
    });
    const { stdout } = await runCli(['-f', 'json', '.'], { cwd: dir });
    expect(JSON.parse(stdout).map((r: { filePath: string; messages: unknown[] }) => `${r.filePath}:${r.messages.length}`)).toEqual(['a.md:0', 'b.md:0', 'c.md:1']);
  });
});
