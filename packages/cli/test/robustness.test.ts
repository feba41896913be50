/**
 * The robustness matrix (docs/robustness.md), each case through the real CLI: in-process `main`
 * for most, spawned `bin.js` processes for a few. Every case ends with an exit code and at most
 * one line per bad file, never a stack trace, and every other file is still reported.
 */
import { analyze, applyFixes, rules, type JdlintConfig } from '@jdlint/core';
import { execFile } from 'node:child_process';
import { readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MATCHING, MISMATCH, repoRoot, runCli, scratch as scratchDir } from './helpers.js';

/**
 * The matrix's postings are a few lines long on purpose: the rules that judge a whole posting
 * (sections, pay, length) would speak on every one of them, so each scratch folder turns those
 * off unless the test brings its own config. The matrix is about reading input, not about them.
 */
const WHOLE_POSTING_RULES = ['missing-section', 'posting-length', 'salary-range'];
function scratch(files: Record<string, string | Uint8Array>): string {
  const own = Object.keys(files).some((f) => f.startsWith('.jdlintrc'));
  const config = { rules: Object.fromEntries(WHOLE_POSTING_RULES.map((id) => [id, 'off'])) };
  return scratchDir(own ? files : { '.jdlintrc.json': JSON.stringify(config), ...files });
}

const exec = promisify(execFile);
const bin = path.join(repoRoot, 'packages/cli/bin.js');
const STACK_TRACE = /^\s+at .+\(.*:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m;

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}
/** Runs the built CLI as a process (what a pre-commit hook runs). */
async function spawn(args: string[], cwd: string, input?: string): Promise<Outcome> {
  const child = exec(process.execPath, [bin, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; message: string; line?: number; column?: number; fatal?: boolean }>;
}
const json = (stdout: string) => JSON.parse(stdout) as JsonResult[];

describe('robustness matrix', () => {
  it('an empty file: no crash, no finding, exit 0, the same every time', async () => {
    const dir = scratch({ 'empty.md': '', 'blank.md': '\n\n  \n', 'only-front-matter.md': '---\ntitle: AI Engineer\n---\n' });
    const first = await runCli(['-f', 'json', 'empty.md', 'blank.md', 'only-front-matter.md'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    expect(json(first.stdout).map((r) => r.messages)).toEqual([[], [], []]);
    expect(await runCli(['-f', 'json', 'empty.md', 'blank.md', 'only-front-matter.md'], { cwd: dir })).toEqual(first);
  });

  it('a binary file: one line, exit 2, and the other files are still reported', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const dir = scratch({ 'a.md': MISMATCH, 'logo.md': png, 'b.md': MATCHING });
    const { code, stdout, stderr } = await runCli(['a.md', 'logo.md', 'b.md'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe('jdlint: logo.md: binary file (it contains NUL bytes), not a posting\n');
    expect(stdout).not.toContain('logo.md');
    expect(stdout).toMatch(/^a\.md\n {2}1:3-1:28 {2}error {2}Unexpected duties for `Machine Learning Engineer`/m);
    const asJson = await runCli(['-f', 'json', 'a.md', 'logo.md', 'b.md'], { cwd: dir });
    expect(asJson.code).toBe(2);
    expect(json(asJson.stdout).map((r) => [r.filePath, r.messages.map((m) => m.ruleId)])).toEqual([
      ['a.md', ['title-duty-mismatch']],
      ['logo.md', [null]],
      ['b.md', []],
    ]);
    expect(asJson.stderr).toBe('jdlint: logo.md: binary file (it contains NUL bytes), not a posting\n');
  });

  it('non-UTF-8 text is refused with a message that says how to convert it', async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('# Ingeni'), 0xe9, ...new TextEncoder().encode('ro de IA\n')]);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'# AI Engineer\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
    const dir = scratch({ 'latin1.md': latin1, 'utf16.md': utf16, 'ok.md': MATCHING });
    const { code, stderr } = await runCli(['-f', 'json', 'latin1.md', 'utf16.md', 'ok.md'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe(
      'jdlint: latin1.md: not valid UTF-8 text; convert it to UTF-8 (e.g. iconv -f latin1 -t utf-8)\n' +
        'jdlint: utf16.md: UTF-16 text, not UTF-8; convert it to UTF-8 (e.g. iconv -f utf-16 -t utf-8)\n',
    );
  });

  it('a 20 MB file is refused by the size limit before it is read; the limit is an option and a config key', async () => {
    const dir = scratch({ 'small.md': MATCHING, 'big.md': '' });
    truncateSync(path.join(dir, 'big.md'), 20 * 1024 * 1024); // sparse: 20 MB of NUL bytes, never read
    const { code, stderr } = await runCli(['big.md', 'small.md'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain('big.md: file is 20 MB, larger than the 1 MB limit for a posting (raise it with --max-file-size or maxFileSize)');
    // Lowered on the command line, and in a config file (the flag wins).
    const size = new TextEncoder().encode(MATCHING).length;
    expect((await runCli(['--max-file-size', '100', 'small.md'], { cwd: dir })).stderr).toContain(`small.md: file is ${size} bytes, larger than the 100 bytes limit`);
    writeFileSync(path.join(dir, '.jdlintrc.json'), JSON.stringify({ maxFileSize: '0.1kb' }));
    expect((await runCli(['small.md'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['--max-file-size', '1kb', 'small.md'], { cwd: dir })).code).toBe(0);
    // Standard input has the same limit.
    expect((await runCli(['--stdin', '--max-file-size', '10'], { cwd: dir, stdin: MATCHING })).stderr).toContain(`<stdin>: file is ${size} bytes, larger than the 10 bytes limit`);
    // A bad size is a usage or config error that names what is wrong.
    expect((await runCli(['--max-file-size', 'lots', 'small.md'], { cwd: dir })).stderr).toBe(
      "jdlint: option '--max-file-size <size>' argument 'lots' is invalid. expected a size in bytes or with a unit, e.g. 1048576, 512kb, 2mb\n(run jdlint --help for usage)\n",
    );
    writeFileSync(path.join(dir, '.jdlintrc.json'), JSON.stringify({ maxFileSize: -1 }));
    expect(await runCli(['small.md'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: 'jdlint: .jdlintrc.json: "maxFileSize" must be a size in bytes or with a unit (e.g. 1048576, "512kb", "2mb"), got -1\n',
    });
  });

  it('a file over the default limit is analyzed when the limit is raised, in bounded time', async () => {
    const paragraph = 'Build retrieval pipelines with LangChain and evaluate prompts against golden sets every week. ';
    const big = `# AI Engineer\n\n## Responsibilities\n\n${Array.from({ length: 12000 }, () => paragraph).join('\n\n')}\n`;
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const dir = scratch({ 'big.md': big });
    expect((await runCli(['big.md'], { cwd: dir })).code).toBe(2);
    const { code, stdout } = await runCli(['--max-file-size', '2mb', '-f', 'json', 'big.md'], { cwd: dir });
    expect(code).toBe(0);
    expect(json(stdout)[0]?.messages).toEqual([]);
  }, 120_000);

  it('broken YAML front matter is a finding on its line, never a crash', async () => {
    const dir = scratch({
      'broken.md': '---\ntitle: AI Engineer\nlocation: [Berlin\n---\n\n# AI Engineer\n\nShip things.\n',
      'tabs.md': '---\ntitle:\tAI Engineer\n\t- nope: [\n---\n# AI Engineer\n',
      'unclosed.md': '---\ntitle: AI Engineer\n\n# AI Engineer\n',
      'ok.md': MATCHING,
    });
    const { code, stdout, stderr } = await runCli(['broken.md', 'tabs.md', 'unclosed.md', 'ok.md'], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toContain(
      'broken.md\n  3:1-3:18  error  Unexpected front matter that is not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ]), expected `key: value` fields  valid-front-matter\n',
    );
    expect(stdout).toMatch(/^tabs\.md\n {2}\d+:\d+-\d+:\d+ {2}error {2}Unexpected front matter that is not valid YAML/m);
    expect(stdout).not.toContain('unclosed.md'); // no closing fence: not front matter, just Markdown
    expect(stdout).not.toMatch(STACK_TRACE);
  });

  it('nesting 20,000 levels deep: read as plain text, a warning, exit 0', async () => {
    const dir = scratch({
      'quotes.md': `# AI Engineer\n\n${'>'.repeat(20000)} Build RAG pipelines\n`,
      'items.md': `# AI Engineer\n\n${'- '.repeat(20000)}Build RAG pipelines\n`,
      'emphasis.md': `# AI Engineer\n\n${'*'.repeat(20000)}Build RAG pipelines${'*'.repeat(20000)}\n`,
      'links.md': `# AI Engineer\n\n${'['.repeat(20000)}Build RAG pipelines${']'.repeat(20000)}\n`,
    });
    const { code, stdout, stderr } = await runCli(['quotes.md', 'items.md', 'emphasis.md', 'links.md'], { cwd: dir });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('quotes.md\n  3:1-3:20021  warning  Unexpected nesting 20000 levels deep, expected at most 32; the posting was read as plain text  markdown-limits\n');
    expect(stdout).toContain('items.md\n  3:1-3:40020  warning  Unexpected nesting 20000 levels deep');
    expect(stdout).toContain('emphasis.md\n  3:1-3:40020  warning  Unexpected 40000 emphasis, link, code and HTML delimiters in one paragraph, expected at most 500');
    expect(stdout).toContain('links.md\n  3:1-3:40020  warning  Unexpected 40000 emphasis, link, code and HTML delimiters');
  });

  it('pathological repetition: 100,000 repeated words', async () => {
    const dir = scratch({ 'words.md': `# AI Engineer\n\n${'model '.repeat(100000)}\n`, 'lines.md': 'model\n'.repeat(20000) });
    const { code, stdout } = await runCli(['-f', 'json', 'words.md', 'lines.md'], { cwd: dir });
    expect(code).toBe(0);
    expect(json(stdout).map((r) => r.filePath)).toEqual(['words.md', 'lines.md']);
  }, 120_000);

  it('a batch with one bad file of each kind: every other file is still reported', async () => {
    const dir = scratch({
      'a.md': MISMATCH,
      'binary.md': new Uint8Array([0, 1, 2, 3]),
      'latin1.md': new Uint8Array([0x41, 0xe9, 0x0a]),
      'front.md': '---\n: : :\n---\n# AI Engineer\n',
      'deep.md': '>'.repeat(20000),
      'z.md': MISMATCH,
    });
    writeFileSync(path.join(dir, 'big.md'), '');
    truncateSync(path.join(dir, 'big.md'), 2 * 1024 * 1024);
    const files = ['a.md', 'binary.md', 'missing.md', 'latin1.md', 'big.md', 'front.md', 'deep.md', 'z.md'];
    const { code, stdout, stderr } = await runCli(['-f', 'json', ...files], { cwd: dir });
    expect(code).toBe(2);
    const results = json(stdout);
    expect(results.map((r) => r.filePath)).toEqual(files);
    const by = Object.fromEntries(results.map((r) => [r.filePath, r.messages.map((m) => m.ruleId)]));
    expect(by).toEqual({
      'a.md': ['title-duty-mismatch'],
      'binary.md': [null],
      'missing.md': [null],
      'latin1.md': [null],
      'big.md': [null],
      'front.md': ['valid-front-matter'],
      'deep.md': ['markdown-limits'],
      'z.md': ['title-duty-mismatch'],
    });
    expect(stderr.trim().split('\n')).toHaveLength(4); // one line per unreadable file
    expect(stderr).not.toMatch(STACK_TRACE);
  });

  it('config files are data: a JavaScript config is not a config, and YAML tags do not execute', async () => {
    const dir = scratch({
      'a.md': MATCHING,
      '.jdlintrc.js': "require('fs').writeFileSync('pwned', 'x'); module.exports = { rules: {} };",
      '.jdlintrc.yaml': 'rules: !!js/function "function () { return 1 }"\n',
    });
    const { code, stderr } = await runCli(['a.md'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^jdlint: \.jdlintrc\.yaml: /);
    expect(() => statSync(path.join(dir, 'pwned'))).toThrow();
  });
});

describe('spawned: what a pre-commit hook sees', () => {
  it('20,000 nested quotes on standard input, a binary file and a 20 MB file: exit codes and one line each, no stack trace', async () => {
    const dir = scratch({ 'ok.md': MATCHING, 'bin.md': new Uint8Array([0, 0, 0, 1]), 'big.md': '' });
    truncateSync(path.join(dir, 'big.md'), 20 * 1024 * 1024);
    const deep = await spawn(['--stdin'], dir, `# AI Engineer\n\n${'>'.repeat(20000)} hi\n`);
    expect(deep.code).toBe(0);
    expect(deep.stdout).toContain('Unexpected nesting 20000 levels deep');
    const batch = await spawn(['ok.md', 'bin.md', 'big.md'], dir);
    expect(batch.code).toBe(2);
    expect(batch.stderr).toContain('bin.md: binary file (it contains NUL bytes), not a posting');
    expect(batch.stderr).toContain('big.md: file is 20 MB, larger than the 1 MB limit for a posting');
    for (const run of [deep, batch]) expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
  }, 120_000);

  it('--fix on a file that cannot be read writes nothing and says so in one line', async () => {
    const dir = scratch({ 'bin.md': new Uint8Array([0, 1, 2]) });
    const before = readFileSync(path.join(dir, 'bin.md'));
    const run = await spawn(['--fix', '-f', 'json', 'bin.md'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('jdlint: bin.md: binary file (it contains NUL bytes), not a posting\n');
    expect(readFileSync(path.join(dir, 'bin.md'))).toEqual(before);
  }, 120_000);
});

// --fix integrity with a real fixable rule: runs once the registry has one (tech-term-spelling).
const fixable = rules.filter((r) => r.meta.fixable);
describe.skipIf(fixable.length === 0)('--fix leaves everything but the fixed spans untouched', () => {
  const only: JdlintConfig = { rules: Object.fromEntries(rules.map((r) => [r.id, r.meta.fixable ? 'warning' : 'off'])) };
  /** Every failing example of every fixable rule whose findings carry fixes. */
  const inputs = () =>
    fixable.flatMap((r) => r.examples.map((e) => e.input)).filter((input) => analyze(input, { config: only }).diagnostics.some((d) => d.fix));

  // The same postings with what editors and pasting leave behind.
  const variants = (input: string): Record<string, string> => ({
    'crlf.md': input.replace(/\n/g, '\r\n'),
    'bom.md': `\uFEFF${input}`,
    'trailing-space.md': input.replace(/\n/g, '  \n').replace(/\n$/, '\n\t \n'),
    'no-final-newline.md': input.replace(/\n+$/, ''),
    'non-ascii.md': `${input}\nÉquipe naïve — 日本語 👩‍💻 e\u0301\n`,
    'mixed-endings.md': input.replace(/\n/g, (_, i: number) => (i % 2 ? '\r\n' : '\n')),
  });

  it('fixes only the reported spans, keeps every other byte, and a second --fix changes nothing', async () => {
    const list = inputs();
    expect(list.length).toBeGreaterThan(0);
    for (const input of list) {
      const files = variants(input);
      const dir = scratch({ ...files, 'only.json': JSON.stringify(only) });
      const first = await runCli(['--config', 'only.json', '--fix', ...Object.keys(files)], { cwd: dir });
      expect(first.code).toBe(0);
      for (const [name, before] of Object.entries(files)) {
        const after = readFileSync(path.join(dir, name), 'utf8');
        // What the fixes of one pass, found on the text as read (BOM stripped), do to it.
        const text = before.replace(/^\uFEFF/, '');
        const diagnostics = analyze(text, { config: only }).diagnostics.filter((d) => d.fix);
        const { output } = applyFixes(text, diagnostics);
        const firstFix = Math.min(...diagnostics.map((d) => d.fix!.range[0]));
        const lastFix = Math.max(...diagnostics.map((d) => d.fix!.range[1]));
        const body = after.replace(/^\uFEFF/, '');
        expect(after.startsWith('\uFEFF')).toBe(before.startsWith('\uFEFF'));
        expect(body.slice(0, firstFix)).toBe(text.slice(0, firstFix));
        expect(body.endsWith(text.slice(lastFix))).toBe(true);
        expect(body.split('\r\n').length).toBe(text.split('\r\n').length);
        expect(body).not.toBe(text);
        expect(output).not.toBe(text);
        expect(analyze(body, { config: only }).diagnostics.filter((d) => d.fix)).toEqual([]);
      }
      const stamps = Object.keys(files).map((f) => statSync(path.join(dir, f)).mtimeMs);
      const contents = Object.keys(files).map((f) => readFileSync(path.join(dir, f)));
      const second = await runCli(['--config', 'only.json', '--fix', ...Object.keys(files)], { cwd: dir });
      expect(second.code).toBe(0);
      expect(Object.keys(files).map((f) => statSync(path.join(dir, f)).mtimeMs)).toEqual(stamps);
      expect(Object.keys(files).map((f) => readFileSync(path.join(dir, f)))).toEqual(contents);
    }
  }, 120_000);
});
