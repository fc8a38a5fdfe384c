import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // unit tests: beside the code they test (src/**/x.test.ts) and the older ones in test/unit;
    // browser tests are Playwright's (test/e2e/*.spec.ts, `npm run test:e2e`)
    include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
    environment: 'node',
    // one module cache per worker thread, not per file: ~70 files each re-read and re-parsed the
    // generated data (5 MB of JSON) — 55 s → 30 s on 2 cores. Tests keep no state between files
    // (a shuffled order passes: `npx vitest run --sequence.shuffle`).
    pool: 'threads',
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
