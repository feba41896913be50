import { execFile } from 'node:child_process';
import { chmodSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MATCHING, MISMATCH, repoRoot, runCli, scratch } from './helpers.js';

const files = (stdout: string) => JSON.parse(stdout).map((r: { filePath: string }) => r.filePath);

describe('inputs', () => {
  const tree = {
    'jobs/a.md': MISMATCH,
    'jobs/b.markdown': MATCHING,
    'jobs/c.mdx': MATCHING,
    'jobs/d.txt': MATCHING,
    'jobs/notes.html': MATCHING,
    'jobs/logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]),
    'jobs/deep/er/e.md': MATCHING,
    'jobs/node_modules/pkg/readme.md': MISMATCH,
    'jobs/.drafts/f.md': MISMATCH,
    'other/g.md': MATCHING,
  };

  it('walks directories for .md, .markdown, .mdx and .txt, skipping node_modules and dot directories', async () => {
    const dir = scratch(tree);
    const { stdout } = await runCli(['-f', 'json', 'jobs'], { cwd: dir });
    expect(files(stdout)).toEqual(['jobs/a.md', 'jobs/b.markdown', 'jobs/c.mdx', 'jobs/d.txt', 'jobs/deep/er/e.md']);
  });

  it('expands globs (posting extensions only) and lints a named file whatever its extension', async () => {
    const dir = scratch(tree);
    expect(files((await runCli(['-f', 'json', 'jobs/*'], { cwd: dir })).stdout)).toEqual(['jobs/a.md', 'jobs/b.markdown', 'jobs/c.mdx', 'jobs/d.txt']);
    expect(files((await runCli(['-f', 'json', '**/e.md', 'other/*.md'], { cwd: dir })).stdout)).toEqual(['jobs/deep/er/e.md', 'other/g.md']);
    expect(files((await runCli(['-f', 'json', 'jobs/notes.html'], { cwd: dir })).stdout)).toEqual(['jobs/notes.html']);
  });

  it('lints each file once, in argument order', async () => {
    const dir = scratch(tree);
    expect(files((await runCli(['-f', 'json', 'other/g.md', 'jobs/a.md', 'jobs/*.md', 'other'], { cwd: dir })).stdout)).toEqual(['other/g.md', 'jobs/a.md']);
  });

  it('honours .jdlintignore (gitignore syntax) for directories, globs and named files', async () => {
    const dir = scratch({ ...tree, '.jdlintignore': '# drafts and archives\njobs/deep/\n*.txt\n!keep.txt\n' });
    expect(files((await runCli(['-f', 'json', 'jobs'], { cwd: dir })).stdout)).toEqual(['jobs/a.md', 'jobs/b.markdown', 'jobs/c.mdx']);
    expect(files((await runCli(['-f', 'json', 'jobs/d.txt', 'jobs/a.md'], { cwd: dir })).stdout)).toEqual(['jobs/a.md']);
  });

  it('--ignore-path names another ignore file, relative to which its patterns apply', async () => {
    // It replaces .jdlintignore, and `/*` there means the files beside it, not the working directory's.
    const dir = scratch({ ...tree, 'config/lint-ignore': '/*\n', '.jdlintignore': 'jobs/\n' });
    expect(files((await runCli(['-f', 'json', '--ignore-path', 'config/lint-ignore', 'jobs'], { cwd: dir })).stdout)).toHaveLength(5);
    expect((await runCli(['jobs'], { cwd: dir })).stderr).toMatch(/every matching file is ignored/);
    const other = scratch({ ...tree, 'ignore-these': 'a.md\nb.markdown\n' });
    expect(files((await runCli(['-f', 'json', '--ignore-path', 'ignore-these', 'jobs'], { cwd: other })).stdout)).toEqual(['jobs/c.mdx', 'jobs/d.txt', 'jobs/deep/er/e.md']);
  });

  it('a missing --ignore-path, an empty directory, an unmatched glob and a fully ignored glob are usage errors', async () => {
    const dir = scratch({ ...tree, 'empty/.keep': '', '.jdlintignore': 'other/\n' });
    const cases: Array<[string[], string]> = [
      [['--ignore-path', 'nope', 'jobs'], 'jdlint: --ignore-path nope: no such file\n'],
      [['empty'], 'jdlint: empty: no .md, .markdown, .mdx, .txt files in this directory\n'],
      [['jobs/*.doc'], 'jdlint: jobs/*.doc: no posting files match this pattern\n'],
      [['other/*.md'], 'jdlint: other/*.md: every matching file is ignored (see .jdlintignore or --ignore-path)\n'],
    ];
    for (const [argv, line] of cases) expect(await runCli(argv, { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: line });
  });

  it('reads standard input with - or --stdin, named by --stdin-filename', async () => {
    const dash = await runCli(['-f', 'json', '-'], { stdin: MISMATCH });
    expect(files(dash.stdout)).toEqual(['<stdin>']);
    expect(dash.code).toBe(1);
    const named = await runCli(['--stdin', '--stdin-filename', 'jobs/draft.md'], { stdin: MISMATCH });
    expect(named.stdout).toMatch(/^jobs\/draft\.md\n {2}1:3-1:28 +error/);
  });

  it('a missing file: exit 2 and one line, the other files still linted', async () => {
    const dir = scratch({ 'a.md': MATCHING });
    const { code, stdout, stderr } = await runCli(['missing.md', 'a.md'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe('jdlint: missing.md: no such file\n');
    expect(stdout).toBe('✖ 1 file could not be read, no issues found in 1 file\n');
  });

  it('an unreadable file: exit 2 and one line (a spawned process, as an unprivileged user when run as root)', async () => {
    const dir = scratch({ 'locked.md': MISMATCH, 'a.md': MATCHING });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'locked.md'), 0o000);
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const bin = path.join(repoRoot, 'packages/cli/bin.js');
    const failure = (await promisify(execFile)(process.execPath, [bin, '-f', 'json', 'locked.md', 'a.md'], { cwd: dir, ...asNobody }).catch((e: unknown) => e)) as {
      code: number;
      stdout: string;
      stderr: string;
    };
    expect(failure.code).toBe(2);
    expect(failure.stderr).toBe('jdlint: locked.md: permission denied\n');
    expect(files(failure.stdout)).toEqual(['locked.md', 'a.md']);
  });
});
