/**
 * A minimal LSP client for tests: spawns the built `jdlint-language-server --stdio` and speaks
 * JSON-RPC with Content-Length framing over its stdin and stdout (vscode-jsonrpc's stream reader
 * and writer). Every wait is bounded, so a broken server fails the test instead of hanging it.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';

export const bin = fileURLToPath(new URL('../bin.js', import.meta.url));
/** A `--import` preload that reports each wink-nlp engine creation (model load) on stderr. */
export const countEngineLoads = new URL('./count-engine-loads.mjs', import.meta.url).href;

/**
 * Waits are bounded by this: far above a lint (tens of ms) or a model load (about a second idle,
 * several seconds on a machine whose CPUs are busy with other work).
 */
export const WAIT_MS = 60_000;

export function within<T>(promise: Promise<T>, what: string, ms = WAIT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export class LspSession {
  readonly child: ChildProcessWithoutNullStreams;
  readonly connection: MessageConnection;
  stderr = '';
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  readonly #listeners = new Set<() => void>();
  readonly #exited: Promise<number | null>;

  constructor(options: { cwd: string; nodeArgs?: string[] }) {
    this.child = spawn(process.execPath, [...(options.nodeArgs ?? []), bin, '--stdio'], { cwd: options.cwd, stdio: 'pipe' });
    this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => void (this.stderr += chunk));
    this.#exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      for (const listener of this.#listeners) listener();
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => void this.logs.push(params.message));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return within(this.connection.sendRequest<R>(method, params), `the response to ${method}`);
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** The first diagnostics published (from the `since`-th on) for which `accept` holds. */
  diagnostics(accept: (p: PublishDiagnosticsParams) => boolean, what: string, since = 0): Promise<PublishDiagnosticsParams> {
    return within(
      new Promise<PublishDiagnosticsParams>((resolve) => {
        const check = () => {
          const found = this.published.slice(since).find(accept);
          if (found) {
            this.#listeners.delete(check);
            resolve(found);
          }
        };
        this.#listeners.add(check);
        check();
      }),
      what,
    );
  }

  /** The diagnostics of `uri` at exactly `version` (a lint of an older text does not count). */
  diagnosticsAt(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.diagnostics((p) => p.uri === uri && p.version === version, `diagnostics of ${uri} at version ${version}`);
  }

  /** shutdown, then exit: resolves to the exit code. */
  async close(): Promise<number | null> {
    await this.request('shutdown', null);
    await this.notify('exit', null);
    const code = await within(this.#exited, 'the server to exit');
    this.connection.dispose();
    return code;
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
    this.connection.dispose();
  }
}
