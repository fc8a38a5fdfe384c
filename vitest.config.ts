import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // unit tests: beside the code they test (src/**/x.test.ts) and the older ones in test/unit;
    // browser tests are Playwright's (test/e2e/*.spec.ts, `npm run test:e2e`)
    include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
