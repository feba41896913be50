import { spawn } from 'node:child_process';
import { copyFileSync, readFileSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const remarkCli = path.join(pkg, 'node_modules', 'remark-cli', 'cli.js');
const fixture = fileURLToPath(new URL('../../../fixtures/postings/ml-engineer-rag-duties.md', import.meta.url));

let project: string;

/** Runs remark-cli (the real one, on the built plugin) in the project folder; bounded at 60 s. */
function remark(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [remarkCli, ...args, '--no-color'], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => void (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => void (stderr += s));
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`remark-cli did not finish in 60 s: ${stderr}`));
    }, 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function remarkrc(config: unknown): void {
  writeFileSync(path.join(project, '.remarkrc'), JSON.stringify(config, null, 2));
}

beforeAll(() => {
  // A careers-site project as a user has it: the plugins in node_modules, a .remarkrc, postings.
  project = mkdtempSync(path.join(tmpdir(), 'jdlint-remark-cli-'));
  const modules = path.join(project, 'node_modules');
  mkdirSync(modules);
  symlinkSync(pkg, path.join(modules, 'remark-jdlint'), 'dir');
  for (const name of ['remark-frontmatter', 'remark-gfm']) symlinkSync(realpathSync(path.join(pkg, 'node_modules', name)), path.join(modules, name), 'dir');
  mkdirSync(path.join(project, 'jobs'));
  copyFileSync(fixture, path.join(project, 'jobs', 'ml-engineer.md'));
  // The same posting under the title its duties describe: nothing to report.
  writeFileSync(path.join(project, 'jobs', 'ai-engineer.md'), readFileSync(fixture, 'utf8').replace('title: Senior Machine Learning Engineer', 'title: Senior AI Engineer'));
});

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

describe('remark-jdlint from remark-cli with a .remarkrc', () => {
  it('reports the finding with its place, rule and source, and fails the run', async () => {
    remarkrc({ plugins: [['remark-frontmatter', ['yaml']], 'remark-gfm', 'remark-jdlint'] });
    const { code, stderr } = await remark(['jobs', '--quiet', '--frail']);
    expect(stderr).toMatch(
      /^jobs\/ml-engineer\.md\n2:8-2:40 error Unexpected duties for `Senior Machine Learning Engineer`: .+; retitle it `Senior AI Engineer` or rewrite the duties title-duty-mismatch jdlint\n/,
    );
    expect(stderr).not.toContain('ai-engineer.md');
    expect(stderr).toMatch(/✖ 1 error\n$/);
    expect(code).toBe(1);
  });

  it('takes the jdlint config as the plugin options', async () => {
    remarkrc({ plugins: [['remark-frontmatter', ['yaml']], ['remark-jdlint', { config: { rules: { 'title-duty-mismatch': 'warning' } } }]] });
    const warned = await remark(['jobs/ml-engineer.md', '--no-stdout']);
    expect(warned.stderr).toMatch(/^2:8-2:40 warning Unexpected duties for `Senior Machine Learning Engineer`.+ title-duty-mismatch jdlint$/m);
    expect(warned.code).toBe(0);

    remarkrc({ plugins: [['remark-frontmatter', ['yaml']], ['remark-jdlint', { config: { rules: { 'title-duty-mismatch': 'off' } } }]] });
    const off = await remark(['jobs/ml-engineer.md', '--no-stdout', '--frail']);
    expect(off.stderr).toBe('jobs/ml-engineer.md: no issues found\n');
    expect(off.code).toBe(0);
  });

  it('shows the why and the docs link with --verbose', async () => {
    remarkrc({ plugins: [['remark-frontmatter', ['yaml']], 'remark-jdlint'] });
    const { stderr } = await remark(['jobs/ml-engineer.md', '--no-stdout', '--verbose']);
    expect(stderr).toContain('  [url]:\n    https://github.com/jdlint/jdlint/blob/main/docs/rules/title-duty-mismatch.md\n');
    expect(stderr).toMatch(/ {2}\[note\]:\n {4}The title claims .+\(source: .+\)\n/);
  });

  it('keeps the finding without remark-frontmatter, with one info line recommending it', async () => {
    remarkrc({ plugins: ['remark-jdlint'] });
    const { code, stderr } = await remark(['jobs/ml-engineer.md', '--no-stdout', '--frail']);
    expect(stderr).toMatch(/^1:1-1:4 +info +Unexpected front matter in a pipeline without `remark-frontmatter` \(jdlint read it from the source\), expected `remark-frontmatter` with `yaml` among the plugins +jdlint$/m);
    expect(stderr).toMatch(/^2:8-2:40 error Unexpected duties for `Senior Machine Learning Engineer`.+ title-duty-mismatch jdlint$/m);
    expect(stderr).toMatch(/\n2 messages \(✖ 1 error\)\n$/);
    expect(stderr.split('\n').filter((l) => / info /.test(l))).toHaveLength(1);
    expect(code).toBe(1);
  });

  it('fails with the rule named when the config is wrong', async () => {
    remarkrc({ plugins: [['remark-jdlint', { config: { rules: { 'no-such-rule': 'error' } } }]] });
    const { code, stderr } = await remark(['jobs/ml-engineer.md', '--no-stdout']);
    expect(stderr).toContain('Unknown rule "no-such-rule"');
    expect(code).toBe(1);
  });
});
