import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Everything the CLI touches outside itself, so tests run `main` in-process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  readFile(file: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
  /** True when stdout is a terminal (colours). */
  isTTY?: boolean;
}

export const nodeIo: Io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  cwd: process.cwd(),
  readFile: (file) => readFile(file),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
  isTTY: process.stdout.isTTY === true,
};

/** An input failure that concerns one file: reported in one line, exit 2, other files go on. */
export class InputError extends Error {
  override name = 'InputError';
}

export const EXTENSIONS = new Set(['.md', '.markdown', '.mdx', '.txt']);
/** Files larger than this are refused rather than analyzed (a posting is a few KB). */
export const MAX_BYTES = 5 * 1024 * 1024;

export async function expandPaths(inputs: string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let info;
    try {
      info = await stat(abs);
    } catch {
      out.push(input); // reported as missing when read
      continue;
    }
    if (info.isDirectory()) {
      const found: string[] = [];
      await walk(abs, found);
      out.push(...found.sort().map((f) => path.relative(cwd, f)));
    } else out.push(input);
  }
  return out;
}

async function walk(dir: string, found: string[]): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, found);
    else if (entry.isFile() && EXTENSIONS.has(path.extname(entry.name).toLowerCase())) found.push(full);
  }
}

/** Decodes a file's bytes: UTF-8 (BOM stripped) or a clear InputError for binary and non-UTF-8 data. */
export function decode(bytes: Uint8Array, name: string): string {
  if (bytes.length > MAX_BYTES) {
    throw new InputError(`${name}: file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, larger than the ${MAX_BYTES / 1024 / 1024} MB limit for a posting`);
  }
  const probe = bytes.subarray(0, 8000);
  if (probe.includes(0)) throw new InputError(`${name}: binary file (it contains NUL bytes), not a posting`);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new InputError(`${name}: not valid UTF-8 text; convert it to UTF-8 (e.g. iconv -f latin1 -t utf-8)`);
  }
}

export async function readInput(io: Io, file: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path.resolve(io.cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${file}: no such file`);
    if (code === 'EISDIR') throw new InputError(`${file}: is a directory`);
    if (code === 'EACCES') throw new InputError(`${file}: permission denied`);
    throw new InputError(`${file}: cannot read (${code ?? 'unknown error'})`);
  }
  return decode(bytes, file);
}
