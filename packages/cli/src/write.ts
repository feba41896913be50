import { randomBytes } from 'node:crypto';
import { realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { OutputError } from './errors.js';

/**
 * Writes a file atomically: a temporary file in the same directory, then a rename over the
 * original, so a crash or a full disk never leaves a half-written posting. A symlink is followed
 * (its target is replaced, the link stays) and the original's permissions are kept.
 */
export async function writeFileAtomic(file: string, data: Uint8Array, shown = file): Promise<void> {
  let target = file;
  let mode: number | undefined;
  try {
    target = await realpath(file);
    mode = (await stat(target)).mode & 0o7777;
  } catch {
    // A new file: write it where it was named.
  }
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.jdlint-tmp`);
  try {
    await writeFile(temp, data, mode === undefined ? { flag: 'wx' } : { flag: 'wx', mode });
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new OutputError(`${shown}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
