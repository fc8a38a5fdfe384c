/**
 * Picture export: the current map (MapLibre + interleaved deck.gl, one WebGL canvas) composed on
 * a 2D canvas with title, legend, scale bar, north arrow, attribution and date, as a PNG for
 * slides. The map is read back right after a redraw (the canvas is made with
 * preserveDrawingBuffer, so the read is never blank).
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { LayerDef, Rgb } from '../domain/layers/registry';
import { drawSymbolOnCanvas } from './symbols';

export interface LegendEntry {
  label: string;
  /** 0: a layer; 1: an area or class under it (drawn indented) */
  depth?: 0 | 1;
  color: Rgb;
  symbol: LayerDef['symbol'];
}

export interface PictureOptions {
  title: string;
  subtitle: string;
  /** lines printed under the subtitle: the active filters, one line each (may be empty) */
  notes?: string[];
  /** the year the map shows (the time slider's), printed as its own line under the title; absent: no year line */
  year?: string;
  legend: LegendEntry[];
  attribution: string;
  /** e.g. "2026-11-29" */
  date: string;
  /** 1 or 2 */
  pixelRatio: number;
  /** "north" label */
  north: string;
}

/** Header height without note lines, CSS px; each note (and the year) adds {@link NOTE_H}. */
const HEADER = 54;
const NOTE_H = 16;
const FOOTER = 26;

/**
 * A scale bar length that reads well: the largest 1/2/5×10ⁿ metres not above `maxMetres`.
 * @returns `{ metres, label }`, label in m or km
 */
export function niceScale(maxMetres: number): { metres: number; label: string } {
  const p = 10 ** Math.floor(Math.log10(maxMetres));
  const m = [5, 2, 1].map((k) => k * p).find((v) => v <= maxMetres) ?? p;
  return { metres: m, label: m >= 1000 ? `${m / 1000} km` : `${m} m` };
}

/** How long the export waits for a fresh frame before reading the last one, ms. */
const FRAME_WAIT_MS = 1500;

/**
 * The next drawn frame, or after {@link FRAME_WAIT_MS} the last one: the canvas keeps its last
 * frame (`preserveDrawingBuffer`), and in the e2e runs the requested frame sometimes never came
 * (the export then never finished; seen 2 times in about 8 runs on a busy 2-core machine).
 */
function nextRender(map: MlMap): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      map.off('render', done);
      resolve();
    };
    const timer = setTimeout(done, FRAME_WAIT_MS);
    map.on('render', done);
    map.triggerRepaint();
  });
}

/** The picture's header height in CSS px with `notes` lines under the subtitle. */
export function headerHeight(notes: number): number {
  return HEADER + NOTE_H * notes;
}

/**
 * @returns a PNG blob of width `cssWidth × pixelRatio`
 * @throws Error when the browser cannot encode the canvas
 */
export async function exportPicture(map: MlMap, o: PictureOptions): Promise<Blob> {
  // The map is read at the screen's pixel ratio and scaled into the picture: in our trial,
  // deck.gl 9.4 interleaved kept drawing at the old ratio after MapLibre's setPixelRatio, which put
  // the plan layers in one quarter of the frame. Title, legend and scale are drawn at full ratio.
  await nextRender(map);
  const src = map.getCanvas();
  const pr = o.pixelRatio;
  const w = src.clientWidth;
  const h = src.clientHeight;
  const notes = [...(o.year ? [o.year] : []), ...(o.notes ?? [])];
  const HEADER = headerHeight(notes.length);
  const out = document.createElement('canvas');
  out.width = Math.round(w * pr);
  out.height = Math.round((h + HEADER + FOOTER) * pr);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  ctx.scale(pr, pr);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, w, h + HEADER + FOOTER);
  ctx.drawImage(src, 0, 0, src.width, src.height, 0, HEADER, w, h);

  const font = (px: number, weight = 400) => `${weight} ${px}px "Noto Sans CJK SC", "Noto Sans SC", sans-serif`;
  ctx.fillStyle = '#222';
  ctx.font = font(20, 700);
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(o.title, 14, 26);
  ctx.font = font(12);
  ctx.fillStyle = '#555';
  ctx.fillText(o.subtitle, 14, 45);
  notes.forEach((line, i) => ctx.fillText(line, 14, 45 + NOTE_H * (i + 1)));

  // Legend, bottom right over the map.
  const rowH = 20;
  ctx.font = font(12);
  const lw = Math.min(260, 40 + Math.max(60, ...o.legend.map((e) => (e.depth ? 14 : 0) + ctx.measureText(e.label).width)));
  const lh = 10 + rowH * o.legend.length;
  const lx = w - lw - 12;
  const ly = HEADER + h - lh - 12;
  if (o.legend.length) {
    ctx.fillStyle = 'rgba(255,255,255,0.92)';
    ctx.fillRect(lx, ly, lw, lh);
    ctx.strokeStyle = '#999';
    ctx.lineWidth = 1;
    ctx.strokeRect(lx, ly, lw, lh);
    o.legend.forEach((e, i) => {
      const y = ly + 15 + i * rowH;
      const indent = e.depth ? 14 : 0;
      drawSymbolOnCanvas(ctx, e.symbol, e.color, lx + 6 + indent, y - 9);
      ctx.fillStyle = '#222';
      ctx.fillText(e.label, lx + 32 + indent, y + 4);
    });
  }

  // Scale bar, bottom left: up to 120 px, measured at the map's centre row.
  const cy = h / 2;
  // MapLibre's great-circle distance (haversine, R = 6,371,008.8 m, as turf and src/domain/analysis/geodesy.ts)
  const m = map.unproject([w / 2 - 60, cy]).distanceTo(map.unproject([w / 2 + 60, cy]));
  const s = niceScale(m);
  const px = (120 * s.metres) / m;
  const sx = 14;
  const sy = HEADER + h - 18;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(sx - 4, sy - 16, px + 8, 22);
  ctx.strokeStyle = '#222';
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(sx, sy - 6);
  ctx.lineTo(sx, sy);
  ctx.lineTo(sx + px, sy);
  ctx.lineTo(sx + px, sy - 6);
  ctx.stroke();
  ctx.fillStyle = '#222';
  ctx.fillText(s.label, sx + 4, sy - 5);

  // North arrow, top right of the map (the map is never rotated).
  const nx = w - 28;
  const ny = HEADER + 16;
  ctx.fillStyle = '#222';
  ctx.beginPath();
  ctx.moveTo(nx, ny);
  ctx.lineTo(nx + 8, ny + 22);
  ctx.lineTo(nx, ny + 16);
  ctx.lineTo(nx - 8, ny + 22);
  ctx.closePath();
  ctx.fill();
  ctx.font = font(12, 700);
  ctx.fillText(o.north, nx - 4 - (o.north.length > 1 ? 8 : 0), ny + 36);

  ctx.font = font(11);
  ctx.fillStyle = '#555';
  ctx.fillText(`${o.attribution} · ${o.date}`, 14, HEADER + h + 17);

  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
