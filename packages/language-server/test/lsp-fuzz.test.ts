/**
 * Fuzzing the language server over stdio (fast-check, seeded): random edit sequences (inserts,
 * deletes and replacements of Markdown, front matter, job-ad phrases and odd Unicode, several per
 * notification or one at a time) sent to one long-lived `jdlint-language-server --stdio`. The
 * server never crashes, and the diagnostics it publishes for the last version are the ones a fresh
 * analysis (no cache, a new document) of the final text gives.
 */
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintText, toFinding } from '../src/lint.js';
import { LspSession } from './lsp-session.js';

const posting = readFileSync(new URL('../../../fixtures/postings/ml-engineer-rag-duties.md', import.meta.url), 'utf8');

/** What edits insert: Markdown syntax, front-matter fences, job-ad phrases, odd Unicode. */
const FRAGMENTS = [
  '\n',
  '\r\n',
  '# ',
  '## Responsibilities\n',
  '- ',
  '\n- Build RAG pipelines with LangChain\n',
  '\n- Train PyTorch models on our own data\n',
  'Senior Machine Learning Engineer',
  'AI Engineer',
  'javascript',
  'Javascript',
  '---\n',
  'title: Data Scientist\n',
  '`',
  '```\n',
  '> ',
  '| a | b |\n|---|---|\n',
  '**',
  '[link](https://example.com)',
  '<!-- jdlint-disable title-duty-mismatch -->\n',
  '$140,000 to $165,000 per year',
  '👩‍💻',
  'e\u0301',
  '\uFEFF',
  '\t',
  '    ',
];
const insertText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 4 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'binary' }) },
);
/** An edit as fractions of the current text (start, length), so it always lands in range. */
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), span: fc.double({ min: 0, max: 0.2, noNaN: true }), text: insertText });
/** A sequence of notifications, each with one or more edits. */
const session = fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 });
const start = fc.constantFrom(posting, '', '# AI Engineer\n', posting.replace(/\n/g, '\r\n'));

let root: string;
let server: LspSession;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'jdlint-test-lsp-fuzz-'));
  // An empty config at the top keeps configs above the temporary folder out of the test.
  writeFileSync(path.join(root, '.jdlintrc.json'), '{}\n');
  server = new LspSession({ cwd: root });
  await server.request('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {} });
  await server.notify('initialized', {});
});

afterAll(() => {
  server?.kill();
  rmSync(root, { recursive: true, force: true });
});

describe('the language server under random edits', () => {
  it('never crashes and always ends with the diagnostics of a fresh analysis', async () => {
    let run = 0;
    let findings = 0;
    await fc.assert(
      fc.asyncProperty(start, session, async (initial, notifications) => {
        const file = path.join(root, `fuzz-${run++}.md`);
        const uri = pathToFileURL(file).href;
        // The client's copy of the document, updated as an editor would.
        let document = TextDocument.create(uri, 'markdown', 1, initial);
        await server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: initial } });
        for (const edits of notifications) {
          const changes = edits.map(({ at, span, text }) => {
            const length = document.getText().length;
            const from = Math.floor(at * length);
            const to = Math.min(length, from + Math.floor(span * length));
            const change = { range: { start: document.positionAt(from), end: document.positionAt(to) }, text };
            // Each change applies to the text the previous one left (LSP's order).
            document = TextDocument.update(document, [change], document.version);
            return change;
          });
          const version = document.version + 1;
          document = TextDocument.create(uri, 'markdown', version, document.getText());
          await server.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
        }
        const published = await server.diagnosticsAt(uri, document.version);
        expect(server.child.exitCode, server.stderr).toBeNull();
        const text = document.getText();
        const fresh = lintText(text, {}, file).map((m) => toFinding(TextDocument.create(uri, 'markdown', 1, text), m).diagnostic);
        expect(published.diagnostics, JSON.stringify(text)).toEqual(fresh);
        findings += fresh.length;
        expect(published.diagnostics.map((d) => d.message).filter((m) => m.startsWith('jdlint failed'))).toEqual([]);
        await server.notify('textDocument/didClose', { textDocument: { uri } });
      }),
      { seed: 17, numRuns: 40, endOnFailure: true },
    );
    expect(run).toBe(40);
    // The runs are not all empty documents: the edits keep and make findings.
    expect(findings).toBeGreaterThan(40);
    expect(await server.close()).toBe(0);
  }, 240_000);
});
