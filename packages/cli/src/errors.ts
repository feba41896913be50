/**
 * The CLI's typed errors. Each becomes one line on stderr and exit code 2 (see `exitCodeFor` in
 * index.ts, the one place errors map to exit codes); none prints a stack trace.
 */

/** A bad command line: unknown option value, no input, a glob that matches nothing. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A config file that cannot be read, parsed or validated; the message names the file (core's, shared with the language server). */
export { ConfigFileError } from '@jdlint/core';

/** An input failure that concerns one file: reported in one line, exit 2, other files go on. */
export class InputError extends Error {
  override name = 'InputError';
}

/** A file the CLI could not write (`--fix`, `init`). */
export class OutputError extends Error {
  override name = 'OutputError';
}
