/** The posting score in the CLI: analyze prints it, lint's JSON carries it, --min-score fails a run. */
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const DRAFT = 'fixtures/score/title-mismatch-no-pay.before.md';
const FIXED = 'fixtures/score/title-mismatch-no-pay.after.md';
const CATEGORIES = ['role-clarity', 'requirements-realism', 'inclusive-language', 'pay-transparency', 'structure-and-length'];

describe('the score in reports', () => {
  it('is in every file entry of the lint JSON, with deductions pointing at that entry\'s messages', async () => {
    const { stdout } = await runCli(['--no-config', '--format', 'json', DRAFT, FIXED]);
    const [draft, fixed] = JSON.parse(stdout);
    expect(fixed.score.total).toBe(100);
    expect(draft.score.total).toBeLessThan(fixed.score.total);
    expect(draft.score.categories.map((c: { id: string }) => c.id)).toEqual(CATEGORIES);
    for (const c of draft.score.categories) {
      for (const d of c.deductions) {
        for (const [k, i] of d.findings.entries()) {
          expect(draft.messages[i].ruleId).toBe(d.ruleId);
          expect({ line: draft.messages[i].line, column: draft.messages[i].column }).toEqual(d.places[k]);
        }
      }
    }
  });

  it('counts every finding under --quiet, which only hides warnings from the messages', async () => {
    const quiet = JSON.parse((await runCli(['--no-config', '--quiet', '--format', 'json', DRAFT])).stdout)[0];
    const full = JSON.parse((await runCli(['--no-config', '--format', 'json', DRAFT])).stdout)[0];
    expect(quiet.messages.length).toBeLessThan(full.messages.length);
    expect(quiet.score).toEqual(full.score);
  });

  it('is printed by analyze in text, JSON and Markdown, with each deduction and how it was counted', async () => {
    const text = (await runCli(['analyze', '--no-config', DRAFT])).stdout;
    const json = JSON.parse((await runCli(['analyze', '--no-config', '--format', 'json', DRAFT])).stdout)[0];
    const markdown = (await runCli(['analyze', '--no-config', '--format', 'markdown', DRAFT])).stdout;
    expect(text).toContain(`  score        ${json.score.total} of 100\n`);
    expect(text).toMatch(/\n {4}Role clarity +40 {2}−60 title-duty-mismatch \(1 error × 60 = 60\)\n/);
    expect(text).toMatch(/\n {4}Pay transparency +50 {2}−50 salary-range \(1 warning × 50 = 50\)\n/);
    expect(json.score.categories.find((c: { id: string }) => c.id === 'pay-transparency').deductions[0]).toMatchObject({ ruleId: 'salary-range', points: 50, places: [{ line: expect.any(Number), column: expect.any(Number) }] });
    expect(markdown).toContain(`### Score: ${json.score.total} of 100`);
    expect(markdown).toMatch(/\| Role clarity \| 30% \| 40 \| −60 \[title-duty-mismatch\]\(https:\/\/[^)]+title-duty-mismatch\.md\)/);
  });

  it('follows --rule: a rule turned off costs nothing', async () => {
    const off = JSON.parse((await runCli(['analyze', '--no-config', '--rule', 'salary-range:off', '--format', 'json', DRAFT])).stdout)[0];
    expect(off.score.categories.find((c: { id: string }) => c.id === 'pay-transparency').score).toBe(100);
  });
});

describe('--min-score', () => {
  it('exits 1 and names each file below the threshold, in lint and in analyze', async () => {
    for (const command of [[], ['analyze']]) {
      const run = await runCli([...command, '--no-config', '--rule', 'title-duty-mismatch:warning', '--min-score', '90', DRAFT, FIXED]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^jdlint: fixtures\/score\/title-mismatch-no-pay\.before\.md scores \d+, below --min-score 90\n$/);
    }
  });

  it('exits 0 when every file scores at least the threshold (the threshold itself passes)', async () => {
    const total = JSON.parse((await runCli(['analyze', '--no-config', '--format', 'json', DRAFT])).stdout)[0].score.total as number;
    const run = await runCli(['analyze', '--no-config', '--min-score', String(total), DRAFT, FIXED]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lint = await runCli(['--no-config', '--min-score', '100', FIXED]);
    expect(lint.code).toBe(0);
  });

  it('fails the lint run on a low score even when no finding is an error, also when the report is streamed as JSON', async () => {
    const args = ['--no-config', '--rule', 'title-duty-mismatch:warning', DRAFT];
    expect((await runCli(args)).code).toBe(0);
    expect((await runCli(['--min-score', '80', ...args])).code).toBe(1);
    const json = await runCli(['--format', 'json', '--min-score', '80', ...args]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toHaveLength(1);
    expect(json.stderr).toContain('below --min-score 80');
  });

  it.each(['abc', '101', '-5', '7.5', ''])('rejects %j in one line, exit 2', async (value) => {
    const run = await runCli(['--min-score', value, FIXED]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("option '--min-score <n>' argument");
    expect(run.stderr).toContain('expected a whole number from 0 to 100');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
