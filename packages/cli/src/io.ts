import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from './errors.js';
import { readline } from './builtins.js';

export { InputError } from './errors.js';

/** Everything the CLI touches outside the file system, so tests run `main` in-process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  readFile(file: string): Promise<Uint8Array>;
  /** The size of a file in bytes, so an oversized file is refused before it is read. */
  fileSize?(file: string): Promise<number>;
  readStdin(): Promise<Uint8Array>;
  /** Standard input a line at a time, as it arrives (`--stdin-jsonl`); without it, `readStdin` is split. */
  stdinLines?(): AsyncIterable<string>;
  /** True when stdout is a terminal that takes colours. */
  isTTY?: boolean;
  /** True when stderr is a terminal: only then is a progress indicator shown. */
  stderrIsTTY?: boolean;
  /** Milliseconds, for the progress indicator's one-second delay. */
  now?: () => number;
}

/**
 * A write to a process stream that a closed pipe ends quietly: when the reader goes away
 * (`jdlint … | head -1`, quitting `less`, `grep -q`), the run stops with exit 0 and no message, as
 * ripgrep, ESLint and git do; nobody is left to read the rest. Node reports the closed pipe as an
 * `error` event (EPIPE) after the write, which would otherwise be an uncaught stack trace. Any
 * other write failure (a full disk behind `>`, EIO) is one line on stderr and exit 2.
 */
function streamWriter(stream: NodeJS.WriteStream, name: string): (text: string) => void {
  let guarded = false;
  return (text) => {
    if (!guarded) {
      guarded = true;
      stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') process.exit(0);
        if (stream !== process.stderr) process.stderr.write(`jdlint: cannot write to ${name} (${error.code ?? error.message})\n`);
        process.exit(2);
      });
    }
    stream.write(text);
  };
}

export const nodeIo: Io = {
  stdout: streamWriter(process.stdout, 'standard output'),
  stderr: streamWriter(process.stderr, 'standard error'),
  cwd: process.cwd(),
  readFile: (file) => readFile(file),
  fileSize: async (file) => (await stat(file)).size,
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
  stdinLines: () => readline().createInterface({ input: process.stdin, crlfDelay: Infinity }),
  isTTY: process.stdout.isTTY && !process.env['NO_COLOR'],
  stderrIsTTY: process.stderr.isTTY,
  now: () => performance.now(),
};

/**
 * Files larger than this are refused rather than analyzed, unless `--max-file-size` or the config's
 * `maxFileSize` says otherwise. A posting is a few kilobytes (the longest of the 40 in the
 * development corpus is under 20 KB); analysis is linear, about 1–3 s per megabyte of prose and up
 * to 30 s for a megabyte of nested lists, so 1 MiB bounds a run in a pre-commit hook.
 */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

/** Sizes are parsed by core's config reader (`maxFileSize`) and for `--max-file-size` alike. */
export { parseSize } from '@jdlint/core';

/** A size as people read it: 1 MB, 512 KB, 300 bytes. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${Number((bytes / 1024 ** 2).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} bytes`;
}

function tooLarge(name: string, size: number, limit: number): InputError {
  return new InputError(`${name}: file is ${formatSize(size)}, larger than the ${formatSize(limit)} limit for a posting (raise it with --max-file-size or maxFileSize)`);
}

const BOM = [0xef, 0xbb, 0xbf];

export function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
}

/** Decodes a file's bytes: UTF-8 (BOM stripped) or a clear InputError for oversized, binary and non-UTF-8 data. */
export function decode(bytes: Uint8Array, name: string, maxSize = DEFAULT_MAX_FILE_SIZE): string {
  if (bytes.length > maxSize) throw tooLarge(name, bytes.length, maxSize);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError(`${name}: UTF-16 text, not UTF-8; convert it to UTF-8 (e.g. iconv -f utf-16 -t utf-8)`);
  }
  // Git's test for binary content: a NUL byte in the first 8,000 bytes.
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
export async function readPosting(io: Io, file: string, maxSize = DEFAULT_MAX_FILE_SIZE): Promise<{ text: string; bom: boolean }> {
  const abs = path.resolve(io.cwd, file);
  let bytes: Uint8Array;
  try {
    // An oversized file is refused by its size, before a byte of it is read.
    const size = io.fileSize ? await io.fileSize(abs) : undefined;
    if (size !== undefined && size > maxSize) throw tooLarge(file, size, maxSize);
    bytes = await io.readFile(abs);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw readError(file, error);
  }
  return { text: decode(bytes, file, maxSize), bom: hasBom(bytes) };
}
