/**
 * The jdlint language server: diagnostics on open and on change for Markdown and plain-text
 * documents, hover with the why and the docs link, and quick fixes. The analyzer runs in this
 * process: core loads the wink-nlp model once (at `initialized`) and every lint reuses it.
 */
import { ConfigError, createAnalysisCache, warmUp, type AnalysisCache } from '@jdlint/core';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadConfig } from './config.js';
import { codeActions, FIX_ALL_KIND, hover, lintText, setupDiagnostic, toFinding, type Finding } from './lint.js';

/** Language ids the server lints: Markdown, and plain text under the names editors give it. */
export const LANGUAGE_IDS: ReadonlySet<string> = new Set(['markdown', 'plaintext', 'text']);

/** File extensions linted whatever language id the editor sends (the CLI's list). */
const EXTENSIONS = new Set(['.md', '.markdown', '.mdx', '.txt']);

/**
 * Changes arriving within this many milliseconds are linted once, on the last text: a burst of
 * keystrokes costs one lint (about 20–50 ms for a posting), not one per key.
 */
const SETTLE_MS = 50;

const WARM_UP_SAMPLE = '---\ntitle: Engineer\n---\n\n## What you will do\n\n- Build and ship features with the team\n';

export interface ServerInfo {
  name: string;
  version: string;
}

interface Linted {
  version: number;
  findings: Finding[];
}

export function lintable(document: TextDocument): boolean {
  if (LANGUAGE_IDS.has(document.languageId)) return true;
  const pathname = document.uri.split(/[?#]/)[0] ?? '';
  return EXTENSIONS.has(path.extname(pathname).toLowerCase());
}

/** Wires the server's handlers to a connection; the caller starts listening. */
export function createServer(connection: Connection, info: ServerInfo): void {
  const documents = new TextDocuments(TextDocument);
  const results = new Map<string, Linted>();
  // Per open document: the pieces and blocks of its last lint, so a keystroke re-reads one block.
  const caches = new Map<string, AnalysisCache>();
  const timers = new Map<string, NodeJS.Timeout>();
  let roots: string[] = [];
  let hoverMarkdown = true;
  let watchFiles = false;

  function directoryOf(uri: string): string {
    if (uri.startsWith('file:')) return path.dirname(fileURLToPath(uri));
    // An untitled buffer follows the workspace's config.
    return roots[0] ?? process.cwd();
  }

  function lint(document: TextDocument): Finding[] {
    try {
      const { config } = loadConfig(directoryOf(document.uri));
      const filePath = document.uri.startsWith('file:') ? fileURLToPath(document.uri) : undefined;
      let cache = caches.get(document.uri);
      if (!cache) {
        cache = createAnalysisCache();
        caches.set(document.uri, cache);
      }
      const findings = lintText(document.getText(), config, filePath, cache).map((m) => toFinding(document, m));
      results.set(document.uri, { version: document.version, findings });
      void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: findings.map((f) => f.diagnostic) });
      return findings;
    } catch (error) {
      results.delete(document.uri);
      const text = error instanceof ConfigError ? `jdlint config: ${error.message}` : `jdlint failed on this document: ${(error as Error).message}`;
      if (!(error instanceof ConfigError)) connection.console.error(`${document.uri}: ${(error as Error).stack ?? String(error)}`);
      void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [setupDiagnostic(text)] });
      return [];
    }
  }

  /** Lints the document after `delay` ms, or at once for 0; a newer call replaces a pending one. */
  function schedule(document: TextDocument, delay: number): void {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    if (!lintable(document)) return;
    if (delay === 0) {
      lint(document);
      return;
    }
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        const current = documents.get(document.uri);
        if (current) lint(current);
      }, delay),
    );
  }

  /** The findings of the document as it is now, linting it again if it changed since. */
  function current(uri: string): { document: TextDocument; findings: Finding[] } | null {
    const document = documents.get(uri);
    if (!document || !lintable(document)) return null;
    const linted = results.get(uri);
    if (linted && linted.version === document.version) return { document, findings: linted.findings };
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    return { document, findings: lint(document) };
  }

  connection.onInitialize((params): InitializeResult => {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- clients that send no workspace folders send only rootUri
    roots = (params.workspaceFolders ?? []).map((f) => f.uri).concat(params.rootUri ? [params.rootUri] : []).filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
    const formats = params.capabilities.textDocument?.hover?.contentFormat;
    hoverMarkdown = !formats || formats.includes('markdown');
    watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
      },
      serverInfo: info,
    };
  });

  connection.onInitialized(() => {
    // Load the language model now, once for the life of the process, so the first document is
    // not kept waiting on it; every later lint reuses it.
    const started = performance.now();
    warmUp();
    // One lint of a small sample compiles the parser and rules too: the first document opened
    // then takes a usual lint's time (about 20 ms), not several times that.
    lintText(WARM_UP_SAMPLE, {});
    connection.console.info(`jdlint ${info.version}: language model ready in ${Math.round(performance.now() - started)} ms`);
    if (watchFiles) {
      // A changed config applies to every open document.
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/.jdlintrc.json' }, { globPattern: '**/.jdlintrc.yaml' }, { globPattern: '**/package.json' }],
      });
    }
  });

  // An opened document is linted at once; an edited one when the typing settles. (TextDocuments
  // fires a content change right after each open.)
  const opened = new Set<string>();
  documents.onDidOpen((event) => void opened.add(event.document.uri));
  documents.onDidChangeContent((event) => { schedule(event.document, opened.delete(event.document.uri) ? 0 : SETTLE_MS); });
  documents.onDidClose((event) => {
    clearTimeout(timers.get(event.document.uri));
    timers.delete(event.document.uri);
    results.delete(event.document.uri);
    caches.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });
  connection.onDidChangeWatchedFiles(() => {
    for (const document of documents.all()) schedule(document, 0);
  });

  connection.onCodeAction((params) => {
    const found = current(params.textDocument.uri);
    if (!found) return [];
    return codeActions(found.document, found.findings, params.range, params.context.only);
  });

  connection.onHover((params) => {
    const found = current(params.textDocument.uri);
    if (!found) return null;
    return hover(found.findings, params.position, hoverMarkdown);
  });

  documents.listen(connection);
}
