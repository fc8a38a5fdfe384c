/**
 * Bring-your-own-data in Chromium: every fixture dropped on the map gives its message and leaves
 * earlier layers in place; fixes offered are applied; property HTML is shown as text and never
 * runs; the CSP blocks inline script and outside connections; layers, regions and views survive
 * a reload and travel in a project file; a second tab sees the first tab's changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, openAtlas, waitIdle, waitSaved, watch, watchedPage, type Harness, type Watched } from './harness';

interface Case {
  file: string;
  ok: boolean;
  code?: string;
  severity?: string;
  messageIncludes?: { en?: string; zh?: string };
  offers?: string[];
  features?: number;
}
const FIXTURES = join(ROOT, 'test/fixtures/import');
const cases = JSON.parse(readFileSync(join(FIXTURES, 'cases.json'), 'utf8')) as Case[];

let h: Harness;
let w: Watched;

beforeAll(async () => {
  ({ harness: h, watched: w } = await openAtlas());
  await w.page.locator('button.lang').click(); // messages are checked in English
}, 240_000);

afterAll(async () => {
  await h?.close();
});

/** Drop a file on the map as a user would (dragover + drop with a DataTransfer holding it). */
async function drop(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.evaluate(
    ({ name, b64 }) => {
      const bin = atob(b64);
      const arr = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) arr[i] = bin.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([arr], name));
      const target = document.querySelector('[data-testid="map-wrap"]')!;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { name, b64: bytes.toString('base64') },
  );
}

/** Wait for the import of `name` to finish and return its result box text and codes. */
async function result(page: Page, name: string): Promise<{ ok: boolean; text: string; codes: string[] }> {
  const box = page.locator('[data-testid="import-result"]', { hasText: name });
  await box.waitFor({ timeout: 60_000 });
  return {
    ok: (await box.getAttribute('class'))?.includes(' ok') ?? false,
    text: await box.innerText(),
    codes: await box.locator('[data-testid="import-message"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-code') ?? '')),
  };
}

/** Number of imported layers listed in the My data tab (opened first). */
async function userLayers(page: Page): Promise<number> {
  if ((await page.locator('[data-testid="import-panel"]').count()) === 0) await page.locator('[data-testid="tab-data"]').click();
  await page.locator('[data-testid="import-panel"]').waitFor();
  return page.locator('[data-testid="user-layer"]').count();
}

describe('import', () => {
  it('imports a good file of every format, each as a layer with its count in the layer panel', async () => {
    const p = w.page;
    await p.locator('[data-testid="tab-data"]').click();
    await p.locator('[data-testid="import-panel"]').waitFor();
    const good = cases.filter((c) => c.ok && /^good/.test(c.file));
    expect(good.map((c) => c.file.split('.').pop()).sort()).toEqual(expect.arrayContaining(['csv', 'geojson', 'kml', 'topojson', 'xlsx', 'zip']));
    for (const c of good) {
      const before = await userLayers(p);
      await p.locator('[data-testid="import-input"]').setInputFiles(join(FIXTURES, c.file));
      const r = await result(p, c.file);
      expect(r.ok, `${c.file}: ${r.text}`).toBe(true);
      await p.waitForFunction((n) => document.querySelectorAll('[data-testid="user-layer"]').length === n, before + 1);
      if (c.features !== undefined) expect(r.text).toContain(`${c.features.toLocaleString('en')} features`);
    }
    // each imported layer is listed under "My data" in the layer panel, visible, with its count
    const rows = p.locator('.layer-panel input[data-layer^="user:"]');
    expect(await rows.count()).toBe(good.length);
    await waitIdle(p);
    await p.screenshot({ path: join(ROOT, 'test-results/import-good.png') });
  });

  it('colours an imported layer by a field and filters out a class, and keeps that across a reload', async () => {
    const p = w.page;
    await userLayers(p);
    const row = p.locator('[data-testid="user-layer"]').first();
    const id = await row.getAttribute('data-layer');
    const count = async () => Number(await p.locator(`label:has(input[data-layer="${id}"]) .count`).innerText());
    const all = await count();
    await row.locator('[data-testid="style-field"]').selectOption('kind');
    const classes = row.locator('.classes input[type="checkbox"]');
    await classes.first().waitFor();
    expect(await classes.count()).toBeGreaterThan(1);
    const firstClass = Number(await row.locator('.classes .count').first().innerText());
    await classes.first().uncheck();
    await p.waitForFunction(([sel, n]) => Number(document.querySelector(sel as string)?.textContent) === n, [`label:has(input[data-layer="${id}"]) .count`, all - firstClass] as const, { timeout: 10_000 });
    // the legend lists the classes still shown
    expect(await p.locator(`[data-legend="${id}"] .area-keys li`).count()).toBe((await classes.count()) - 1);
    await waitSaved(p);
    await p.reload();
    await waitIdle(p);
    await userLayers(p);
    expect(await count()).toBe(all - firstClass);
    expect(await p.locator('[data-testid="user-layer"]').first().locator('.classes input[type="checkbox"]').first().isChecked()).toBe(false);
  });

  it('reads a file dropped on the map in the datum chosen in My data', async () => {
    const p = w.page;
    await userLayers(p);
    await p.locator('[data-testid="import-datum"]').selectOption('gcj02-to-wgs84');
    const before = await userLayers(p);
    await drop(p, 'gcj02-amap.geojson', readFileSync(join(FIXTURES, 'gcj02-amap.geojson')));
    const r = await result(p, 'gcj02-amap.geojson');
    expect(r.ok).toBe(true);
    // converted at once: no offer to convert is left
    expect(await p.locator('[data-testid="offer-gcj02-to-wgs84"]').count()).toBe(0);
    expect(await userLayers(p)).toBe(before + 1);
    await p.locator('[data-testid="import-datum"]').selectOption('');
  });

  it('gives each bad file its message, keeps what was there, and offers its fixes', async () => {
    const p = w.page;
    const bad = cases.filter((c) => !/^good/.test(c.file));
    expect(bad.length).toBeGreaterThanOrEqual(12);
    const seen: string[] = [];
    for (const c of bad) {
      const before = await userLayers(p);
      await drop(p, c.file, readFileSync(join(FIXTURES, c.file)));
      const r = await result(p, c.file);
      if (c.code) expect(r.codes, `${c.file}: ${r.text}`).toContain(c.code);
      if (c.messageIncludes?.en) expect(r.text, c.file).toContain(c.messageIncludes.en);
      for (const fix of c.offers ?? []) await p.locator(`[data-testid="offer-${fix}"]`).waitFor({ timeout: 5_000 });
      // refused: nothing added; accepted with warnings: one layer added; earlier layers untouched
      expect(await userLayers(p)).toBe(before + (c.ok ? 1 : 0));
      seen.push(`${c.file}: ${r.text.replace(/\s+/g, ' ').slice(0, 300)}`);
    }
    writeFileSync(join(ROOT, 'test-results/import-messages.txt'), seen.join('\n'));
  });

  it('swaps lat/lon when the user accepts the offer', async () => {
    const p = w.page;
    const c = cases.find((x) => x.offers?.includes('swap-lonlat'));
    expect(c).toBeDefined();
    const before = await userLayers(p);
    await drop(p, c!.file, readFileSync(join(FIXTURES, c!.file)));
    await result(p, c!.file);
    await p.locator('[data-testid="offer-swap-lonlat"]').click();
    await p.locator('[data-testid="import-result"].ok', { hasText: c!.file }).waitFor({ timeout: 30_000 });
    expect(await userLayers(p)).toBe(before + 1);
  });

  it('shows HTML in a property as text and never runs it', async () => {
    const p = w.page;
    await drop(p, 'xss.geojson', readFileSync(join(FIXTURES, 'xss.geojson')));
    expect((await result(p, 'xss.geojson')).ok).toBe(true);
    // select the feature through search, as a user would, and read its properties
    const name = JSON.parse(readFileSync(join(FIXTURES, 'xss.geojson'), 'utf8')).features[0].properties.name as string;
    await p.locator('input[type="search"]').fill(name.slice(0, 12));
    await p.locator('[role="option"]').first().click();
    const props = p.locator('[data-testid="user-properties"]');
    await props.waitFor();
    expect(await props.innerText()).toContain('<img src=x onerror=');
    expect(await props.locator('img, script').count()).toBe(0);
    expect(await p.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    // and the CSP forbids inline handlers even if some code did write the HTML
    const ran = await p.evaluate(async () => {
      document.body.insertAdjacentHTML('beforeend', '<img id="csp-probe" src="data:," onerror="window.__xss=3">');
      await new Promise((r) => setTimeout(r, 300));
      document.getElementById('csp-probe')?.remove();
      return (window as unknown as { __xss?: number }).__xss ?? null;
    });
    expect(ran).toBeNull();
  });

  it('runs under a CSP that blocks connections beyond its own origin', async () => {
    const p = w.page;
    const csp = await p.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    const outcome = await p.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      const fetched = await fetch('https://example.com/').then(
        () => 'fetched',
        () => 'blocked',
      );
      await new Promise((r) => setTimeout(r, 100));
      return { fetched, violations };
    });
    expect(outcome.fetched).toBe('blocked');
    expect(outcome.violations).toContain('connect-src');
    expect(w.outsideRequests).toEqual([]);
    // the probes above log CSP refusals on purpose; nothing else may have failed
    expect(w.consoleErrors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
  });

  it('keeps imported layers across a reload, and a second tab sees a new layer without overwriting', async () => {
    const p = w.page;
    const n = await userLayers(p);
    expect(n).toBeGreaterThan(0);
    await waitSaved(p);
    await p.reload();
    await waitIdle(p);
    await p.locator('[data-testid="tab-data"]').click();
    await p.waitForFunction((k) => document.querySelectorAll('[data-testid="user-layer"]').length === k, n, { timeout: 30_000 });
    // a second tab in the same browser profile
    const second = watch(await p.context().newPage());
    const other = second.page;
    await other.goto(p.url());
    await waitIdle(other);
    await other.locator('[data-testid="tab-data"]').click();
    await other.waitForFunction((k) => document.querySelectorAll('[data-testid="user-layer"]').length === k, n, { timeout: 30_000 });
    await drop(other, 'good.geojson', readFileSync(join(FIXTURES, 'good.geojson')));
    await result(other, 'good.geojson');
    // the first tab is told and shows it too; nothing of its own was lost
    await p.waitForFunction((k) => document.querySelectorAll('[data-testid="user-layer"]').length === k, n + 1, { timeout: 30_000 });
    await p.locator('[data-testid="notice"]').waitFor();
    expect(second.consoleErrors).toEqual([]);
    expect(second.outsideRequests).toEqual([]);
    await other.close();
  });

  it('exports a project file and brings everything back into an empty browser', async () => {
    const p = w.page;
    const n = await userLayers(p);
    const [dl] = await Promise.all([p.waitForEvent('download'), p.locator('[data-testid="export-project"]').click()]);
    const path = join(mkdtempSync(join(tmpdir(), 'atlas-')), 'project.json');
    await dl.saveAs(path);
    const project = JSON.parse(readFileSync(path, 'utf8')) as { planAtlasProject: number; layers: unknown[] };
    expect(project.planAtlasProject).toBe(1);
    expect(project.layers).toHaveLength(n);
    // a fresh browser context has an empty IndexedDB
    const fresh = await watchedPage(h);
    await fresh.page.goto(h.url);
    await waitIdle(fresh.page);
    await fresh.page.locator('[data-testid="tab-data"]').click();
    expect(await userLayers(fresh.page)).toBe(0);
    await fresh.page.locator('[data-testid="project-input"]').setInputFiles(path);
    await fresh.page.waitForFunction((k) => document.querySelectorAll('[data-testid="user-layer"]').length === k, n, { timeout: 60_000 });
    // a broken project file changes nothing and says why
    await fresh.page.locator('[data-testid="project-input"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"planAtlasProject": 1, "layers": [') });
    await fresh.page.locator('[data-testid="notice"]', { hasText: 'broken.json' }).waitFor();
    expect(await userLayers(fresh.page)).toBe(n);
    expect(fresh.consoleErrors).toEqual([]);
    await fresh.page.context().close();
  });

  it('imports a large file without freezing the page and reports its time', async () => {
    const p = w.page;
    // 200,000 points over China's bbox (deterministic), ~24 MB of GeoJSON
    const features: string[] = [];
    let seed = 2016;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 200_000; i++) features.push(`{"type":"Feature","properties":{"name":"p${i}","v":${i % 97}},"geometry":{"type":"Point","coordinates":[${(98 + rnd() * 22).toFixed(5)},${(22 + rnd() * 20).toFixed(5)}]}}`);
    const path = join(mkdtempSync(join(tmpdir(), 'atlas-')), 'large-200k.geojson');
    writeFileSync(path, `{"type":"FeatureCollection","features":[${features.join(',')}]}`);
    const bytes = readFileSync(path).length;
    await userLayers(p);
    // longest gap between main-thread ticks while the import runs: a frozen page would show seconds
    await p.evaluate(() => {
      const g = window as unknown as { __gap: number; __last: number; __tick: number };
      g.__gap = 0;
      g.__last = performance.now();
      g.__tick = window.setInterval(() => {
        const now = performance.now();
        g.__gap = Math.max(g.__gap, now - g.__last);
        g.__last = now;
      }, 50);
    });
    const t0 = Date.now();
    await p.evaluate(() => delete document.body.dataset.map);
    await p.locator('[data-testid="import-input"]').setInputFiles(path);
    const r = await result(p, 'large-200k.geojson');
    await waitIdle(p);
    const ms = Date.now() - t0;
    const gap = await p.evaluate(() => {
      const g = window as unknown as { __gap: number; __tick: number };
      clearInterval(g.__tick);
      return g.__gap;
    });
    expect(r.ok, r.text).toBe(true);
    expect(r.text).toContain('200,000 features');
    writeFileSync(join(ROOT, 'test-results/import-large.txt'), `large-200k.geojson ${(bytes / 1e6).toFixed(1)} MB: on the map after ${ms} ms; longest main-thread gap ${gap.toFixed(0)} ms\n`, { flag: 'a' });
    await p.screenshot({ path: join(ROOT, 'test-results/import-large.png') });
  });

  it('refuses a file above 200 MB before reading it, and keeps every layer', async () => {
    const p = w.page;
    const n = await userLayers(p);
    // a sparse 201 MB file: the size is real, the disk blocks are not
    const path = join(mkdtempSync(join(tmpdir(), 'atlas-')), 'huge.geojson');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 201 * 1024 * 1024);
    closeSync(fd);
    await p.locator('[data-testid="import-input"]').setInputFiles(path);
    const r = await result(p, 'huge.geojson');
    expect(r.ok).toBe(false);
    expect(r.codes).toContain('too-large');
    expect(r.text).toContain('201 MB');
    expect(await userLayers(p)).toBe(n);
  });

  it('offers to simplify a file with more vertices than can be drawn, and imports it simplified on consent', async () => {
    const p = w.page;
    const n = await userLayers(p);
    // 1,100 rings of 2,000 vertices (2.2 million, above the 2 million limit) around county seats' latitudes
    const rings: string[] = [];
    for (let k = 0; k < 1100; k++) {
      const cx = 100 + (k % 40) * 0.5, cy = 25 + Math.floor(k / 40) * 0.5;
      const pts: string[] = [];
      for (let i = 0; i < 2000; i++) {
        const a = (i / 2000) * 2 * Math.PI, r = 0.2 + 0.02 * Math.sin(a * 12);
        pts.push(`[${(cx + r * Math.cos(a)).toFixed(6)},${(cy + r * Math.sin(a)).toFixed(6)}]`);
      }
      pts.push(pts[0]);
      rings.push(`{"type":"Feature","properties":{"name":"ring ${k}"},"geometry":{"type":"Polygon","coordinates":[[${pts.join(',')}]]}}`);
    }
    const path = join(mkdtempSync(join(tmpdir(), 'atlas-')), 'dense-2.2M.geojson');
    writeFileSync(path, `{"type":"FeatureCollection","features":[${rings.join(',')}]}`);
    const mb = (readFileSync(path).length / 1e6).toFixed(1);
    const t0 = Date.now();
    await p.locator('[data-testid="import-input"]').setInputFiles(path);
    const r = await result(p, 'dense-2.2M.geojson');
    expect(r.ok).toBe(false);
    expect(r.codes).toContain('too-many-features');
    const offered = Date.now() - t0;
    await p.locator('[data-testid="offer-simplify"]').click();
    await p.locator('[data-testid="import-result"].ok', { hasText: 'dense-2.2M.geojson' }).waitFor({ timeout: 120_000 });
    expect(await userLayers(p)).toBe(n + 1);
    const done = Date.now() - t0;
    writeFileSync(join(ROOT, 'test-results/import-large.txt'), `dense-2.2M.geojson ${mb} MB, 2,200,000 vertices: simplify offered after ${offered} ms, simplified layer listed after ${done} ms\n`, { flag: 'a' });
  });
});
