/**
 * Node built-ins that only some runs use, loaded on first use (`process.getBuiltinModule`, Node
 * 20.16+) instead of when the CLI starts: a plain lint loads neither crypto (the cache, baselines,
 * fingerprints, fixes), readline (`--stdin-jsonl`) nor worker_threads (the pool), some fifty of
 * Node's internal modules that a cold start would otherwise run.
 */
import type * as Crypto from 'node:crypto';
import type * as Readline from 'node:readline';
import type * as WorkerThreads from 'node:worker_threads';

export const crypto = (): typeof Crypto => process.getBuiltinModule('node:crypto');
export const readline = (): typeof Readline => process.getBuiltinModule('node:readline');
export const workerThreads = (): typeof WorkerThreads => process.getBuiltinModule('node:worker_threads');
