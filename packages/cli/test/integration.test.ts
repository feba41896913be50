/**
 * The slow, whole-system checks: a git pre-commit hook in a scratch repository, and the packed
 * packages installed with npm outside the monorepo. Both spawn real processes.
 */
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { attempt, hasCommand, repoRoot, scratch, tempDir } from './helpers.js';

const exec = promisify(execFile);
const bin = path.join(repoRoot, 'packages/cli/bin.js');
const posting = readFileSync(path.join(repoRoot, 'fixtures/postings/ml-engineer-rag-duties.md'), 'utf8');
const fixedPosting = posting.replace('title: Senior Machine Learning Engineer', 'title: Senior AI Engineer');



function gitRepo(): string {
  const dir = scratch();
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('config', 'user.email', 'recruiter@example.com');
  git('config', 'user.name', 'Recruiter');
  git('config', 'commit.gpgsign', 'false');
  return dir;
}

const commit = (dir: string, message: string) => attempt('git', ['commit', '-q', '-m', message], dir);

describe('a git pre-commit hook', () => {
  it('refuses a posting with an error-level finding and accepts it once fixed', async () => {
    const dir = gitRepo();
    // The hook documented in docs/cli.md, with the built bin in place of `npx --no-install jdlint`.
    const hook = path.join(dir, '.git/hooks/pre-commit');
    writeFileSync(
      hook,
      `#!/bin/sh\ngit diff --cached --name-only --diff-filter=ACMR -z -- '*.md' '*.markdown' '*.mdx' '*.txt' | xargs -0 -r ${JSON.stringify(process.execPath)} ${JSON.stringify(bin)}\n`,
    );
    chmodSync(hook, 0o755);
    writeFileSync(path.join(dir, 'senior-ml-engineer.md'), posting);
    await attempt('git', ['add', '.'], dir);
    const refused = await commit(dir, 'Add posting');
    expect(refused.code).not.toBe(0);
    expect(refused.stdout + refused.stderr).toMatch(/senior-ml-engineer\.md[\s\S]*error[\s\S]*title-duty-mismatch/);
    expect((await attempt('git', ['rev-parse', '--verify', '-q', 'HEAD'], dir)).code).not.toBe(0); // nothing committed

    writeFileSync(path.join(dir, 'senior-ml-engineer.md'), fixedPosting);
    await attempt('git', ['add', '.'], dir);
    const accepted = await commit(dir, 'Add posting');
    expect(accepted.code).toBe(0);
    expect((await attempt('git', ['log', '--oneline'], dir)).stdout).toMatch(/Add posting/);
  });

  // pre-commit (the framework) is not on every machine: this runs where it is installed.
  it.skipIf(!hasCommand('pre-commit'))('pre-commit: the manifest is valid and a local hook refuses, then accepts', async () => {
    expect((await attempt('pre-commit', ['validate-manifest', path.join(repoRoot, '.pre-commit-hooks.yaml')], repoRoot)).code).toBe(0);
    const dir = gitRepo();
    writeFileSync(
      path.join(dir, '.pre-commit-config.yaml'),
      [
        'repos:',
        '  - repo: local',
        '    hooks:',
        '      - id: jdlint',
        '        name: jdlint',
        `        entry: ${JSON.stringify(`'${process.execPath}' '${bin}'`)}`,
        '        language: system',
        '        types_or: [markdown, mdx, plain-text]',
        '        require_serial: true',
        '',
      ].join('\n'),
    );
    const env = { ...process.env, PRE_COMMIT_HOME: tempDir('jdlint-pre-commit-home-') };
    expect((await attempt('pre-commit', ['install'], dir, env)).code).toBe(0);
    writeFileSync(path.join(dir, 'posting.md'), posting);
    writeFileSync(path.join(dir, 'script.py'), 'print("not a posting")\n');
    await attempt('git', ['add', '.'], dir);
    const refused = await attempt('git', ['commit', '-q', '-m', 'Add posting'], dir, env);
    expect(refused.code).not.toBe(0);
    expect(refused.stdout + refused.stderr).toMatch(/title-duty-mismatch/);
    expect(refused.stdout + refused.stderr).not.toMatch(/script\.py/);
    writeFileSync(path.join(dir, 'posting.md'), fixedPosting);
    await attempt('git', ['add', '.'], dir);
    expect((await attempt('git', ['commit', '-q', '-m', 'Add posting'], dir, env)).code).toBe(0);
  });
});

describe('the packed packages', () => {
  it('install with npm outside the monorepo and give a working jdlint', async () => {
    const packs = tempDir('jdlint-packs-');
    for (const pkg of ['core', 'cli']) await exec('pnpm', ['pack', '--pack-destination', packs], { cwd: path.join(repoRoot, 'packages', pkg) });
    const tarballs = readdirSync(packs).map((f) => path.join(packs, f));
    expect(tarballs.map((f) => path.basename(f)).sort()).toEqual([expect.stringMatching(/^jdlint-cli-.*\.tgz$/), expect.stringMatching(/^jdlint-core-.*\.tgz$/)]);

    const project = scratch({ 'package.json': JSON.stringify({ name: 'careers-site', private: true }), 'jobs/senior-ml-engineer.md': posting });
    await exec('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...tarballs], { cwd: project });
    const installed = JSON.parse(readFileSync(path.join(project, 'node_modules/@jdlint/cli/package.json'), 'utf8'));
    expect(installed.dependencies['@jdlint/core']).toMatch(/^\^?\d+\.\d+\.\d+$/); // workspace:^ rewritten by pnpm pack
    expect(existsSync(path.join(project, 'node_modules/@jdlint/cli/schema/jdlintrc.schema.json'))).toBe(true);

    const jdlint = path.join(project, 'node_modules/.bin/jdlint');
    const lint = await attempt(jdlint, ['jobs'], project);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toMatch(/jobs\/senior-ml-engineer\.md\n {2}2:8-2:40 +error +Unexpected duties for `Senior Machine Learning Engineer`[^\n]+title-duty-mismatch/);
    expect((await attempt(jdlint, ['init'], project)).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(project, '.jdlintrc.json'), 'utf8')).$schema).toBe('./node_modules/@jdlint/cli/schema/jdlintrc.schema.json');
    expect((await attempt(jdlint, ['--rule', 'title-duty-mismatch:warning', 'jobs'], project)).code).toBe(0);
  }, 300_000);
});
