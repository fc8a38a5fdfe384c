import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // e2e drives one Chromium; keep files sequential on this 2-core machine.
    fileParallelism: false,
  },
});
