/**
 * A lint worker: loads @jdlint/core (and so the model) once, then analyzes the postings the pool
 * sends, one message each, and answers with the result. The main thread reads the files (through
 * its Io) and transfers the bytes, so workers never touch the file system.
 */
import { analyze, ConfigError, type JdlintConfig } from '@jdlint/core';
import { parentPort } from 'node:worker_threads';
import { InputError } from './errors.js';
import type { FileResult } from './format.js';
import { decode } from './io.js';

export interface Task {
  index: number;
  name: string;
  bytes: Uint8Array;
  config: JdlintConfig;
  keepSource: boolean;
}

export type Answer =
  | { index: number; result: FileResult }
  | { index: number; configError: string }
  | { index: number; internalError: string };

function handle(task: Task): Answer {
  let text: string;
  try {
    text = decode(task.bytes, task.name);
  } catch (error) {
    if (error instanceof InputError) return { index: task.index, result: { filePath: task.name, diagnostics: [], profile: null, error: error.message } };
    throw error;
  }
  try {
    const { diagnostics, suppressed, profile, score } = analyze(text, { config: task.config });
    const result: FileResult = { filePath: task.name, diagnostics, suppressed, profile, score };
    if (task.keepSource) result.source = text;
    return { index: task.index, result };
  } catch (error) {
    if (error instanceof ConfigError) return { index: task.index, configError: error.message };
    return { index: task.index, internalError: (error as { message?: string } | null | undefined)?.message ?? String(error) };
  }
}

parentPort?.on('message', (task: Task) => {
  parentPort?.postMessage(handle(task));
});
