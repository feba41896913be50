/**
 * CI adoption: --cache, baselines and their fingerprints (also in SARIF), --format jsonl and
 * --stdin-jsonl. The 1,000-posting tests use the benchmark's seeded corpus; what they check is
 * counted (files analyzed, findings), never timed.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specs, writeSet } from '../../bench/src/corpus.js';
import { repoRoot, runCli, scratch, type RunResult } from './helpers.js';

const fixtureDir = path.join(repoRoot, 'fixtures/postings');
const fixtures = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => `fixtures/postings/${f}`);

const dirs: string[] = [];
function temp(files: Record<string, string> = {}): string {
  const dir = scratch(files);
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

// `JDLINT_DEBUG=cache` makes every --cache run say how many files it reused and analyzed.
const debug = process.env['JDLINT_DEBUG'];
beforeAll(() => {
  process.env['JDLINT_DEBUG'] = 'cache';
});
afterAll(() => {
  if (debug === undefined) delete process.env['JDLINT_DEBUG'];
  else process.env['JDLINT_DEBUG'] = debug;
});

function cacheStats(run: RunResult): { reused: number; analyzed: number } {
  const match = /jdlint: cache .*: (\d+) reused, (\d+) analyzed/.exec(run.stderr);
  if (!match) throw new Error(`no cache line on stderr: ${run.stderr}`);
  return { reused: Number(match[1]), analyzed: Number(match[2]) };
}

const withoutCacheLine = (stderr: string) => stderr.replace(/^jdlint: cache .*\n/m, '');

describe('--cache', () => {
  it('gives byte-identical reports with and without the cache on the fixture repository, in every format', async () => {
    const cache = path.join(temp(), 'cache', '.jdlintcache');
    for (const format of ['stylish', 'json', 'jsonl', 'sarif', 'github']) {
      const plain = await runCli(['-f', format, ...fixtures]);
      const cold = await runCli(['--cache', '--cache-location', cache, '-f', format, ...fixtures]);
      const warm = await runCli(['--cache', '--cache-location', cache, '-f', format, ...fixtures]);
      expect(cacheStats(warm)).toEqual({ reused: fixtures.length, analyzed: 0 });
      for (const run of [cold, warm]) {
        expect(run.stdout).toBe(plain.stdout);
        expect(run.code).toBe(plain.code);
        expect(withoutCacheLine(run.stderr)).toBe(plain.stderr);
      }
    }
    const analyzed = await runCli(['analyze', '-f', 'json', ...fixtures]);
    const fromCache = await runCli(['analyze', '--cache', '--cache-location', cache, '-f', 'json', ...fixtures]);
    expect(cacheStats(fromCache)).toEqual({ reused: fixtures.length, analyzed: 0 });
    expect(fromCache.stdout).toBe(analyzed.stdout);
  });

  it('on the benchmark’s 1,000 postings: a second run analyzes nothing, an edited posting only that one; a baseline then reports exactly the one new finding', async () => {
    const dir = temp();
    const spec = specs(false).find((s) => s.name === 'p1000');
    if (!spec) throw new Error('the bench has no p1000 set');
    const files = writeSet(dir, spec);
    expect(files).toHaveLength(1000);
    const run = (...args: string[]) => runCli(args[0] === 'baseline' ? [...args.slice(0, 2), '--cache', ...args.slice(2)] : ['--cache', ...args], { cwd: dir });

    const cold = await run('-f', 'json', 'p1000');
    expect(cacheStats(cold)).toEqual({ reused: 0, analyzed: 1000 });
    const warm = await run('-f', 'json', 'p1000');
    expect(cacheStats(warm)).toEqual({ reused: 1000, analyzed: 0 });
    expect(warm.stdout).toBe(cold.stdout);
    const total = (JSON.parse(cold.stdout) as Array<{ messages: unknown[] }>).reduce((n, f) => n + f.messages.length, 0);
    expect(total).toBeGreaterThan(1000);

    const created = await run('baseline', 'create', 'p1000');
    expect(created.code, created.stderr).toBe(0);
    expect(cacheStats(created)).toEqual({ reused: 1000, analyzed: 0 });
    expect(created.stderr).toContain(`wrote .jdlint-baseline.json: ${total.toLocaleString('en-US')} findings in`);
    const baselined = await run('--baseline', '.jdlint-baseline.json', '--max-warnings', '0', 'p1000');
    expect(baselined.code, baselined.stdout).toBe(0);
    expect(baselined.stdout).toBe('✔ no issues found in 1000 files\n');

    // One vague requirement added in the middle of one posting: every line below it moves down.
    const edited = files[500] as string;
    const lines = readFileSync(edited, 'utf8').split('\n');
    const at = lines.findIndex((l, i) => i > lines.indexOf('## What we are looking for') && l.startsWith('- '));
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(lines.length - 10);
    lines.splice(at + 1, 0, '- Excellent communication skills');
    writeFileSync(edited, lines.join('\n'));

    const after = await run('--baseline', '.jdlint-baseline.json', '--max-warnings', '0', '-f', 'json', 'p1000');
    expect(cacheStats(after)).toEqual({ reused: 999, analyzed: 1 });
    expect(after.code).toBe(1);
    const found = (JSON.parse(after.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number }> }>).flatMap((f) => f.messages.map((m) => ({ file: f.filePath, ...m })));
    expect(found.map((m) => [m.file, m.ruleId, m.line])).toEqual([[path.relative(dir, edited), 'no-vague-requirement', at + 2]]);
  }, 600_000);

  it('re-analyzes a file when the config, a --rule or the file changes, and only then', async () => {
    const dir = temp({ 'a.md': '# AI Engineer\n\n- Build RAG pipelines with LangChain\n', 'b.md': '# Data Engineer\n\n- Strong SQL\n' });
    const run = (...args: string[]) => runCli(['--cache', ...args, 'a.md', 'b.md'], { cwd: dir });
    expect(cacheStats(await run())).toEqual({ reused: 0, analyzed: 2 });
    expect(cacheStats(await run())).toEqual({ reused: 2, analyzed: 0 });
    const ruled = await run('--rule', 'no-vague-requirement:off');
    expect(cacheStats(ruled)).toEqual({ reused: 0, analyzed: 2 });
    expect(ruled.stdout).not.toContain('no-vague-requirement');
    writeFileSync(path.join(dir, '.jdlintrc.json'), JSON.stringify({ rules: { 'salary-range': 'off' } }));
    expect(cacheStats(await run())).toEqual({ reused: 0, analyzed: 2 });
    expect(cacheStats(await run())).toEqual({ reused: 2, analyzed: 0 });
    writeFileSync(path.join(dir, 'b.md'), '# Data Engineer\n\n- Five years of SQL\n');
    expect(cacheStats(await run())).toEqual({ reused: 1, analyzed: 1 });
  });

  it('ignores a corrupt or foreign cache file with one warning, never stale findings, and rewrites it', async () => {
    const dir = temp({ 'a.md': '# AI Engineer\n\n- Build RAG pipelines with LangChain\n- Strong SQL\n' });
    const plain = await runCli(['a.md'], { cwd: dir });
    // Truncated, foreign, binary, the wrong shape; and a real cache whose string table was lost.
    await runCli(['--cache', '--cache-location', 'real.json', 'a.md'], { cwd: dir });
    const real = JSON.parse(readFileSync(path.join(dir, 'real.json'), 'utf8')) as { strings: string[] };
    const bad = ['{"format":"jdlint-cache/2","key":', '{"eslint":{"a.md":1}}', '\u0000\u0001binary', '{"format":"jdlint-cache/2","key":"x","strings":[],"files":{"a.md":{"text":1}}}', JSON.stringify({ ...real, strings: [] })];
    for (const content of bad) {
      writeFileSync(path.join(dir, '.jdlintcache'), content);
      const run = await runCli(['--cache', 'a.md'], { cwd: dir });
      expect(run.stdout).toBe(plain.stdout);
      expect(run.code).toBe(plain.code);
      expect(withoutCacheLine(run.stderr)).toBe('jdlint: warning: ignoring the cache .jdlintcache: not a jdlint cache file (corrupt, or written by another tool); it will be rewritten\n');
      const again = await runCli(['--cache', 'a.md'], { cwd: dir });
      expect(withoutCacheLine(again.stderr)).toBe('');
      expect(cacheStats(again)).toEqual({ reused: 1, analyzed: 0 });
    }
    // A cache from another version or other rules is not corrupt: it is emptied without a word.
    const data = JSON.parse(readFileSync(path.join(dir, '.jdlintcache'), 'utf8')) as { key: string };
    writeFileSync(path.join(dir, '.jdlintcache'), JSON.stringify({ ...data, key: `0.0.0:${data.key}` }));
    const other = await runCli(['--cache', 'a.md'], { cwd: dir });
    expect(withoutCacheLine(other.stderr)).toBe('');
    expect(cacheStats(other)).toEqual({ reused: 0, analyzed: 1 });
  });

  it('says in one warning that a cache it cannot write is not written, and reports as without it', async () => {
    const dir = temp({ 'a.md': '# AI Engineer\n\n- Strong SQL\n' });
    const plain = await runCli(['a.md'], { cwd: dir });
    // Under a file, where no directory can be made.
    const run = await runCli(['--cache', '--cache-location', 'a.md/cache/', 'a.md'], { cwd: dir });
    expect(run.stdout).toBe(plain.stdout);
    expect(run.code).toBe(plain.code);
    expect(withoutCacheLine(run.stderr)).toMatch(/^jdlint: warning: a\.md\/cache\/\.jdlintcache: cannot write \(ENOTDIR\); the next run lints every file again\n$/);
  });

  it('--fix keeps the cache up to date with the fixed file', async () => {
    const dir = temp({ 'a.md': '# AI Engineer\n\n## Responsibilities\n\n- Build agents with Langchain and Pytorch\n' });
    const fixed = await runCli(['--cache', '--fix', 'a.md'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toContain('LangChain and PyTorch');
    expect(cacheStats(fixed)).toEqual({ reused: 0, analyzed: 1 });
    const next = await runCli(['--cache', 'a.md'], { cwd: dir });
    expect(cacheStats(next)).toEqual({ reused: 1, analyzed: 0 });
    expect(next.stdout).toBe((await runCli(['a.md'], { cwd: dir })).stdout);
  });
});

describe('baselines', () => {
  it('drop fixed findings on update, report a finding that comes back, and match the SARIF fingerprints', async () => {
    const posting = ['# Data Engineer', '', '## Requirements', '', '- Five years of SQL', '- Excellent communication skills', '- Good knowledge of Python', ''].join('\n');
    const dir = temp({ 'jobs/a.md': posting, 'jobs/b.md': posting });
    expect((await runCli(['baseline', 'create', 'jobs'], { cwd: dir })).code).toBe(0);
    const baseline = JSON.parse(readFileSync(path.join(dir, '.jdlint-baseline.json'), 'utf8')) as { findings: Array<{ file: string; ruleId: string; fingerprint: string; evidence: string }> };
    expect(baseline.findings.filter((f) => f.evidence === 'excellent communication skills').map((f) => f.file)).toEqual(['jobs/a.md', 'jobs/b.md']);

    const sarif = JSON.parse((await runCli(['-f', 'sarif', 'jobs'], { cwd: dir })).stdout) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>; partialFingerprints: Record<string, string> }> }> };
    const prints = (sarif.runs[0]?.results ?? []).map((r) => `${r.locations[0]?.physicalLocation.artifactLocation.uri} ${r.partialFingerprints['jdlintFingerprint/v1']}`);
    expect(prints.sort()).toEqual(baseline.findings.map((f) => `${f.file} ${f.fingerprint}`).sort());

    writeFileSync(path.join(dir, 'jobs/a.md'), posting.replace('- Excellent communication skills\n', ''));
    const updated = await runCli(['baseline', 'update', 'jobs'], { cwd: dir });
    expect(updated.stderr).toBe(`jdlint: updated .jdlint-baseline.json: 1 fixed finding removed, ${baseline.findings.length - 1} findings left\n`);
    writeFileSync(path.join(dir, 'jobs/a.md'), posting);
    const back = await runCli(['--baseline', '.jdlint-baseline.json', '-f', 'json', 'jobs'], { cwd: dir });
    const messages = (JSON.parse(back.stdout) as Array<{ filePath: string; messages: Array<{ actual: string }> }>).flatMap((f) => f.messages.map((m) => `${f.filePath} ${m.actual}`));
    expect(messages).toEqual(['jobs/a.md Excellent communication skills']);
  });

  it('refuses a missing or malformed baseline file with one line and exit 2', async () => {
    const dir = temp({ 'a.md': '# AI Engineer\n', 'bad.json': '{"findings": 3}', 'broken.json': '{' });
    expect(await runCli(['--baseline', 'none.json', 'a.md'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: 'jdlint: none.json: no such baseline file (create one with `jdlint baseline create`)\n' });
    const bad = await runCli(['--baseline', 'bad.json', 'a.md'], { cwd: dir });
    expect(bad).toEqual({ code: 2, stdout: '', stderr: 'jdlint: bad.json: not a jdlint baseline (expected an object with "format": "jdlint-baseline/1" and a "findings" list)\n' });
    const broken = await runCli(['--baseline', 'broken.json', 'a.md'], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^jdlint: broken\.json: not a jdlint baseline: invalid JSON \(.+\)\n$/);
    expect((await runCli(['baseline', 'update', 'a.md'], { cwd: dir })).stderr).toBe('jdlint: .jdlint-baseline.json: no such baseline file (create one with `jdlint baseline create`)\n');
  });
});

describe('JSON lines', () => {
  it('--format jsonl gives the --format json entries, one a line, in input order', async () => {
    const inputs = [...fixtures].reverse();
    const json = JSON.parse((await runCli(['-f', 'json', ...inputs])).stdout) as unknown[];
    const jsonl = await runCli(['-f', 'jsonl', ...inputs]);
    const lines = jsonl.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l))).toEqual(json);
    expect(json.map((e) => (e as { filePath: string }).filePath)).toEqual(inputs);
  });

  it('--stdin-jsonl answers each {"id","text"} record with one line, in order, with the findings --format json gives the file', async () => {
    const dir = temp();
    cpSync(fixtureDir, dir, { recursive: true });
    const names = fixtures.map((f) => path.basename(f));
    const stdin = names.map((name, i) => JSON.stringify({ id: i % 2 ? name : i, text: readFileSync(path.join(dir, name), 'utf8') })).join('\n') + '\n';
    const run = await runCli(['--stdin-jsonl'], { cwd: dir, stdin });
    const json = JSON.parse((await runCli(['-f', 'json', ...names], { cwd: dir })).stdout) as Array<Record<string, unknown>>;
    const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l['id'])).toEqual(names.map((name, i) => (i % 2 ? name : i)));
    expect(lines.map((l) => l['line'])).toEqual(names.map((_, i) => i + 1));
    expect(lines.map((l) => l['messages'])).toEqual(json.map((e) => e['messages']));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
  });

  it('--stdin-jsonl answers a bad line with an error line of its own, says it on stderr and exits 2', async () => {
    const stdin = ['{"id":"a","text":"# AI Engineer\\n\\n- Build RAG pipelines\\n"}', 'not json', '', '{"id":"c"}', '["x"]', '{"id":"d","text":"# Data Engineer\\n"}', ''].join('\n');
    const run = await runCli(['--stdin-jsonl', '--no-config'], { stdin });
    const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: unknown; line: number; messages: Array<{ fatal?: boolean; message: string }> });
    expect(lines.map((l) => [l.id, l.line])).toEqual([['a', 1], [null, 2], ['c', 4], [null, 5], ['d', 6]]);
    expect(lines[2]?.messages).toEqual([expect.objectContaining({ ruleId: null, severity: 2, fatal: true, message: 'stdin line 4: "text" must be a string' })]);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^jdlint: stdin line 2: not JSON \(.+\)$/),
      'jdlint: stdin line 4: "text" must be a string',
      'jdlint: stdin line 5: expected an object {"id": ..., "text": "..."}',
    ]);
    expect(run.code).toBe(2);
    expect(await runCli(['--stdin-jsonl', 'a.md'])).toEqual({ code: 2, stdout: '', stderr: 'jdlint: --stdin-jsonl reads standard input only: name no files and leave out --stdin\n' });
  });
});

