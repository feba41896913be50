import type { Io } from './io.js';

/** Only runs that last longer than this show progress: a quick run stays silent. */
const DELAY_MS = 1000;

export interface Progress {
  tick(done: number): void;
  end(): void;
}

/**
 * A one-line `jdlint: 12/80 files` counter on stderr, redrawn in place, shown only when stderr is
 * a terminal, there is more than one file, and the run has passed one second. Cleared at the end,
 * so the report that follows starts on a clean line.
 */
export function createProgress(io: Io, total: number): Progress {
  const now = io.now;
  if (!io.stderrIsTTY || !now || total < 2) return { tick: () => undefined, end: () => undefined };
  const started = now();
  let shown = false;
  return {
    tick(done) {
      if (now() - started < DELAY_MS) return;
      shown = true;
      io.stderr(`\r\u001B[Kjdlint: ${done}/${total} files`);
    },
    end() {
      if (shown) io.stderr('\r\u001B[K');
    },
  };
}
