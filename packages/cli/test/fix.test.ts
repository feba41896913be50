import { analyze, applyFixes, rules, type JdlintConfig } from '@jdlint/core';
import { lstatSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../src/write.js';
import { MISMATCH, runCli, scratch } from './helpers.js';

describe('--fix and --fix-dry-run without anything to fix', () => {
  it('never touches a file that has no fix', async () => {
    const dir = scratch({ 'a.md': MISMATCH });
    const file = path.join(dir, 'a.md');
    const before = statSync(file);
    const { code, stdout } = await runCli(['--fix', 'a.md'], { cwd: dir });
    expect(code).toBe(1); // the mismatch has no automatic fix: it is still reported
    expect(stdout).toMatch(/title-duty-mismatch/);
    const after = statSync(file);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('--fix-dry-run writes nothing and prints no diff when nothing would change', async () => {
    const dir = scratch({ 'a.md': MISMATCH });
    const { stdout } = await runCli(['--fix-dry-run', 'a.md'], { cwd: dir });
    expect(stdout).not.toMatch(/^---/m);
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(MISMATCH);
  });

  it('--fix cannot write to standard input, and is not combined with --fix-dry-run', async () => {
    expect(await runCli(['--fix', '--stdin'], { stdin: MISMATCH })).toMatchObject({ code: 2, stderr: 'jdlint: --fix cannot write to standard input; use --fix-dry-run to see the fixed text\n' });
    expect((await runCli(['--fix', '--fix-dry-run', 'x.md'])).stderr).toBe('jdlint: use --fix or --fix-dry-run, not both\n');
  });
});

describe('atomic writes', () => {
  it('replaces the file through a temporary file in the same directory, keeping its mode', async () => {
    const dir = scratch({ 'a.md': 'old\r\n' });
    const file = path.join(dir, 'a.md');
    const { chmodSync } = await import('node:fs');
    chmodSync(file, 0o640);
    const before = statSync(file).ino;
    await writeFileAtomic(file, new TextEncoder().encode('new\r\n'));
    expect(readFileSync(file, 'utf8')).toBe('new\r\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(statSync(file).ino).not.toBe(before); // renamed over, not rewritten in place
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('writes through a symlink to its target and keeps the link', async () => {
    const dir = scratch({ 'real.md': 'old' });
    symlinkSync('real.md', path.join(dir, 'link.md'));
    await writeFileAtomic(path.join(dir, 'link.md'), new TextEncoder().encode('new'));
    expect(lstatSync(path.join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, 'link.md'))).toBe('real.md');
    expect(readFileSync(path.join(dir, 'real.md'), 'utf8')).toBe('new');
  });

  it('fails with one clear line and leaves no temporary file', async () => {
    const dir = scratch();
    await expect(writeFileAtomic(path.join(dir, 'missing-dir', 'a.md'), new Uint8Array(), 'missing-dir/a.md')).rejects.toThrow('missing-dir/a.md: cannot write (ENOENT)');
    expect(readdirSync(dir)).toEqual([]);
  });
});

// End to end with a real fixable rule: skipped until the registry has one (tech-term-spelling).
const fixable = rules.find((r) => r.meta.fixable);
describe.skipIf(!fixable)('--fix with a real fixable rule', () => {
  // (vitest collects a skipped block too: nothing here may assume the rule exists until a test runs)
  const only: JdlintConfig = { rules: Object.fromEntries(rules.map((r) => [r.id, r.id === fixable?.id ? 'warning' : 'off'])) };
  const exampleInput = () => {
    const example = fixable?.examples.find((e) => analyze(e.input, { config: only }).diagnostics.some((d) => d.fix));
    if (!example) throw new Error(`fixable rule ${fixable?.id} has no example with a fix`);
    return example.input;
  };
  const settle = (text: string) => {
    let out = text;
    for (let i = 0; i < 10; i++) {
      const { output, applied } = applyFixes(out, analyze(out, { config: only }).diagnostics);
      if (applied.length === 0) break;
      out = output;
    }
    return out;
  };
  const argv = ['--config', 'only.json'];

  it('fixes until stable, keeps the BOM and CRLF line ends, and re-lints clean of fixable findings', async () => {
    const example = { input: exampleInput() };
    const crlf = example.input.replace(/\n/g, '\r\n');
    const dir = scratch({ 'only.json': JSON.stringify(only), 'lf.md': example.input, 'crlf.md': `\uFEFF${crlf}`, 'clean.md': '# AI Engineer\n\nShip things.\n' });
    const cleanBefore = statSync(path.join(dir, 'clean.md'));
    const { code } = await runCli([...argv, '--fix', 'lf.md', 'crlf.md', 'clean.md'], { cwd: dir });
    expect(code).toBe(0);
    expect(readFileSync(path.join(dir, 'lf.md'), 'utf8')).toBe(settle(example.input));
    const fixedCrlf = readFileSync(path.join(dir, 'crlf.md'), 'utf8');
    expect(fixedCrlf).toBe(`\uFEFF${settle(crlf)}`);
    expect(fixedCrlf.split('\r\n').length).toBe(crlf.split('\r\n').length);
    expect(statSync(path.join(dir, 'clean.md')).mtimeMs).toBe(cleanBefore.mtimeMs);
    const after = JSON.parse((await runCli([...argv, '-f', 'json', 'lf.md', 'crlf.md'], { cwd: dir })).stdout);
    for (const r of after) expect(r.messages.filter((m: { fix?: unknown }) => m.fix)).toEqual([]);
  });

  it('--fix-dry-run prints a unified diff (JSON: the fixed text as output) and writes nothing', async () => {
    const example = { input: exampleInput() };
    const dir = scratch({ 'only.json': JSON.stringify(only), 'a.md': example.input });
    const { stdout } = await runCli([...argv, '--fix-dry-run', 'a.md'], { cwd: dir });
    expect(stdout).toMatch(/^--- a\/a\.md\n\+\+\+ b\/a\.md\n@@ /m);
    const [r] = JSON.parse((await runCli([...argv, '--fix-dry-run', '-f', 'json', 'a.md'], { cwd: dir })).stdout);
    expect(r.output).toBe(settle(example.input));
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(example.input);
  });

  it('SARIF results carry the fix as a replacement, and stylish says how many are fixable', async () => {
    const input = exampleInput();
    const dir = scratch({ 'only.json': JSON.stringify(only), 'a.md': input });
    const [result] = JSON.parse((await runCli([...argv, '-f', 'sarif', 'a.md'], { cwd: dir })).stdout).runs[0].results;
    expect(result.fixes[0].artifactChanges[0]).toMatchObject({
      artifactLocation: { uri: 'a.md' },
      replacements: [{ deletedRegion: { startLine: expect.any(Number), startColumn: expect.any(Number) }, insertedContent: { text: expect.any(String) } }],
    });
    expect((await runCli([...argv, 'a.md'], { cwd: dir })).stdout).toMatch(/^\d+ findings? can be fixed with the `--fix` option$/m);
  });
});
