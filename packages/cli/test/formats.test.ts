import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '@jdlint/core';
import { MATCHING, MISMATCH, runCli, scratch } from './helpers.js';

describe('--format sarif', () => {
  it('is a SARIF 2.1.0 log: jdlint driver with every rule, located results', async () => {
    const dir = scratch({ 'jobs/a b.md': MISMATCH, 'jobs/ok.md': MATCHING });
    const { code, stdout } = await runCli(['-f', 'sarif', 'jobs'], { cwd: dir });
    expect(code).toBe(1);
    const log = JSON.parse(stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0\.json$/);
    expect(log.runs).toHaveLength(1);
    const [run] = log.runs;
    expect(run.tool.driver).toMatchObject({ name: 'jdlint', informationUri: expect.stringMatching(/^https:\/\//), version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(rules.map((r) => r.id));
    for (const [i, rule] of rules.entries()) {
      expect(run.tool.driver.rules[i]).toMatchObject({
        id: rule.id,
        shortDescription: { text: rule.meta.description },
        helpUri: rule.url,
        defaultConfiguration: { level: { error: 'error', warning: 'warning', info: 'note' }[rule.meta.defaultSeverity] },
      });
    }
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/\/.*\/$/);
    expect(run.invocations).toEqual([{ executionSuccessful: true, toolExecutionNotifications: [] }]);
    expect(run.results).toHaveLength(1);
    const [result] = run.results;
    expect(result).toMatchObject({
      ruleId: 'title-duty-mismatch',
      ruleIndex: rules.findIndex((r) => r.id === 'title-duty-mismatch'),
      level: 'error',
      message: { text: expect.stringMatching(/^Unexpected duties for `Machine Learning Engineer`/) },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'jobs/a%20b.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 3, endLine: 1, endColumn: 28 } } }],
    });
    expect(result.properties.suggestions).toContain('AI Engineer');
  });

  it('maps severities to levels and puts unreadable files in the invocation', async () => {
    const dir = scratch({ 'a.md': MISMATCH });
    const warn = JSON.parse((await runCli(['-f', 'sarif', '--rule', 'title-duty-mismatch:info', 'a.md', 'gone.md'], { cwd: dir })).stdout).runs[0];
    expect(warn.results[0].level).toBe('note');
    expect(warn.invocations[0]).toMatchObject({ executionSuccessful: false, toolExecutionNotifications: [{ level: 'error', message: { text: 'gone.md: no such file' } }] });
  });
});

describe('--format github', () => {
  it('prints workflow commands with file, line, col, end and an escaped message', async () => {
    const dir = scratch({ 'jobs/a.md': MISMATCH });
    const { code, stdout } = await runCli(['-f', 'github', 'jobs'], { cwd: dir });
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error file=jobs\/a\.md,line=1,col=3,endLine=1,endColumn=28,title=jdlint \(title-duty-mismatch\)::Unexpected duties for `Machine Learning Engineer`: \d+%25 of the evidence/);
    const notice = await runCli(['-f', 'github', '--rule', 'title-duty-mismatch:info', 'jobs'], { cwd: dir });
    expect(notice.stdout).toMatch(/^::notice file=/);
    expect(notice.code).toBe(0);
  });
});

describe('stylish and json', () => {
  it('stylish --why adds the expected text, the note with its source, and the docs link', async () => {
    const { stdout } = await runCli(['--why', '-'], { stdin: MISMATCH });
    expect(stdout).toMatch(/^ {4}expected: AI Engineer/m);
    expect(stdout).toMatch(/^ {4}why: .+\(source: .+\)$/m);
    expect(stdout).toMatch(/^ {4}docs: https:\/\/\S+\/title-duty-mismatch\.md$/m);
  });

  it('json has ESLint counts, fixable counts included', async () => {
    const [r] = JSON.parse((await runCli(['-f', 'json', '-'], { stdin: MISMATCH })).stdout);
    expect(r).toMatchObject({ filePath: '<stdin>', errorCount: 1, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 });
  });

  it('--output-file writes the report to a file', async () => {
    const dir = scratch({ 'a.md': MISMATCH });
    const { code, stdout } = await runCli(['-f', 'sarif', '-o', 'report.sarif', 'a.md'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(dir, 'report.sarif'), 'utf8')).runs[0].results).toHaveLength(1);
  });
});

describe('exit control', () => {
  const warnings = (cwd: string, ...argv: string[]) => runCli(['--rule', 'title-duty-mismatch:warning', ...argv, 'a.md', 'b.md'], { cwd });
  const dir = scratch({ 'a.md': MISMATCH, 'b.md': MISMATCH, 'ok.md': MATCHING });

  it('warnings alone exit 0; --max-warnings N exits 1 above N', async () => {
    expect((await warnings(dir)).code).toBe(0);
    expect((await warnings(dir, '--max-warnings', '2')).code).toBe(0);
    const over = await warnings(dir, '--max-warnings', '1');
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('jdlint: 2 warnings, more than --max-warnings 1\n');
    expect((await warnings(dir, '--max-warnings', '-1')).code).toBe(2);
    expect((await warnings(dir, '--max-warnings', 'many')).stderr).toMatch(/--max-warnings <n>' argument 'many' is invalid/);
  });

  it('--quiet reports errors only; warnings still count for --max-warnings', async () => {
    const quiet = await warnings(dir, '--quiet');
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toMatch(/^⚠ \d+ warnings? \(not shown: --quiet\)\n$/);
    expect((await warnings(dir, '--quiet', '--max-warnings', '0')).code).toBe(1);
    const errors = await runCli(['--quiet', 'a.md'], { cwd: dir });
    expect(errors.code).toBe(1);
    expect(errors.stdout).toMatch(/error/);
  });
});

describe('progress on stderr', () => {
  // A clock that moves 400 ms each time it is read: the run passes one second after a few files.
  const slowClock = () => {
    let t = 0;
    return () => (t += 400);
  };
  const dir = scratch(Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`p${i}.md`, MATCHING])));

  it('shows a counter once the run passes one second on a terminal, then clears it', async () => {
    const { stderr, stdout } = await runCli(['.'], { cwd: dir, stderrIsTTY: true, now: slowClock() });
    expect(stderr).toContain('jdlint: 6/6 files');
    expect(stderr).not.toContain('jdlint: 1/6 files');
    expect(stderr.endsWith('\r\u001B[K')).toBe(true);
    expect(stdout).toMatch(/no issues found in 6 files/);
  });

  it('prints nothing when stderr is not a terminal or the run is quick', async () => {
    expect((await runCli(['.'], { cwd: dir, stderrIsTTY: false, now: slowClock() })).stderr).toBe('');
    expect((await runCli(['.'], { cwd: dir, stderrIsTTY: true, now: () => 0 })).stderr).toBe('');
  });
});
