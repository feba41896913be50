/**
 * jdlint installed as a careers-page repository installs it: the GitHub Action (action.yml, its
 * `run` steps executed locally, as the runner would) and the pre-commit framework (`pre-commit
 * try-repo` against a local clone of this repository). Both install the repository root with plain
 * `npm install`, so this needs the npm registry; they are slow (an npm install each), hence one
 * clone for the file and generous, bounded timeouts.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { attempt, hasCommand, repoRoot, type Run } from './helpers.js';

const INSTALL_TIMEOUT = 8 * 60_000;
/** Runs a step that may install packages: the install's longer bound. */
const runLong = (file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) => attempt(file, args, cwd, env, INSTALL_TIMEOUT);




const badPosting = readFileSync(path.join(repoRoot, 'fixtures/postings/ml-engineer-rag-duties.md'), 'utf8');
const goodPosting = badPosting.replace(/^title: Senior Machine Learning Engineer$/m, 'title: Senior AI Engineer').replace(/^# Senior Machine Learning Engineer$/m, '# Senior AI Engineer');

const temps: string[] = [];
function temp(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

function git(dir: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=CI', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'pipe' });
}

/** A careers-page repository: a git repository with these files committed. */
function careersRepo(files: Record<string, string>): string {
  const dir = temp('jdlint-careers-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'postings');
  return dir;
}

/** A local clone of this repository as it stands (committed or not, without what git ignores). */
let clone: string;

beforeAll(() => {
  expect(badPosting).not.toBe(goodPosting);
  clone = temp('jdlint-clone-');
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) if (existsSync(path.join(repoRoot, file))) cpSync(path.join(repoRoot, file), path.join(clone, file), { recursive: true });
  git(clone, 'init', '-q');
  git(clone, 'add', '.');
  git(clone, 'commit', '-q', '-m', 'jdlint');
});

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

type Step = { name?: string; id?: string; if?: string; uses?: string; run?: string; shell?: string; env?: Record<string, string>; 'working-directory'?: string };
interface Action {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Step[] };
}

/**
 * Runs action.yml's steps as the runner does, on this machine: each `run` step in bash with its
 * env and working directory, `${{ inputs.* }}`, `${{ github.action_path }}` and
 * `${{ steps.*.outputs.* }}` filled in, GITHUB_OUTPUT and GITHUB_ACTION_PATH set. The `uses` steps
 * (setup-node, upload-sarif) are GitHub's own actions and are not run here.
 */
async function runAction(workspace: string, given: Record<string, string>): Promise<{ steps: Array<Run & { name: string }>; outputs: Record<string, Record<string, string>> }> {
  const action = parse(readFileSync(path.join(clone, 'action.yml'), 'utf8')) as Action;
  expect(action.runs.using).toBe('composite');
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, given[k] ?? v.default ?? '']));
  for (const k of Object.keys(given)) expect(Object.keys(action.inputs)).toContain(k);
  const outputs: Record<string, Record<string, string>> = {};
  const fill = (text: string) =>
    text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, expr: string) => {
      const [scope, ...rest] = expr.split('.');
      if (scope === 'inputs') return inputs[rest.join('.')] ?? '';
      if (expr === 'github.action_path') return clone;
      if (scope === 'steps' && rest[1] === 'outputs') return outputs[rest[0] as string]?.[rest.slice(2).join('.')] ?? '';
      throw new Error(`action.yml uses \${{ ${expr} }}, which this test cannot fill in`);
    });
  const runnerTemp = temp('jdlint-runner-');
  const steps: Array<Run & { name: string }> = [];
  for (const step of action.runs.steps) {
    if (step.uses) {
      expect(step.uses).toMatch(/^(actions\/setup-node|github\/codeql-action\/upload-sarif)@v\d+$/);
      continue;
    }
    expect(step.shell).toBe('bash');
    expect(step.if).toBeUndefined();
    const outputFile = path.join(runnerTemp, `output-${steps.length}`);
    writeFileSync(outputFile, '');
    const env = { ...process.env, GITHUB_ACTION_PATH: clone, GITHUB_OUTPUT: outputFile, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp, CI: 'true' };
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = fill(v);
    const cwd = path.resolve(workspace, fill(step['working-directory'] ?? '.'));
    // The runner's bash: `bash --noprofile --norc -eo pipefail {0}`.
    const result = await runLong('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', fill(step.run as string)], cwd, env);
    steps.push({ name: step.name ?? step.id ?? '', ...result });
    if (step.id) outputs[step.id] = Object.fromEntries(readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((l) => l.split(/=(.*)/s).slice(0, 2) as [string, string]));
    if (result.code !== 0) break;
  }
  return { steps, outputs };
}

describe('the repository root as an npm package', () => {
  it('has only ranges npm resolves, every dependency the bundle needs at the versions the workspace uses, and the CLI’s version', () => {
    const read = (file: string) => JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8')) as { version: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
    const root = read('package.json');
    const catalog = Object.fromEntries(
      [...readFileSync(path.join(repoRoot, 'pnpm-workspace.yaml'), 'utf8').matchAll(/^ {2}"?([^":\s]+)"?: (\S+)$/gm)].map((m) => [m[1] as string, m[2] as string]),
    );
    const all = { ...root.dependencies, ...root.devDependencies };
    for (const [name, range] of Object.entries(all)) expect(range, name).toMatch(/^[~^]?\d/);
    for (const pkg of ['packages/cli/package.json', 'packages/core/package.json']) {
      for (const [name, range] of Object.entries(read(pkg).dependencies ?? {})) {
        if (range.startsWith('workspace:')) continue;
        expect(all[name], `${name} (a dependency of ${pkg})`).toBe(range === 'catalog:' ? catalog[name] : range);
      }
    }
    // The bundle leaves these out (bundle.mjs): they must be installed with the tarball.
    expect(Object.keys(root.dependencies ?? {}).sort()).toEqual(['wink-eng-lite-web-model', 'yaml']);
    expect(root.version).toBe(read('packages/cli/package.json').version);
  });
});

describe('the GitHub Action (action.yml), its steps run locally', () => {
  it(
    'annotates and fails on a title–duty mismatch, writes SARIF with fingerprints, and passes once the findings are baselined',
    async () => {
      const repo = careersRepo({ 'jobs/senior-ml-engineer.md': badPosting, 'jobs/senior-ai-engineer.md': goodPosting });
      const first = await runAction(repo, { paths: 'jobs', sarif: 'true' });
      const [install, lint, verdict] = first.steps;
      expect(install?.code, install?.stderr).toBe(0);
      expect(existsSync(path.join(clone, 'dist/jdlint.bundle.js'))).toBe(true);
      expect(lint?.code).toBe(0);
      expect(lint?.stdout).toMatch(/^::error file=jobs\/senior-ml-engineer\.md,line=2,col=8,.*title-duty-mismatch/m);
      expect(lint?.stdout).not.toMatch(/senior-ai-engineer\.md/);
      expect(first.outputs['lint']?.['exit-code']).toBe('1');
      expect(verdict?.code).toBe(1);
      const log = JSON.parse(readFileSync(path.join(repo, 'jdlint.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string; partialFingerprints: Record<string, string> }> }> };
      const mismatch = log.runs[0]?.results.find((r) => r.ruleId === 'title-duty-mismatch');
      expect(mismatch?.partialFingerprints['jdlintFingerprint/v1']).toMatch(/^[0-9a-f]{32}:0$/);

      // Accept today's findings with the installed jdlint, as a team adopting it would.
      const created = await runLong(process.execPath, [path.join(clone, 'bin/jdlint.js'), 'baseline', 'create', 'jobs'], repo);
      expect(created.code, created.stderr).toBe(0);
      const second = await runAction(repo, { paths: 'jobs', baseline: '.jdlint-baseline.json', format: 'stylish' });
      expect(second.steps.map((s) => s.code)).toEqual([0, 0, 0]);
      expect(second.outputs['lint']?.['exit-code']).toBe('0');
    },
    2 * INSTALL_TIMEOUT,
  );
});

const preCommit = hasCommand('pre-commit');
describe('the pre-commit framework (.pre-commit-hooks.yaml)', () => {
  it.skipIf(!preCommit)(
    preCommit ? 'pre-commit try-repo against a local clone refuses an ML title over RAG duties and accepts the retitled posting' : 'pre-commit try-repo: skipped, `pre-commit` is not installed (apt-get install pre-commit)',
    async () => {
      const repo = careersRepo({ 'posting.md': badPosting });
      // try-repo installs the hook in a store of its own each time (npm install of the clone's root).
      const env = { ...process.env, PRE_COMMIT_HOME: temp('jdlint-pre-commit-home-'), PRE_COMMIT_COLOR: 'never' };
      const refused = await runLong('pre-commit', ['try-repo', clone, 'jdlint', '--files', 'posting.md'], repo, env);
      expect(refused.code, refused.stdout + refused.stderr).toBe(1);
      expect(refused.stdout).toMatch(/jdlint\.+Failed/);
      expect(refused.stdout).toMatch(/posting\.md\n\s+2:8-2:40\s+error\s+Unexpected duties for `Senior Machine Learning Engineer`.*title-duty-mismatch/);

      writeFileSync(path.join(repo, 'posting.md'), goodPosting);
      const accepted = await runLong('pre-commit', ['try-repo', clone, 'jdlint', '--files', 'posting.md'], repo, env);
      expect(accepted.code, accepted.stdout + accepted.stderr).toBe(0);
      expect(accepted.stdout).toMatch(/jdlint\.+Passed/);
    },
    3 * INSTALL_TIMEOUT,
  );
});
