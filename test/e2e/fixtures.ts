/**
 * E2e fixtures: every test gets its own browser context and page (Playwright's default) plus an
 * `atlas` helper that opens the atlas at a URL hash and waits for what the test needs. Console
 * errors, page errors and requests to any host but localhost are recorded for every page of the
 * test's context (second tabs included) and fail the test that caused them.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { join } from 'node:path';
import { CHROME_ARGS, chromePath } from './chrome';

export { expect };
export const ROOT = join(import.meta.dirname, '..', '..');

/**
 * The default layers without the two special-area fills (old areas, border counties): those
 * fills are the largest part of a first map in software WebGL, so a test that is not about
 * them opens with this hash.
 */
export const PROJECT_LAYERS = 'l=railway,highway,airport,hydro-base,hydro-station,transmission';

/**
 * Make `new Date()` and `Date.now()` in `page` (and every page of its context opened later)
 * return `at`; timers, requestAnimationFrame and performance.now stay real.
 * Not `page.clock.setFixedTime`: it installs Playwright's fake timers, under which the map kept
 * repainting and the page starved. Measured on 2 cores: a PNG export's click took 10.5 s and its
 * canvas.toBlob 13.8 s, against 1.0 s and 1.1 s with real timers.
 */
export async function fixDate(page: Page, at: Date): Promise<void> {
  await page.addInitScript((t: number) => {
    const Real = Date;
    class Fixed extends Real {
      constructor(...a: unknown[]) {
        if (a.length) super(...(a as [number]));
        else super(t);
      }
      static now(): number {
        return t;
      }
    }
    globalThis.Date = Fixed as DateConstructor;
  }, at.getTime());
}

export interface Atlas {
  page: Page;
  /**
   * Open the atlas at `hash` (e.g. `#v=1&c=113,33,5`) and wait until its panels are drawn;
   * with `idle` (default true) also until MapLibre reported `idle` (data loaded, frame drawn).
   */
  open(hash?: string, o?: { idle?: boolean }): Promise<void>;
  /** Wait for the map's next `idle` after whatever the test just did to it. */
  idle(page?: Page): Promise<void>;
  /** Move the camera without animation and wait until the map is idle there. */
  jumpTo(center: readonly [number, number], zoom: number): Promise<void>;
  /** Page position (CSS px) of `[lon, lat]` on the map. */
  screenOf(lonlat: readonly [number, number], page?: Page): Promise<{ x: number; y: number }>;
  /** Console errors matching `re` are expected by this test (e.g. a CSP probe's refusal). */
  allowConsoleErrors(re: RegExp): void;
}

/** Mark the map busy, run `act`, and wait for MapLibre's next `idle` (app sets body[data-map]). */
async function untilIdle(page: Page, act: () => Promise<unknown> = async () => {}): Promise<void> {
  await page.evaluate(() => delete document.body.dataset.map);
  await act();
  await page.evaluate(() => (window as unknown as { __atlasMap?: { triggerRepaint: () => void } }).__atlasMap?.triggerRepaint());
  await expect(page.locator('body[data-map="idle"]')).toBeAttached({ timeout: 80_000 });
}

export const test = base.extend<{ atlas: Atlas; ownBrowser: boolean }>({
  /**
   * Run the test in a Chromium of its own, ended with the test. For tests that store a lot
   * (a 2.2M-vertex layer in IndexedDB): the browser keeps freeing that storage after the context
   * closes, and the next test in a shared browser waited 30–40 s for it.
   */
  ownBrowser: [false, { option: true }],
  atlas: async ({ page: shared, context: sharedContext, ownBrowser, playwright, baseURL, viewport }, use, testInfo) => {
    const own = ownBrowser ? await playwright.chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS }) : null;
    const context = own ? await own.newContext({ baseURL, viewport }) : sharedContext;
    const page = own ? await context.newPage() : shared;
    const errors: string[] = [];
    const outside: string[] = [];
    const allowed: RegExp[] = [];
    context.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${m.page()?.url() ?? ''}: ${m.text()}`);
    });
    context.on('weberror', (e) => errors.push(`page error: ${e.error().message}`));
    context.on('request', (r) => {
      const u = new URL(r.url());
      if (u.protocol === 'data:' || u.protocol === 'blob:') return;
      if (!['localhost', '127.0.0.1', '[::1]'].includes(u.hostname)) outside.push(r.url());
    });
    const atlas: Atlas = {
      page,
      open: async (hash = '', o = {}) => {
        await page.goto(hash);
        await expect(page.locator('.layer-panel')).toBeVisible({ timeout: 60_000 });
        if (o.idle !== false) await expect(page.locator('body[data-map="idle"]')).toBeAttached({ timeout: 80_000 });
      },
      idle: (p = page) => untilIdle(p),
      jumpTo: (center, zoom) =>
        untilIdle(page, () =>
          page.evaluate(([c, z]) => (window as unknown as { __atlasMap: { jumpTo: (o: object) => void } }).__atlasMap.jumpTo({ center: c, zoom: z }), [center, zoom] as const),
        ),
      screenOf: (lonlat, p = page) =>
        p.evaluate((ll) => {
          const map = (window as unknown as { __atlasMap: { project: (p: [number, number]) => { x: number; y: number }; getCanvas: () => HTMLCanvasElement } }).__atlasMap;
          const pt = map.project(ll as [number, number]);
          const r = map.getCanvas().getBoundingClientRect();
          return { x: r.left + pt.x, y: r.top + pt.y };
        }, lonlat),
      allowConsoleErrors: (re) => void allowed.push(re),
    };
    await use(atlas);
    await own?.close();
    const unexpected = errors.filter((e) => !allowed.some((re) => re.test(e)));
    if (testInfo.status === testInfo.expectedStatus) {
      expect(outside, 'requests beyond localhost').toEqual([]);
      expect(unexpected, 'console errors').toEqual([]);
    }
  },
});

/** Wait until every change shown is written to IndexedDB (the app marks `body[data-store=saved]`). */
export async function waitSaved(page: Page): Promise<void> {
  await expect(page.locator('body[data-store="saved"]')).toBeAttached();
}
