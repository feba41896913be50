/**
 * Input discovery: files, directories (recursive), globs, and a `.jdlintignore` in gitignore
 * syntax. Globs and directory walks are tinyglobby's; ignore matching is the `ignore` package's
 * (the gitignore implementation ESLint and Prettier use).
 */
import ignore, { type Ignore } from 'ignore';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type * as Tinyglobby from 'tinyglobby';
import { readError, type Io } from './io.js';
import { UsageError } from './errors.js';

/** What a directory or a glob yields; a file named on the command line is linted whatever its extension. */
export const EXTENSIONS = ['md', 'markdown', 'mdx', 'txt'] as const;
const EXTENSION_GLOB = `**/*.{${EXTENSIONS.join(',')}}`;
/** Never searched: dependencies and VCS data (dot directories are skipped by the glob already). */
const ALWAYS_IGNORED = ['**/node_modules/**'];

export const DEFAULT_IGNORE_FILE = '.jdlintignore';

export interface IgnoreMatcher {
  /** True when the absolute path is ignored. */
  ignores(abs: string): boolean;
}

/**
 * Loads the ignore file: `--ignore-path` (it must exist) or `.jdlintignore` in the working
 * directory (optional). Patterns are relative to the ignore file's directory, as in .gitignore.
 */
export async function loadIgnore(io: Io, ignorePath: string | undefined): Promise<IgnoreMatcher> {
  const file = path.resolve(io.cwd, ignorePath ?? DEFAULT_IGNORE_FILE);
  let text = '';
  try {
    text = new TextDecoder().decode(await io.readFile(file));
  } catch (error) {
    if (ignorePath !== undefined) throw new UsageError(readError(`--ignore-path ${ignorePath}`, error).message);
  }
  const base = path.dirname(file);
  const matcher: Ignore = ignore().add(text);
  return {
    ignores(abs) {
      const rel = path.relative(base, abs);
      // Only paths under the ignore file's directory can match its patterns.
      if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return false;
      return matcher.ignores(rel.split(path.sep).join('/'));
    },
  };
}

export interface Input {
  /** How the file is named in reports: as given, or relative to the working directory. */
  name: string;
  abs: string;
}

function display(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs);
  return rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel;
}

/**
 * Expands command-line arguments into the files to lint, in argument order, each once.
 * A missing plain path is kept (it is reported as "no such file" when read); a directory or glob
 * that yields no file is a usage error, as in ESLint.
 */
export async function findInputs(args: string[], io: Io, ignored: IgnoreMatcher): Promise<Input[]> {
  // The glob library is loaded only when an argument is not a plain file (linting named files is the common case).
  let globber: typeof Tinyglobby | undefined;
  const tinyglobby = async () => (globber ??= await import('tinyglobby'));
  const seen = new Set<string>();
  const out: Input[] = [];
  const add = (name: string, abs: string) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    out.push({ name, abs });
  };
  for (const arg of args) {
    const abs = path.resolve(io.cwd, arg);
    let kind: 'file' | 'dir' | 'missing' = 'missing';
    try {
      kind = (await stat(abs)).isDirectory() ? 'dir' : 'file';
    } catch {
      kind = 'missing';
    }
    if (kind === 'file') {
      // A file named explicitly (as pre-commit and lint-staged do) is still skipped when ignored.
      if (!ignored.ignores(abs)) add(arg, abs);
      continue;
    }
    const { glob, isDynamicPattern } = await tinyglobby();
    if (kind === 'missing' && !isDynamicPattern(arg)) {
      add(arg, abs);
      continue;
    }
    const found =
      kind === 'dir'
        ? await glob(EXTENSION_GLOB, { cwd: abs, absolute: true, ignore: ALWAYS_IGNORED, followSymbolicLinks: false })
        : (await glob(arg, { cwd: io.cwd, absolute: true, ignore: ALWAYS_IGNORED, followSymbolicLinks: false })).filter((f) =>
            (EXTENSIONS as readonly string[]).includes(path.extname(f).slice(1).toLowerCase()),
          );
    const kept = found.map((f) => path.normalize(f)).filter((f) => !ignored.ignores(f)).sort();
    if (kept.length === 0) {
      const what = kind === 'dir' ? `${arg}: no ${EXTENSIONS.map((e) => `.${e}`).join(', ')} files in this directory` : `${arg}: no posting files match this pattern`;
      throw new UsageError(found.length > 0 ? `${arg}: every matching file is ignored (see ${DEFAULT_IGNORE_FILE} or --ignore-path)` : what);
    }
    for (const f of kept) add(display(io.cwd, f), f);
  }
  return out;
}
