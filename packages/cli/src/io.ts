import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from './errors.js';

export { InputError } from './errors.js';

/** Everything the CLI touches outside the file system, so tests run `main` in-process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  readFile(file: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
  /** True when stdout is a terminal that takes colours. */
  isTTY?: boolean;
  /** True when stderr is a terminal: only then is a progress indicator shown. */
  stderrIsTTY?: boolean;
  /** Milliseconds, for the progress indicator's one-second delay. */
  now?(): number;
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
  isTTY: process.stdout.isTTY === true && !process.env['NO_COLOR'],
  stderrIsTTY: process.stderr.isTTY === true,
  now: () => performance.now(),
};

/** Files larger than this are refused rather than analyzed (a posting is a few KB). */
export const MAX_BYTES = 5 * 1024 * 1024;

const BOM = [0xef, 0xbb, 0xbf];

export function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
}

/** Decodes a file's bytes: UTF-8 (BOM stripped) or a clear InputError for binary and non-UTF-8 data. */
export function decode(bytes: Uint8Array, name: string): string {
  if (bytes.length > MAX_BYTES) {
    throw new InputError(`${name}: file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, larger than the ${MAX_BYTES / 1024 / 1024} MB limit for a posting`);
  }
  const probe = bytes.subarray(0, 8000);
  if (probe.includes(0)) throw new InputError(`${name}: binary file (it contains NUL bytes), not a posting`);
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new InputError(`${name}: not valid UTF-8 text; convert it to UTF-8 (e.g. iconv -f latin1 -t utf-8)`);
  }
}

export function readError(file: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(`${file}: no such file`);
  if (code === 'EISDIR') return new InputError(`${file}: is a directory`);
  if (code === 'EACCES' || code === 'EPERM') return new InputError(`${file}: permission denied`);
  return new InputError(`${file}: cannot read (${code ?? 'unknown error'})`);
}

/** Reads a posting: its text and whether the file starts with a byte-order mark (kept by --fix). */
export async function readPosting(io: Io, file: string): Promise<{ text: string; bom: boolean }> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path.resolve(io.cwd, file));
  } catch (error) {
    throw readError(file, error);
  }
  return { text: decode(bytes, file), bom: hasBom(bytes) };
}
