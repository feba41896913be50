#!/usr/bin/env node
/**
 * `pnpm web`: builds the page if it is missing or older than its sources, serves it on 127.0.0.1
 * and prints the URL. The port is $PORT (or $JDLINT_WEB_PORT), else one the system picks. The page
 * is one static file: once it is open, this server can stop and the page keeps working.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWeb, distFile, needsBuild } from './build.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.png': 'image/png', '.md': 'text/markdown; charset=utf-8' };

/** A static server for one directory, on 127.0.0.1; resolves to { server, url }. */
export function serveDir(dir, port = 0) {
  const root = path.resolve(dir);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const rel = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.resolve(root, rel);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${address.port}/` });
    });
  });
}

function portFromEnv() {
  const raw = process.env.PORT ?? process.env.JDLINT_WEB_PORT;
  if (raw === undefined || raw === '') return 0;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`web: PORT must be a whole number from 0 to 65535, got "${raw}"\n`);
    process.exit(2);
  }
  return port;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = portFromEnv();
  try {
    if (needsBuild()) await buildWeb();
    const { url } = await serveDir(path.dirname(distFile), port);
    process.stdout.write(`jdlint web: ${url}\n(serving ${path.relative(process.cwd(), distFile)} on 127.0.0.1 only; Ctrl+C to stop)\n`);
  } catch (error) {
    const message = error?.code === 'EADDRINUSE' ? `port ${port} is in use: set PORT to another one, or leave it unset for a free one` : error?.message ?? String(error);
    process.stderr.write(`web: ${message}\n`);
    process.exit(1);
  }
}
