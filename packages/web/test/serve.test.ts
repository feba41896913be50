/**
 * `pnpm web`'s server (packages/web/scripts/serve.mjs): it prints the URL of a page it serves on
 * 127.0.0.1, on a port the OS picks unless PORT says otherwise, and a bad PORT is one readable line.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const serve = fileURLToPath(new URL('../scripts/serve.mjs', import.meta.url));

describe('pnpm web', () => {
  it('builds if needed, serves the page on 127.0.0.1 and prints its URL', { timeout: 120_000 }, async () => {
    const child = spawn(process.execPath, [serve], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`no URL printed within 100 s; output so far: ${out}`)), 100_000);
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /jdlint web: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
          if (match?.[1]) {
            clearTimeout(timer);
            resolve(match[1]);
          }
        });
        child.on('exit', (code) => reject(new Error(`the server exited (${code}) before printing a URL: ${out}`)));
      });
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await page.text();
      expect(html).toContain("connect-src 'none'");
      expect(html).toContain('Nothing you paste is uploaded.');
      // One self-contained file: nothing else to fetch, and nothing outside its folder is served.
      expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
      expect((await fetch(new URL('../package.json', url))).status).toBe(404);
      expect((await fetch(url, { method: 'POST' })).status).toBe(405);
    } finally {
      child.kill();
    }
  });

  it('refuses a PORT that is not a port with one line', () => {
    const result = spawnSync(process.execPath, [serve], { env: { ...process.env, PORT: 'eighty' }, encoding: 'utf8', cwd: path.dirname(serve) });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('web: PORT must be a whole number from 0 to 65535, got "eighty"\n');
  });
});
