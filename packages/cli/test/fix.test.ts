import { analyze, applyFixes, rules, type JdlintConfig } from '@jdlint/core';
import { execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it, onTestFinished } from 'vitest';
import { writeFileAtomic } from '../src/write.js';
import { MISMATCH, runCli, scratch, tempDir } from './helpers.js';

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
    await expect(writeFileAtomic(path.join(dir, 'missing-dir', 'a.md'), new Uint8Array(), 'missing-dir/a.md', { refusal: 'not fixed, the file is left as it was: ' })).rejects.toThrow(
      'missing-dir/a.md: not fixed, the file is left as it was: its folder does not exist (ENOENT)',
    );
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

  describe('never loses a user\'s file: left as it was or fully fixed, and one line says which', () => {
    const leftAsItWas = (name: string, reason: string) => `${name}: not fixed, the file is left as it was: ${reason}`;
    const lines = (text: string, needle: string) => text.split('\n').filter((l) => l.includes(needle));

    it('fully fixed: one line on stderr says so', async () => {
      const input = exampleInput();
      const dir = scratch({ 'only.json': JSON.stringify(only), 'a.md': input });
      const { code, stderr } = await runCli([...argv, '--fix', 'a.md'], { cwd: dir });
      expect(code).toBe(0);
      expect(stderr).toMatch(/^jdlint: a\.md: fixed \(\d+ fix(es)? written\)\n$/);
      expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(settle(input));
    });

    it('a file saved by someone else while jdlint ran is left with their text', async () => {
      const input = exampleInput();
      const dir = scratch({ 'only.json': JSON.stringify(only), 'a.md': input });
      const file = path.join(dir, 'a.md');
      const theirs = `${input}\nA line another editor saved while jdlint was fixing.\n`;
      // The other program saves right after jdlint has read the file, before it writes.
      const readThenSave = async (f: string) => {
        const bytes = await readFile(f);
        if (f === file) writeFileSync(file, theirs);
        return bytes;
      };
      const { code, stdout, stderr } = await runCli([...argv, '--fix', 'a.md'], { cwd: dir, readFile: readThenSave });
      expect(code).toBe(2);
      // One line on stderr, as for every file jdlint could not handle; the report is not a finding.
      expect(stderr).toBe(`jdlint: ${leftAsItWas('a.md', 'it changed while jdlint ran (run jdlint --fix again)')}\n`);
      expect(lines(stdout, 'not fixed')).toEqual([]);
      expect(readFileSync(file, 'utf8')).toBe(theirs);
      expect(readdirSync(dir).sort()).toEqual(['a.md', 'only.json']); // no temporary file left
      // Run again, it fixes the new text.
      expect((await runCli([...argv, '--fix', 'a.md'], { cwd: dir })).code).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(settle(theirs));
    });

    it('a read-only file is left as it was, even for root', async () => {
      const input = exampleInput();
      const dir = scratch({ 'only.json': JSON.stringify(only), 'a.md': input });
      const file = path.join(dir, 'a.md');
      chmodSync(file, 0o444);
      const { code, stdout, stderr } = await runCli([...argv, '--fix', '-f', 'json', 'a.md'], { cwd: dir });
      expect(code).toBe(2);
      expect(stderr).toBe(`jdlint: ${leftAsItWas('a.md', 'it is read-only')}\n`);
      const [error, ...findings] = JSON.parse(stdout)[0].messages as Array<{ ruleId: string | null; fatal?: boolean; message: string; fix?: unknown }>;
      expect(error).toMatchObject({ fatal: true, message: leftAsItWas('a.md', 'it is read-only') });
      // The findings are the file's as it still is: its fixable ones are still there.
      expect(findings.filter((m) => m.ruleId === fixable?.id && m.fix).length).toBeGreaterThan(0);
      expect(readFileSync(file, 'utf8')).toBe(input);
      expect(statSync(file).mode & 0o777).toBe(0o444);
      expect(readdirSync(dir).sort()).toEqual(['a.md', 'only.json']);
    });

    it('a symlink: its target is fixed and the link stays a link', async () => {
      const input = exampleInput();
      const dir = scratch({ 'only.json': JSON.stringify(only), 'postings/real.md': input });
      symlinkSync('postings/real.md', path.join(dir, 'link.md'));
      const { code, stderr } = await runCli([...argv, '--fix', 'link.md'], { cwd: dir });
      expect(code).toBe(0);
      expect(stderr).toMatch(/^jdlint: link\.md: fixed /);
      expect(lstatSync(path.join(dir, 'link.md')).isSymbolicLink()).toBe(true);
      expect(readlinkSync(path.join(dir, 'link.md'))).toBe('postings/real.md');
      expect(readFileSync(path.join(dir, 'postings/real.md'), 'utf8')).toBe(settle(input));
      expect(readdirSync(path.join(dir, 'postings'))).toEqual(['real.md']);
    });

    // A full disk: a small tmpfs, which only root may mount (and not in every container).
    const disk = fullDiskSupport();
    it.skipIf(disk !== null)(`a full disk leaves the file as it was${disk === null ? '' : ` (skipped: ${disk})`}`, async () => {
      const input = exampleInput();
      const dir = tempDir();
      const mount = path.join(dir, 'disk');
      mkdirSync(mount);
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mount], { stdio: 'pipe', timeout: 10_000 });
      onTestFinished(() => execFileSync('umount', [mount], { stdio: 'pipe', timeout: 10_000 }));
      writeFileSync(path.join(mount, 'only.json'), JSON.stringify(only));
      writeFileSync(path.join(mount, 'a.md'), input);
      // Fill the disk to the last byte.
      const filler = path.join(mount, 'filler');
      writeFileSync(filler, '');
      for (let size = 32 * 1024; size >= 1; size = Math.floor(size / 2)) {
        for (;;) {
          try {
            writeFileSync(filler, Buffer.alloc(size), { flag: 'a' });
          } catch {
            break;
          }
        }
      }
      const { code, stderr } = await runCli(['--config', 'only.json', '--fix', 'a.md'], { cwd: mount });
      expect(code).toBe(2);
      expect(stderr).toBe(`jdlint: ${leftAsItWas('a.md', 'no space left on the disk (ENOSPC)')}\n`);
      expect(readFileSync(path.join(mount, 'a.md'), 'utf8')).toBe(input);
      expect(readdirSync(mount).sort()).toEqual(['a.md', 'filler', 'only.json']);
      // With room again, the same run fixes it fully.
      rmSync(filler);
      expect((await runCli(['--config', 'only.json', '--fix', 'a.md'], { cwd: mount })).code).toBe(0);
      expect(readFileSync(path.join(mount, 'a.md'), 'utf8')).toBe(settle(input));
    });
  });
});

/** Why a tmpfs cannot be mounted here (null when it can): tried once, on a folder removed at once. */
function fullDiskSupport(): string | null {
  if (process.getuid?.() !== 0) return 'mounting a tmpfs needs root';
  const probe = tempDirNow();
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', probe], { stdio: 'pipe', timeout: 10_000 });
    execFileSync('umount', [probe], { stdio: 'pipe', timeout: 10_000 });
    return null;
  } catch (error) {
    return `cannot mount a tmpfs here (${String((error as { stderr?: Buffer }).stderr ?? error).trim().split('\n')[0]})`;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

function tempDirNow(): string {
  return mkdtempSync(path.join(tmpdir(), 'jdlint-test-mount-'));
}
