import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from './helpers.js';

const demo = 'fixtures/postings/ml-engineer-rag-duties.md';
const clean = 'fixtures/postings/ml-engineer-fraud-models.md';

describe('jdlint (lint)', () => {
  it('reports a located title-duty mismatch and exits 1', async () => {
    const { code, stdout, stderr } = await runCli([demo]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toContain(demo);
    expect(stdout).toMatch(/^ {2}2:8-2:40 +error +Unexpected duties for `Senior Machine Learning Engineer`/m);
    expect(stdout).toContain('title-duty-mismatch');
    expect(stdout).toMatch(/✖ 1 error/);
  });

  it('exits 0 and says so on a clean posting', async () => {
    const { code, stdout } = await runCli([clean]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/no issues found in 1 file/);
  });

  it('prints ESLint-shaped JSON', async () => {
    const { code, stdout } = await runCli(['--format', 'json', demo, clean]);
    expect(code).toBe(1);
    const results = JSON.parse(stdout);
    expect(results).toHaveLength(2);
    const [first, second] = results;
    expect(first).toMatchObject({ filePath: demo, errorCount: 1, warningCount: 0 });
    expect(first.messages[0]).toMatchObject({
      ruleId: 'title-duty-mismatch',
      severity: 2,
      line: 2,
      column: 8,
      endLine: 2,
      endColumn: 40,
      url: expect.stringMatching(/docs\/rules\/title-duty-mismatch\.md$/),
      suggestions: expect.arrayContaining(['Senior AI Engineer']),
    });
    expect(second).toMatchObject({ filePath: clean, messages: [], errorCount: 0, warningCount: 0 });
  });

  it('adds the why, suggestions and docs link with --why', async () => {
    const { stdout } = await runCli(['--why', demo]);
    expect(stdout).toContain('expected: Senior AI Engineer');
    expect(stdout).toMatch(/why: .*\(source: .+\)/);
    expect(stdout).toMatch(/docs: https:\/\/\S+title-duty-mismatch\.md/);
  });

  it('reads standard input with a name', async () => {
    const { code, stdout } = await runCli(['--stdin', '--stdin-filename', 'draft.md'], {
      stdin: '# Machine Learning Engineer\n\n## Responsibilities\n\n- Build RAG pipelines with LangChain\n- Write prompt templates and run LLM evals\n- Integrate the OpenAI API with function calling\n',
    });
    expect(code).toBe(1);
    expect(stdout).toContain('draft.md');
    expect(stdout).toMatch(/1:3-1:28 +error/);
  });

  it('lints a directory recursively', async () => {
    const { stdout } = await runCli(['--format', 'json', 'fixtures/postings']);
    const files = JSON.parse(stdout).map((r: { filePath: string }) => r.filePath);
    expect(files).toContain(demo);
    expect(files.every((f: string) => /\.md$/.test(f))).toBe(true);
  });

  it('downgrades a rule with --rule and exits 0 on warnings', async () => {
    const { code, stdout } = await runCli(['--rule', 'title-duty-mismatch:warning', demo]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/warning/);
  });

  describe('errors: exit 2 with one clear line, no stack trace', () => {
    it('missing file, while other files are still reported', async () => {
      const { code, stdout, stderr } = await runCli(['--format', 'json', 'nope.md', demo]);
      expect(code).toBe(2);
      expect(stderr).toBe('jdlint: nope.md: no such file\n');
      expect(JSON.parse(stdout)[1].errorCount).toBe(1);
    });

    it('binary and non-UTF-8 files', async () => {
      const dir = tempDir();
      writeFileSync(path.join(dir, 'a.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
      writeFileSync(path.join(dir, 'b.md'), Buffer.from('Caf\xe9 engineer', 'latin1'));
      const { code, stderr } = await runCli([path.join(dir, 'a.md'), path.join(dir, 'b.md')]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/binary file/);
      expect(stderr).toMatch(/not valid UTF-8/);
      expect(stderr).not.toMatch(/at .*\.js:\d+/);
    });

    it('unknown rule and bad config', async () => {
      const bad = await runCli(['--rule', 'no-such-rule:error', demo]);
      expect(bad).toMatchObject({ code: 2, stdout: '' });
      expect(bad.stderr).toBe('jdlint: --rule: Unknown rule "no-such-rule" (see `jdlint rules` for the list)\n');
      const dir = tempDir();
      writeFileSync(path.join(dir, 'c.json'), '{ "rules": ');
      const broken = await runCli(['--config', path.join(dir, 'c.json'), demo]);
      expect(broken.code).toBe(2);
      expect(broken.stderr).toMatch(/^jdlint: .*c\.json: invalid JSON/);
      expect(broken.stderr.trim().split('\n')).toHaveLength(1);
    });

    it('a bad company lexicon entry, named', async () => {
      const dir = tempDir();
      writeFileSync(path.join(dir, 'l.json'), JSON.stringify({ lexicon: { terms: [{ id: 'forge', terms: ['forge'], roles: { wizard: 'strong' } }] } }));
      const { code, stderr } = await runCli(['--config', path.join(dir, 'l.json'), demo]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^jdlint: \S+l\.json: Lexicon entry "forge" \(lexicon.terms\[0\]\): unknown role "wizard"/);
    });

    it('usage errors', async () => {
      expect((await runCli([])).code).toBe(2);
      const unknown = await runCli(['--frobnicate', demo]);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toMatch(/unknown option '--frobnicate'/);
      expect((await runCli(['--format', 'xml', demo])).code).toBe(2);
    });
  });
});

describe('jdlint analyze', () => {
  it('prints the role profile as JSON in the documented contract', async () => {
    const { code, stdout } = await runCli(['analyze', '--format', 'json', demo]);
    expect(code).toBe(0);
    const [p] = JSON.parse(stdout);
    expect(Object.keys(p).sort()).toEqual(
      ['confidence', 'dutyRole', 'evidence', 'filePath', 'mismatch', 'questions', 'recommendation', 'score', 'scores', 'title', 'titleCombined', 'titleRoles'].sort(),
    );
    expect(p.questions.map((q: { id: string }) => q.id)).toEqual(['model-or-product', 'training-or-retrieval-data', 'speed-or-precision']);
    expect(p.questions[0]).toMatchObject({ question: expect.any(String), answer: 'product', role: 'ai-engineer', text: expect.any(String) });
    expect(p.questions[0].evidence[0]).toMatchObject({ text: expect.any(String), side: 'product', line: expect.any(Number), column: expect.any(Number) });
    expect(p.recommendation).toMatchObject({ role: 'ai-engineer', title: 'Senior AI Engineer', split: [] });
    expect(p.recommendation.text).toMatch(/^Hire an AI Engineer/);
    expect(p).toMatchObject({ filePath: demo, title: 'Senior Machine Learning Engineer', titleRoles: ['ml-engineer'], dutyRole: 'ai-engineer', mismatch: true });
    expect(p.scores['ai-engineer']).toBeGreaterThan(0.5);
    expect(p.evidence[0]).toMatchObject({ role: expect.any(String), weight: expect.any(Number), line: expect.any(Number), column: expect.any(Number), text: expect.any(String) });
  });

  it('reads a company lexicon from the config file', async () => {
    const dir = tempDir();
    const terms = [{ id: 'forgewright', terms: ['forgewright'], roles: { 'ai-engineer': 'strong' }, source: 'platform wiki' }];
    writeFileSync(path.join(dir, 'c.json'), JSON.stringify({ lexicon: { terms } }));
    const stdin = '# Software Engineer\n\n## What you will do\n\n- Extend Forgewright for our support teams\n- Keep Forgewright fast and observable\n';
    const plain = JSON.parse((await runCli(['analyze', '--format', 'json', '--stdin'], { stdin })).stdout)[0];
    const withLexicon = JSON.parse((await runCli(['analyze', '--format', 'json', '--stdin', '--config', path.join(dir, 'c.json')], { stdin })).stdout)[0];
    expect(plain.confidence).toBe('none');
    expect(withLexicon).toMatchObject({ dutyRole: 'ai-engineer', mismatch: true });
  });

  it('prints a readable text report', async () => {
    const { stdout } = await runCli(['analyze', demo]);
    expect(stdout).toMatch(/title +Senior Machine Learning Engineer → ml-engineer/);
    expect(stdout).toMatch(/duties +ai-engineer \(\d+%\)/);
    expect(stdout).toMatch(/verdict +mismatch/);
    expect(stdout).toMatch(/Are you building a model or a product\?\n {4}A product/);
    expect(stdout).toMatch(/ {2}hire\n {4}Hire an AI Engineer/);
  });
});

describe('the built bin', () => {
  it('runs as a separate process with the documented exit code', async () => {
    const run = promisify(execFile);
    const bin = path.join(repoRoot, 'packages/cli/bin.js');
    const error = await run(process.execPath, [bin, demo], { cwd: repoRoot }).catch((e: { code: number; stdout: string }) => e);
    expect((error as { code: number }).code).toBe(1);
    expect((error as { stdout: string }).stdout).toContain('title-duty-mismatch');
    const ok = await run(process.execPath, [bin, '--version'], { cwd: repoRoot });
    expect(ok.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
