/**
 * @jdlint/language-server: jdlint's findings in any editor that speaks the Language Server
 * Protocol. `run()` is the `jdlint-language-server` command; `createServer()` wires the handlers to
 * a connection of your own.
 */
import { readFileSync } from 'node:fs';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createServer } from './server.js';

export { CONFIG_FILES, loadConfig } from './config.js';
export type { LoadedConfig, ReadText } from './config.js';
export { codeActions, FIX_ALL_KIND, hover, lintText, toFinding } from './lint.js';
export type { Finding } from './lint.js';
export { createServer, LANGUAGE_IDS, lintable } from './server.js';
export type { ServerInfo } from './server.js';

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const USAGE = `Usage: jdlint-language-server [--stdio | --node-ipc | --socket=<port> | --pipe=<name>]

Runs the jdlint language server. Editors start it themselves; --stdio (the default) is what
most of them use. See docs/editors.md for VS Code, Neovim, Helix, Zed and JetBrains.
`;

const TRANSPORTS = /^--(stdio|node-ipc|socket|pipe)(=|$)/;

/** The bin entry: starts the server on the transport named in `argv` (stdio by default). */
export function run(argv: string[] = process.argv.slice(2)): void {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  if (argv.includes('--version') || argv.includes('-v')) {
    process.stdout.write(`${version}\n`);
    return;
  }
  // vscode-languageserver reads the transport from process.argv; default to stdio.
  if (!argv.some((a) => TRANSPORTS.test(a))) process.argv.push('--stdio');
  const connection = createConnection(ProposedFeatures.all);
  createServer(connection, { name: 'jdlint-language-server', version });
  connection.listen();
}
