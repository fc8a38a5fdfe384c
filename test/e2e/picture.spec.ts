/**
 * The PNG export's choices in Chromium: a chosen size gives a picture of exactly that size with
 * the map drawn anew (not the screen scaled), the edited title is printed, and 2× is drawn at 2×
 * device pixels (plan lines across the whole frame, finer than the 1× picture).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { layerById } from '../../src/map/layerRegistry';
import { t } from '../../src/ui/i18n';
import { PROJECT_LAYERS, expect, test } from './fixtures';
import { countColour, decode, type Image } from './pixels';

const HEADER = 54, FOOTER = 26; // src/map/exportPicture.ts, no filter lines

async function exportAt(p: Page, ratio: 1 | 2): Promise<{ png: Image; name: string }> {
  const [download] = await Promise.all([p.waitForEvent('download', { timeout: 120_000 }), p.getByTestId(`export-png-${ratio}`).click()]);
  // kept with the test's results, to look at
  const file = test.info().outputPath(`${test.info().title.slice(0, 12)}-${ratio}x-${Date.now()}.png`);
  await download.saveAs(file);
  return { png: decode(readFileSync(file)), name: download.suggestedFilename() };
}

/** Railway-coloured pixels in each quarter of the map area of `png` (layout per `pr` px per CSS px). */
function railQuarters(png: Image, pr: number): number[] {
  const top = HEADER * pr, bottom = png.height - FOOTER * pr;
  const mx = png.width / 2, my = (top + bottom) / 2;
  const c = layerById('railway').color;
  return [
    { x0: 0, y0: top, x1: mx, y1: my },
    { x0: mx, y0: top, x1: png.width, y1: my },
    { x0: 0, y0: my, x1: mx, y1: bottom },
    { x0: mx, y0: my, x1: png.width, y1: bottom },
  ].map((b) => countColour(png, c, 40, { x0: Math.round(b.x0), y0: Math.round(b.y0), x1: Math.round(b.x1), y1: Math.round(b.y1) }));
}

/**
 * Record, every frame from now until {@link stopWatching}, the on-page box of what shows at the centre
 * of the map area (the map's canvas, or whatever lies over it) and the page's scroll size.
 */
const watchMap = (p: Page) =>
  p.evaluate(() => {
    const w = window as unknown as { __mapBoxes: string[]; __watching: boolean; __stillColours: number };
    const wrap = document.querySelector('[data-testid="map-wrap"]')!;
    w.__mapBoxes = [];
    w.__watching = true;
    w.__stillColours = 0;
    const tick = () => {
      const r = wrap.getBoundingClientRect();
      const shown = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      // a still picture over the map: how many colours along its middle row (a blank one has one); read once
      if (!w.__stillColours && shown instanceof HTMLCanvasElement && !shown.classList.contains('maplibregl-canvas')) {
        const row = shown.getContext('2d')?.getImageData(0, Math.floor(shown.height / 2), shown.width, 1).data;
        const colours = new Set<number>();
        for (let i = 0; row && i < row.length; i += 4) colours.add((row[i] << 16) | (row[i + 1] << 8) | row[i + 2]);
        w.__stillColours = colours.size;
      }
      const b = shown?.getBoundingClientRect();
      const root = document.documentElement;
      w.__mapBoxes.push(JSON.stringify([shown?.tagName, b ? [b.left, b.top, b.width, b.height].map(Math.round) : null, root.scrollWidth, root.scrollHeight]));
      if (w.__watching) requestAnimationFrame(tick);
    };
    tick();
  });
/**
 * Stop {@link watchMap}; the distinct boxes seen, how many frames, whether the map's own canvas
 * shows at the end, and how many colours the middle row of a still picture lying over it had.
 */
const stopWatching = (p: Page) =>
  p.evaluate(() => {
    const w = window as unknown as { __mapBoxes: string[]; __watching: boolean; __stillColours: number };
    w.__watching = false;
    const r = document.querySelector('[data-testid="map-wrap"]')!.getBoundingClientRect();
    const last = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return { boxes: [...new Set(w.__mapBoxes)], frames: w.__mapBoxes.length, mapShown: !!last?.classList.contains('maplibregl-canvas'), stillColours: w.__stillColours };
  });

test('a 1920×1080 picture is 1920×1080 with the edited title, and the map is as it was after; A4 is 3508×2480 with the atlas title for an empty one', async ({ atlas }) => {
  test.setTimeout(240_000);
  const p = atlas.page;
  await atlas.open(`#v=1&c=108.0000,32.0000,4.20&${PROJECT_LAYERS}`);
  const canvas = await p.evaluate(() => { const c = document.querySelector('.map canvas') as HTMLCanvasElement; return { w: c.width, h: c.height }; });
  await p.getByTestId('picture-options').locator('summary').click();
  await expect(p.getByTestId('picture-title')).toHaveValue(t('title', 'zh'));
  await p.getByTestId('picture-title').fill('西部大开发 · 交通');
  await p.getByTestId('picture-size').selectOption('hd');
  const t0 = Date.now();
  await watchMap(p);
  const { png, name } = await exportAt(p, 1);
  console.log(`1920×1080 picture in ${Date.now() - t0} ms`);
  // the map on screen kept its place and size while it was drawn at 1920×1080 (it used to grow
  // over the side panel): one box in every frame of the export, and the map itself shows after
  const watched = await stopWatching(p);
  console.log(`map area watched over ${watched.frames} frames of the export`);
  expect(watched.frames).toBeGreaterThan(2);
  expect(watched.boxes).toHaveLength(1);
  expect(watched.mapShown).toBe(true);
  // meanwhile a still of the map showed in its place, not a blank canvas
  console.log(`colours along the still's middle row: ${watched.stillColours}`);
  expect(watched.stillColours).toBeGreaterThan(20);
  expect(name).toMatch(/-1920x1080@1x\.png$/);
  expect([png.width, png.height]).toEqual([1920, 1080]);
  expect(await p.evaluate(() => document.body.dataset.exportTitle)).toBe('西部大开发 · 交通');
  // the map fills the frame: plan lines in all four quarters (the screen picture scaled would leave none outside its own shape)
  for (const n of railQuarters(png, 1)) expect(n).toBeGreaterThan(20);
  // the map's canvas is back to its size
  await expect.poll(() => p.evaluate(() => { const c = document.querySelector('.map canvas') as HTMLCanvasElement; return { w: c.width, h: c.height }; })).toEqual(canvas);
  // A4 landscape at 300 dpi, with an empty title (it falls back to the atlas title); the progress line shows while it is drawn
  await p.getByTestId('picture-title').fill('');
  await p.getByTestId('picture-size').selectOption('a4');
  const t1 = Date.now();
  const [a4] = await Promise.all([exportAt(p, 1), expect(p.getByTestId('picture-busy')).toContainText('3508×2480')]);
  console.log(`A4 picture: ${a4.png.width}×${a4.png.height} in ${Date.now() - t1} ms`);
  expect([a4.png.width, a4.png.height]).toEqual([3508, 2480]);
  expect(await p.evaluate(() => document.body.dataset.exportTitle)).toBe(t('title', 'zh'));
  for (const n of railQuarters(a4.png, 3508 / 1920)) expect(n).toBeGreaterThan(20);
  await expect(p.getByTestId('picture-busy')).toHaveCount(0);
  await expect.poll(() => p.evaluate(() => { const c = document.querySelector('.map canvas') as HTMLCanvasElement; return { w: c.width, h: c.height }; })).toEqual(canvas);
});

const PLAN_COLOURS = (['railway', 'hydro-base', 'transmission'] as const).map((id) => layerById(id).color);
const isPlan = (img: Image, x: number, y: number) => {
  const i = (y * img.width + x) * 4;
  return PLAN_COLOURS.some((c) => Math.abs(img.data[i] - c[0]) + Math.abs(img.data[i + 1] - c[1]) + Math.abs(img.data[i + 2] - c[2]) <= 40);
};

/**
 * The share of plan-line pixels of `a` with a plan-line pixel of `b` within 3 px (in `b`'s px),
 * `prA` being a's px per CSS px. Only the map area (between header and footer).
 */
function planNear(a: Image, prA: number, b: Image): number {
  const k = b.width / a.width;
  let hit = 0, n = 0;
  for (let y = HEADER * prA; y < a.height - FOOTER * prA; y++) {
    for (let x = 0; x < a.width; x++) {
      if (!isPlan(a, x, y)) continue;
      n++;
      const bx = Math.floor(x * k), by = Math.floor(y * k);
      let found = false;
      for (let dy = -3; dy <= 3 && !found; dy++) for (let dx = -3; dx <= 3 && !found; dx++) {
        const xx = bx + dx, yy = by + dy;
        if (xx >= 0 && yy >= 0 && xx < b.width && yy < b.height && isPlan(b, xx, yy)) found = true;
      }
      if (found) hit++;
    }
  }
  return n > 200 ? hit / n : 0;
}

/** Mean squared difference of luminance between horizontal neighbours in rows y0..y1: high for sharp edges, low for blurred ones. */
function sharpness(img: Image, y0: number, y1: number, x1 = img.width): number {
  const lum = (x: number, y: number) => { const i = (y * img.width + x) * 4; return 0.3 * img.data[i] + 0.59 * img.data[i + 1] + 0.11 * img.data[i + 2]; };
  let s = 0, n = 0;
  for (let y = y0; y < y1; y++) for (let x = 0; x + 1 < x1; x++) { const d = lum(x + 1, y) - lum(x, y); s += d * d; n++; }
  return s / n;
}

/** `img` scaled 2× with linear interpolation (what a 1× map scaled into a 2× picture looks like). */
function upscale2(img: Image): Image {
  const w = img.width * 2, h = img.height * 2;
  const data = Buffer.alloc(w * h * 4);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    const sx = Math.min(img.width - 1, x / 2), sy = Math.min(img.height - 1, y / 2);
    const x0 = Math.floor(sx), y0 = Math.floor(sy), x1 = Math.min(img.width - 1, x0 + 1), y1 = Math.min(img.height - 1, y0 + 1);
    const fx = sx - x0, fy = sy - y0;
    for (let k = 0; k < 4; k++) {
      const at = (xx: number, yy: number) => img.data[(yy * img.width + xx) * 4 + k];
      data[(y * w + x) * 4 + k] = Math.round((at(x0, y0) * (1 - fx) + at(x1, y0) * fx) * (1 - fy) + (at(x0, y1) * (1 - fx) + at(x1, y1) * fx) * fy);
    }
  }
  return { width: w, height: h, data };
}

test('2× is drawn at 2× device pixels: sharper than 1× scaled, plan lines across the whole frame', async ({ atlas }) => {
  test.setTimeout(300_000);
  const p = atlas.page;
  await atlas.open(`#v=1&c=104.0000,33.0000,4.20&${PROJECT_LAYERS}`);
  const one = (await exportAt(p, 1)).png;
  const two = (await exportAt(p, 2)).png;
  await p.getByTestId('picture-options').locator('summary').click();
  expect([two.width, two.height]).toEqual([one.width * 2, one.height * 2]);
  // the map area, left of the legend: true 2× keeps 1 px edges, a scaled 1× map spreads each over 2 px
  const mapRows = (pr: number, img: Image) => [HEADER * pr + 10, img.height - FOOTER * pr - 80 * pr] as const;
  const [a0, a1] = mapRows(2, two);
  const real = sharpness(two, a0, a1, two.width - 300 * 2);
  const scaled = sharpness(upscale2(one), a0, a1, two.width - 300 * 2);
  console.log(`sharpness 2×: ${real.toFixed(1)}, 1× scaled: ${scaled.toFixed(1)}`);
  expect(real).toBeGreaterThan(1.4 * scaled);
  // deck.gl at the old ratio once drew the plan layers into one quarter: the 2× plan lines lie
  // where the 1× ones do, over the whole frame, and cover them
  const near = planNear(two, 2, one);
  const back = planNear(one, 1, two);
  console.log(`2× plan px near a 1× one: ${(near * 100).toFixed(1)} %, 1× plan px near a 2× one: ${(back * 100).toFixed(1)} %`);
  expect(near).toBeGreaterThan(0.8);
  expect(back).toBeGreaterThan(0.8);

  // a chosen size at 2×: the same frame, plan lines over all of it
  await p.getByTestId('picture-size').selectOption('hd');
  const hd = (await exportAt(p, 2)).png;
  expect([hd.width, hd.height]).toEqual([1920, 1080]);
  const qh = railQuarters(hd, 2);
  console.log(`rail px per quarter, 1920×1080 at 2×: ${qh.join(', ')}`);
  for (const n of qh) expect(n).toBeGreaterThan(20);
  await expect(p.getByTestId('picture-busy')).toHaveCount(0);
});
