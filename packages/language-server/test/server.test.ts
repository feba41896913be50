import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, Hover, InitializeResult, TextEdit } from 'vscode-languageserver';
import { countEngineLoads, LspSession } from './lsp-session.js';

const posting = readFileSync(new URL('../../../fixtures/postings/ml-engineer-rag-duties.md', import.meta.url), 'utf8');
const DOCS = 'https://github.com/jdlint/jdlint/blob/main/docs/rules/title-duty-mismatch.md';

/** A plain-text posting (no Markdown), its title on the first line, after an emoji. */
const plainText = [
  '🚀 Senior Machine Learning Engineer (Remote)',
  '',
  "What you'll do",
  'Build RAG pipelines over contracts with LangChain.',
  'Write and test prompts for GPT-4o, and run LLM evaluation with golden sets.',
  'Wire agents to a vector database through function calling.',
  '',
].join('\n');

let root: string;
let session: LspSession;
const uri = (...parts: string[]) => pathToFileURL(path.join(root, ...parts)).href;

function open(file: string, text: string, languageId = 'markdown'): Promise<void> {
  return session.notify('textDocument/didOpen', { textDocument: { uri: file, languageId, version: 1, text } });
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'jdlint-ls-'));
  // An empty config at the top keeps configs above the temporary folder out of the test.
  writeFileSync(path.join(root, '.jdlintrc.json'), '{}\n');
  for (const dir of ['docs', 'yaml', 'pkg', 'broken']) mkdirSync(path.join(root, dir));
  writeFileSync(path.join(root, 'yaml', '.jdlintrc.yaml'), 'rules:\n  title-duty-mismatch: warning\n');
  writeFileSync(path.join(root, 'pkg', 'package.json'), JSON.stringify({ name: 'careers', jdlint: { rules: { 'title-duty-mismatch': 'off' } } }));
  writeFileSync(path.join(root, 'broken', '.jdlintrc.json'), JSON.stringify({ rules: { 'no-such-rule': 'error' } }));
  // The preload counts wink-nlp engine creations (model loads) in the server process on stderr.
  session = new LspSession({ cwd: root, nodeArgs: ['--import', countEngineLoads] });
});

afterAll(() => {
  session?.kill();
  rmSync(root, { recursive: true, force: true });
});

describe('jdlint-language-server over stdio', () => {
  let titleDiagnostic: Diagnostic;

  it('initializes with diagnostics, hover and quick fixes', async () => {
    const result = await session.request<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'careers' }],
      capabilities: {
        textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, publishDiagnostics: { versionSupport: true } },
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
      },
    });
    expect(result.serverInfo?.name).toBe('jdlint-language-server');
    expect(result.capabilities).toMatchObject({
      textDocumentSync: { openClose: true, change: 2 },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.jdlint'] },
    });
    await session.notify('initialized', {});
  });

  it('publishes a title-duty-mismatch with its exact range, code and docs link on didOpen', async () => {
    const file = uri('docs', 'posting.md');
    await open(file, posting);
    const { diagnostics } = await session.diagnosticsAt(file, 1);
    expect(diagnostics).toHaveLength(1);
    titleDiagnostic = diagnostics[0]!;
    // `title: Senior Machine Learning Engineer` is line 2, columns 8-40 (1-based) in the source.
    expect(titleDiagnostic).toEqual({
      range: { start: { line: 1, character: 7 }, end: { line: 1, character: 39 } },
      severity: 1,
      code: 'title-duty-mismatch',
      codeDescription: { href: DOCS },
      source: 'jdlint',
      message: expect.stringMatching(/^Unexpected duties for `Senior Machine Learning Engineer`: \d+% of the evidence describes `ai-engineer` work/),
    });
  });

  it('explains the finding on hover: why, what to write instead, docs', async () => {
    const result = await session.request<Hover | null>('textDocument/hover', { textDocument: { uri: uri('docs', 'posting.md') }, position: { line: 1, character: 12 } });
    expect(result?.range).toEqual(titleDiagnostic.range);
    const value = (result?.contents as { kind: string; value: string }).value;
    expect((result?.contents as { kind: string }).kind).toBe('markdown');
    expect(value).toContain(`**jdlint** error [\`title-duty-mismatch\`](${DOCS})`);
    expect(value).toContain('**Expected:** `Senior AI Engineer`');
    expect(value).toMatch(/\*\*Why:\*\* .+\(source: .+\)/);
    expect(value).toContain(`[Rule documentation](${DOCS})`);
    const outside = await session.request<Hover | null>('textDocument/hover', { textDocument: { uri: uri('docs', 'posting.md') }, position: { line: 20, character: 0 } });
    expect(outside).toBeNull();
  });

  it('offers the suggested title as a quick fix with a workspace edit', async () => {
    const file = uri('docs', 'posting.md');
    const actions = await session.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: file },
      range: titleDiagnostic.range,
      context: { diagnostics: [titleDiagnostic], only: ['quickfix'] },
    });
    expect(actions).toEqual([
      {
        title: 'Replace `Senior Machine Learning Engineer` with `Senior AI Engineer` (title-duty-mismatch)',
        kind: 'quickfix',
        diagnostics: [titleDiagnostic],
        edit: { changes: { [file]: [{ range: titleDiagnostic.range, newText: 'Senior AI Engineer' }] } },
      },
    ]);
    // Nothing to fix away from the finding.
    const elsewhere = await session.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: file },
      range: { start: { line: 15, character: 0 }, end: { line: 15, character: 5 } },
      context: { diagnostics: [] },
    });
    expect(elsewhere).toEqual([]);
  });

  it('clears the diagnostics once the quick fix is applied (didChange)', async () => {
    const file = uri('docs', 'posting.md');
    const [action] = await session.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: file },
      range: titleDiagnostic.range,
      context: { diagnostics: [titleDiagnostic] },
    });
    const [edit] = action!.edit!.changes![file] as TextEdit[];
    await session.notify('textDocument/didChange', { textDocument: { uri: file, version: 2 }, contentChanges: [{ range: edit!.range, text: edit!.newText }] });
    const { diagnostics } = await session.diagnosticsAt(file, 2);
    expect(diagnostics).toEqual([]);
  });

  it('keeps linting while typing, on the model loaded once', async () => {
    const file = uri('docs', 'posting.md');
    // Type the old title back over `Senior AI Engineer`, one keystroke per didChange, without
    // waiting in between, as an editor does.
    const typed = 'Machine Learning';
    const start = { line: 1, character: 'title: Senior '.length };
    await session.notify('textDocument/didChange', {
      textDocument: { uri: file, version: 3 },
      contentChanges: [{ range: { start, end: { line: 1, character: start.character + 'AI'.length } }, text: '' }],
    });
    for (let i = 0; i < typed.length; i++) {
      const at = { line: 1, character: start.character + i };
      await session.notify('textDocument/didChange', { textDocument: { uri: file, version: 4 + i }, contentChanges: [{ range: { start: at, end: at }, text: typed[i] }] });
    }
    const last = 3 + typed.length;
    const { diagnostics } = await session.diagnosticsAt(file, last);
    expect(diagnostics.map((d) => [d.code, d.range])).toEqual([['title-duty-mismatch', titleDiagnostic.range]]);
    // One engine (one model load) for the whole session: at initialized, never per lint.
    expect(session.stderr.match(/wink-nlp engine created/g)).toHaveLength(1);
    expect(session.logs.some((l) => /language model ready in \d+ ms/.test(l))).toBe(true);
  });

  it('lints plain-text documents, counting an emoji as two UTF-16 code units', async () => {
    const file = uri('docs', 'draft.txt');
    await open(file, plainText, 'plaintext');
    const all = (await session.diagnosticsAt(file, 1)).diagnostics;
    // The draft is short, so other rules speak too; this test is about the title's range.
    const diagnostics = all.filter((d) => d.code === 'title-duty-mismatch');
    // The title is the first line: 🚀 is 1 code point but 2 UTF-16 code units, so the line's 43
    // code points end at character 44.
    expect(diagnostics.map((d) => [d.code, d.range])).toEqual([['title-duty-mismatch', { start: { line: 0, character: 0 }, end: { line: 0, character: 44 } }]]);
    const [action] = await session.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: file }, range: diagnostics[0]!.range, context: { diagnostics } });
    expect(action?.edit?.changes?.[file]).toEqual([{ range: diagnostics[0]!.range, newText: 'Senior AI Engineer' }]);
  });

  it('offers a fixable rule\'s fix as the preferred quick fix, and only replacements as edits', async () => {
    // The clean fixture with two tool names misspelt: tech-term-spelling carries a fix for each.
    const file = uri('docs', 'spelling.md');
    const text = posting
      .replace('title: Senior Machine Learning Engineer', 'title: Senior AI Engineer')
      .replace('Wire LangChain agents', 'Wire Langchain agents')
      .replace('such as pgvector or Pinecone', 'such as pgvector or Pinecone on Github');
    await open(file, text);
    const { diagnostics } = await session.diagnosticsAt(file, 1);
    const spelling = diagnostics.filter((d) => d.code === 'tech-term-spelling');
    expect(spelling.map((d) => text.split('\n')[d.range.start.line]!.slice(d.range.start.character, d.range.end.character))).toEqual(['Langchain', 'Github']);
    const [first] = spelling;
    const actions = await session.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: file }, range: first!.range, context: { diagnostics: [first] } });
    const quick = actions.filter((a) => a.kind === 'quickfix');
    expect(quick[0]).toMatchObject({ isPreferred: true, edit: { changes: { [file]: [{ range: first!.range, newText: 'LangChain' }] } } });
    // Advice-only findings (no pay range, vague phrases) never become text edits.
    for (const d of diagnostics.filter((x) => x.code !== 'tech-term-spelling' && x.code !== 'title-duty-mismatch')) {
      const other = await session.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: file }, range: d.range, context: { diagnostics: [d] } });
      expect(other.filter((a) => a.kind === 'quickfix')).toEqual([]);
    }
    const all = await session.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: file }, range: first!.range, context: { diagnostics, only: ['source.fixAll.jdlint'] } });
    expect(all).toHaveLength(1);
    expect(all[0]!.edit!.changes![file]!.map((e) => e.newText).sort()).toEqual(['GitHub', 'LangChain']);
  });

  it("honours the nearest config: .jdlintrc.yaml, package.json's jdlint field, a broken one", async () => {
    await open(uri('yaml', 'posting.md'), posting);
    await open(uri('pkg', 'posting.md'), posting);
    await open(uri('broken', 'posting.md'), posting);
    const warned = await session.diagnosticsAt(uri('yaml', 'posting.md'), 1);
    expect(warned.diagnostics.map((d) => [d.code, d.severity])).toEqual([['title-duty-mismatch', 2]]);
    const off = await session.diagnosticsAt(uri('pkg', 'posting.md'), 1);
    expect(off.diagnostics).toEqual([]);
    const broken = await session.diagnosticsAt(uri('broken', 'posting.md'), 1);
    expect(broken.diagnostics).toEqual([
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 1,
        source: 'jdlint',
        // Core's config reader names the file, as in the CLI.
        message: `jdlint config: ${path.join(root, 'broken', '.jdlintrc.json')}: Unknown rule "no-such-rule" (see \`jdlint rules\` for the list)`,
      },
    ]);
  });

  it('lints open documents again when the client reports a changed config file', async () => {
    const config = path.join(root, 'yaml', '.jdlintrc.yaml');
    writeFileSync(config, 'rules:\n  title-duty-mismatch: info\n');
    const since = session.published.length;
    await session.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    const file = uri('yaml', 'posting.md');
    const again = await session.diagnostics((p) => p.uri === file, `diagnostics of ${file} after the config change`, since);
    expect(again.diagnostics.map((d) => [d.code, d.severity])).toEqual([['title-duty-mismatch', 3]]);
  });

  it('ignores other languages and clears diagnostics on didClose', async () => {
    const since = session.published.length;
    await open(uri('docs', 'notes.json'), '{"title": "Senior Machine Learning Engineer"}', 'json');
    // Requests are answered in order: a lint of the JSON file on open would be published by now.
    expect(await session.request('textDocument/hover', { textDocument: { uri: uri('docs', 'notes.json') }, position: { line: 0, character: 15 } })).toBeNull();
    const file = uri('docs', 'draft.txt');
    await session.notify('textDocument/didClose', { textDocument: { uri: file } });
    const closed = await session.diagnostics((p) => p.uri === file, `cleared diagnostics of ${file}`, since);
    expect(closed.diagnostics).toEqual([]);
    expect(session.published.slice(since).some((p) => p.uri.endsWith('notes.json'))).toBe(false);
  });

  it('shuts down cleanly (shutdown, exit)', async () => {
    expect(await session.close()).toBe(0);
  });
});
