/** Pixel reading for e2e checks (pngjs): decode a screenshot, compare two, find where they differ. */
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';

export interface Image {
  width: number;
  height: number;
  data: Buffer;
}

/** Decode PNG bytes (RGBA, 8 bit). */
export const decode = (png: Buffer): Image => PNG.sync.read(png);

/** RGB at (x, y). */
export function rgb(img: Image, x: number, y: number): [number, number, number] {
  const i = (y * img.width + x) * 4;
  return [img.data[i], img.data[i + 1], img.data[i + 2]];
}

/** Mean RGB of the w × h rectangle whose top left is (x, y). */
export function meanRgb(img: Image, x: number, y: number, w: number, h: number): [number, number, number] {
  const m: [number, number, number] = [0, 0, 0];
  for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) rgb(img, i, j).forEach((v, k) => (m[k] += v / (w * h)));
  return m;
}

/** Pixels (x, y) where the summed RGB difference between two same-sized images exceeds `tol`. */
export function changedPixels(a: Image, b: Image, tol = 30): { x: number; y: number }[] {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`sizes differ: ${a.width}×${a.height} vs ${b.width}×${b.height}`);
  const out: { x: number; y: number }[] = [];
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      const i = (y * a.width + x) * 4;
      const d = Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]);
      if (d > tol) out.push({ x, y });
    }
  }
  return out;
}

/** Number of pixels within `tol` (summed RGB) of `colour` in the rectangle [x0, x1) × [y0, y1). */
export function countColour(img: Image, colour: readonly [number, number, number], tol: number, box = { x0: 0, y0: 0, x1: img.width, y1: img.height }): number {
  let n = 0;
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0; x < box.x1; x++) {
      const [r, g, b] = rgb(img, x, y);
      if (Math.abs(r - colour[0]) + Math.abs(g - colour[1]) + Math.abs(b - colour[2]) <= tol) n++;
    }
  }
  return n;
}

/** Distance in px from point p to the segment a–b. */
export function toSegment(p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * The map's own WebGL canvas (MapLibre + interleaved deck.gl), read in the page: no DOM overlay
 * (legend, controls, tooltips) is in it. The canvas keeps its drawing buffer (preserveDrawingBuffer).
 */
export async function mapPixels(page: Page): Promise<Image> {
  const url = await page.evaluate(() => (document.querySelector('.map canvas') as HTMLCanvasElement).toDataURL('image/png'));
  return decode(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
}
