/**
 * E2e harness: builds the production bundle, serves it with `vite preview` on localhost, and
 * launches the system Chromium through playwright-core. Every page it opens records console
 * errors and any request to a host other than localhost, so each test can assert there were none.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Path of the Chromium to drive: `CHROME_PATH`, else /usr/bin/chromium.
 * @throws Error naming the install command when neither exists
 */
export function chromePath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `Chromium not found (looked at ${candidates.join(', ')}). Install it with ` +
        '`apt-get update && apt-get install -y chromium fonts-noto-cjk`, or set CHROME_PATH.',
    );
  }
  return found;
}

export const CHROME_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface Harness {
  url: string;
  browser: Browser;
  close: () => Promise<void>;
}

/** Build (production), serve on a free localhost port, launch Chromium. */
export async function startHarness(): Promise<Harness> {
  // vitest sets NODE_ENV=test, which would bundle React's development build.
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: ROOT, logLevel: 'warn', configFile: join(ROOT, 'vite.config.ts'), mode: 'production' });
  } finally {
    process.env.NODE_ENV = env;
  }
  const server: PreviewServer = await preview({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const addr = server.httpServer.address();
  if (!addr || typeof addr === 'string') throw new Error('preview server has no port');
  const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
  return {
    url: `http://localhost:${addr.port}/`,
    browser,
    close: async () => {
      await browser.close();
      await new Promise<void>((r) => server.httpServer.close(() => r()));
    },
  };
}

export interface Watched {
  page: Page;
  consoleErrors: string[];
  outsideRequests: string[];
}

/** A new page that records console errors, page errors and requests leaving localhost. */
export async function watchedPage(h: Harness, viewport = { width: 1200, height: 780 }): Promise<Watched> {
  // its own context, so a test can open a second tab in the same profile
  const context = await h.browser.newContext({ viewport });
  return watch(await context.newPage());
}

/** Record console errors, page errors and requests leaving localhost of `page`. */
export function watch(page: Page): Watched {
  const w: Watched = { page, consoleErrors: [], outsideRequests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') w.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => w.consoleErrors.push(e.message));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol === 'data:' || u.protocol === 'blob:') return;
    if (!['localhost', '127.0.0.1', '[::1]'].includes(u.hostname)) w.outsideRequests.push(r.url());
  });
  return w;
}

/** Wait until MapLibre reported `idle` (the app marks `body[data-map=idle]`). */
export async function waitIdle(page: Page, timeout = 90_000): Promise<void> {
  await page.waitForSelector('body[data-map="idle"]', { timeout });
}

/**
 * One shared setup for an e2e file: build, serve, launch, open the atlas (optionally at a
 * hash) and wait until the map is idle. Call in `beforeAll`; close `harness` in `afterAll`.
 */
export async function openAtlas(hash = ''): Promise<{ harness: Harness; watched: Watched }> {
  const harness = await startHarness();
  const watched = await watchedPage(harness);
  await watched.page.goto(`${harness.url}${hash}`);
  await waitIdle(watched.page);
  return { harness, watched };
}

/** Wait until every change shown is written to IndexedDB (the app marks `body[data-store=saved]`). */
export async function waitSaved(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForSelector('body[data-store="saved"]', { timeout, state: 'attached' });
}

/** Page position (CSS px) of `[lon, lat]` on the map. */
export async function screenOf(page: Page, lonlat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const map = (window as unknown as { __atlasMap: { project: (p: [number, number]) => { x: number; y: number }; getCanvas: () => HTMLCanvasElement } }).__atlasMap;
    const p = map.project(ll);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, lonlat);
}
