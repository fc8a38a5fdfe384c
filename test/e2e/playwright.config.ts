/**
 * Browser tests: @playwright/test driving the system Chromium (headless, software WebGL through
 * SwiftShader) against the production build, served once by `vite preview` on 127.0.0.1.
 * `npm run test:e2e` builds first; every test opens its own browser context and page.
 */
import { defineConfig } from '@playwright/test';
import { CHROME_ARGS, chromePath } from './chrome';

const PORT = Number(process.env.E2E_PORT ?? 4179);

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  outputDir: '../../test-results/e2e',
  snapshotPathTemplate: '{testDir}/__screenshots__/{arg}{ext}',
  // a test waits for what it needs (web-first assertions); the budget covers a first map drawn
  // in software WebGL on a busy 2-core machine
  timeout: 90_000,
  expect: {
    timeout: 20_000,
    // software GL (SwiftShader) differs between CPUs by anti-aliasing at edges; see README
    toHaveScreenshot: { maxDiffPixelRatio: 0.01, threshold: 0.25, animations: 'disabled', caret: 'hide' },
    toMatchSnapshot: { maxDiffPixelRatio: 0.01, threshold: 0.25 },
  },
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // a test that passes only on its retry is reported as flaky and printed by the reporter
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['./retryReporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1000, height: 700 },
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    actionTimeout: 20_000,
    navigationTimeout: 60_000,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromePath(), args: CHROME_ARGS },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    cwd: '../..',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
