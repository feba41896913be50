/**
 * A pool of lint workers for large batches. Each worker loads the model once; the main thread
 * reads files and resolves configs as workers free up (at most two postings in flight per
 * worker, so memory stays bounded whatever the batch size), and results are returned in input
 * order, so the report is the same as on one thread.
 */
import type { JdlintConfig } from '@jdlint/core';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { workerThreads } from './builtins.js';
import type { Answer, Task } from './worker.js';

/** Below this many files a pool costs more to start (a model load per worker) than it saves. */
export const POOL_THRESHOLD = 200;

/** The number of workers for `files` inputs: the --workers setting, else one per CPU for large batches. */
export function workerCount(files: number, setting: number | undefined): number {
  if (setting !== undefined) return Math.max(1, Math.min(setting, files));
  if (files < POOL_THRESHOLD) return 1;
  return Math.max(1, Math.min(availableParallelism(), files));
}

/**
 * Each worker's heap: a worker holds the model and one posting at a time (about 30 MB live), and
 * without a cap V8 lets every thread's heap grow with garbage to several times that. The young
 * generation is left large enough for most of a posting's short-lived objects to die young: at
 * 8 MB they were promoted, and old-generation collections cost a 10,000-posting run more CPU
 * than a second thread saved. At 24 MB a 1,000-posting run on two workers still spent a fifth
 * more CPU than at 32 MB (user time 30.0–33.6 s against 21.1–25.4 s, two rounds each, on the
 * bench's postings, 2 CPUs, a loaded machine), for 40 MB more peak memory; 48 and 64 MB were
 * within the noise of 32 MB and took up to 90 MB more.
 */
const OLD_MB = 112;
const YOUNG_MB = 32;
/** Larger files are analyzed on the main thread, whose heap is not capped (a posting is a few KB). */
export const WORKER_MAX_BYTES = 256 * 1024;

/**
 * The built worker: next to this module in dist (the worker bundle when this is the CLI bundle);
 * from the TypeScript sources (tests), the built copy.
 */
export function workerUrl(moduleUrl: string = import.meta.url): URL {
  const own = new URL(moduleUrl);
  if (own.pathname.endsWith('.ts')) return new URL('../dist/worker.js', own);
  return new URL(/\.bundle\.c?js$/.test(own.pathname) ? './worker.bundle.js' : './worker.js', own);
}

export interface PoolJob<R> {
  /** Reads the posting and its config; or returns a finished result (a file that cannot be read). */
  prepare(index: number): Promise<{ bytes: Uint8Array; config: JdlintConfig; name: string } | { done: R }>;
  /** A finished result, in any order; `index` says which input it is. */
  finish(index: number, answer: Answer): R;
}

/**
 * Runs the job over `count` inputs on `workers` threads. Results are returned in input order, or,
 * with `onResult`, handed over in input order as they complete and not kept.
 */
export async function runPool<R>(count: number, workers: number, keepSource: boolean, job: PoolJob<R>, onDone: (done: number) => void, onResult?: (result: R) => void): Promise<R[]> {
  const results = new Array<R | undefined>(count);
  let emitted = 0;
  const store = (index: number, result: R) => {
    results[index] = result;
    if (!onResult) return;
    while (emitted < count && results[emitted] !== undefined) {
      const next = results[emitted] as R;
      results[emitted++] = undefined;
      onResult(next);
    }
  };
  const pool = Array.from({ length: workers }, () => new (workerThreads().Worker)(workerUrl(), { resourceLimits: { maxOldGenerationSizeMb: OLD_MB, maxYoungGenerationSizeMb: YOUNG_MB } }));
  let next = 0;
  let finished = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (error: unknown) => {
        if (!failed) {
          failed = true;
          // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- passes the worker's failure on as it came
          reject(error);
        }
      };
      const feed = async (worker: Worker): Promise<void> => {
        while (!failed && next < count) {
          const index = next++;
          const prepared = await job.prepare(index);
          if ('done' in prepared) {
            store(index, prepared.done);
            finished++;
            onDone(finished);
            continue;
          }
          const task: Task = { index, name: prepared.name, bytes: prepared.bytes, config: prepared.config, keepSource };
          const transfer = prepared.bytes.byteOffset === 0 && prepared.bytes.byteLength === prepared.bytes.buffer.byteLength ? [prepared.bytes.buffer as ArrayBuffer] : [];
          worker.postMessage(task, transfer);
          return;
        }
        if (finished === count) resolve();
      };
      for (const worker of pool) {
        worker.on('message', (answer: Answer) => {
          try {
            store(answer.index, job.finish(answer.index, answer));
          } catch (error) {
            fail(error);
            return;
          }
          finished++;
          onDone(finished);
          if (finished === count) resolve();
          else feed(worker).catch(fail);
        });
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (finished < count) fail(new Error(`a lint worker stopped (exit code ${code})`));
        });
      }
      if (count === 0) resolve();
      // Two postings in flight per worker: one to analyze, one read and waiting.
      for (let round = 0; round < 2; round++) for (const worker of pool) feed(worker).catch(fail);
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return onResult ? [] : (results as R[]);
}
