import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Tests run against the TypeScript sources; the spawn tests use the built bin.
    alias: {
      '@jdlint/core': fileURLToPath(new URL('packages/core/src/index.ts', import.meta.url)),
      'remark-jdlint': fileURLToPath(new URL('packages/remark-jdlint/src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['packages/*/test/**/*.test.ts'],
    // Bounds, not speed limits: generous enough for a machine whose CPUs other work keeps busy (the
    // suite passes under `stress-ng --cpu 2`), short enough that a hang fails with vitest's message.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
