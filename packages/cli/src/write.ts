import { constants } from 'node:fs';
import { access, readFile, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { OutputError } from './errors.js';
import { crypto } from './builtins.js';

/** Why a write was refused, in words (the error code follows in brackets). */
const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the disk',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOENT: 'its folder does not exist',
  EISDIR: 'it is a directory',
};

/** What `writeFileAtomic` checks before it replaces a file. */
export interface WriteGuard {
  /** The file's bytes when they were read: if the file no longer holds them, it is left alone. */
  expected?: Uint8Array;
  /** Said between the file's name and the reason when the write is refused (e.g. "not fixed, the file is left as it was: "). */
  refusal?: string;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.length), Buffer.from(b.buffer, b.byteOffset, b.length)) === 0;
}

/**
 * Writes a file atomically: a temporary file in the same directory, then a rename over the
 * original, so a crash or a full disk never leaves a half-written posting. A symlink is followed
 * (its target is replaced, the link stays) and the original's permissions are kept. A read-only
 * file (no write permission for its owner, or none for this user) is not replaced, and with
 * `guard.expected` neither is a file that changed since it was read (another program saved it):
 * the file then keeps what it has. Every refusal is an `OutputError` of one line: the file's
 * name, `guard.refusal`, and why.
 */
export async function writeFileAtomic(file: string, data: Uint8Array, shown = file, guard: WriteGuard = {}): Promise<void> {
  const refuse = (reason: string): never => {
    throw new OutputError(`${shown}: ${guard.refusal ?? ''}${reason}`);
  };
  let target = file;
  let mode: number | undefined;
  try {
    target = await realpath(file);
    mode = (await stat(target)).mode & 0o7777;
  } catch {
    // A new file: write it where it was named.
  }
  if (mode !== undefined) {
    // The rename would replace a read-only file (it needs only the folder's permission), and root
    // may write any file: the owner's write bit is the user's word.
    const writable = (mode & 0o200) !== 0 && (await access(target, constants.W_OK).then(() => true, () => false));
    if (!writable) refuse('it is read-only');
  }
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${crypto().randomBytes(4).toString('hex')}.jdlint-tmp`);
  try {
    await writeFile(temp, data, mode === undefined ? { flag: 'wx' } : { flag: 'wx', mode });
    // Checked after the temporary file is complete, right before the rename: the window in which
    // another program's save could be lost is as short as it can be.
    if (guard.expected !== undefined) {
      const now = await readFile(target).catch(() => null);
      if (now === null || !sameBytes(now, guard.expected)) {
        await unlink(temp).catch(() => undefined);
        refuse('it changed while jdlint ran (run jdlint --fix again)');
      }
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    if (error instanceof OutputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    refuse(code ? `${REASONS[code] ?? 'cannot write'} (${code})` : (error as Error).message);
  }
}
