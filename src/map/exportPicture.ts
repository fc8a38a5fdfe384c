/**
 * Picture export: the current map (MapLibre + interleaved deck.gl, one WebGL canvas) composed on
 * a 2D canvas with title, legend, scale bar, north arrow, attribution and date, as a PNG for
 * slides. The map is read back right after a redraw (the canvas is made with
 * preserveDrawingBuffer, so the read is never blank).
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { LayerDef, Rgb } from '../domain/layers/registry';
import { drawSymbolOnCanvas } from './symbols';
import { niceScale } from './scaleBar';
import { drawInsetOnCanvas, insetBoxSize, type InsetDrawing } from './nanhaiInset';

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
  /** picture px per CSS px of the layout (title, legend, map labels): 1 or 2 on screen size, see {@link picturePlan} */
  pixelRatio: number;
  /** "north" label */
  north: string;
  /** the 南海诸岛 inset's title ("南海诸岛"); the inset itself is drawn when the map controller passes one */
  insetTitle?: string;
}

/** Header height without note lines, CSS px; each note (and the year) adds {@link NOTE_H}. */
const HEADER = 54;
const NOTE_H = 16;
const FOOTER = 26;

/** Where a PNG legend row's text starts (px from the box's left edge, before the row's indent) and the room kept after it. */
const LEGEND_TEXT_X = 32;
const LEGEND_PAD_RIGHT = 8;

/**
 * The PNG legend's box width and its rows' labels fitted into it, in the picture's layout px.
 * The box is as wide as its longest row, up to 45% of the picture (at least 260 px, never wider
 * than the picture less its margins); a row still too long is cut with "…", so no text runs past
 * the box or off the picture (English area names did: "…revolutionary old area" at 690 px).
 * @param rows each row's label and indent (px)
 * @param measure the width in px of a text in the legend's font (the canvas's measureText)
 * @param pictureWidth the picture's width in px
 * @returns the box width (px) and one label per row
 */
export function legendLayout(rows: readonly { label: string; indent: number }[], measure: (text: string) => number, pictureWidth: number): { width: number; labels: string[] } {
  const most = Math.min(pictureWidth - 24, Math.max(260, 0.45 * pictureWidth));
  const need = (r: { label: string; indent: number }, text = r.label) => LEGEND_TEXT_X + r.indent + measure(text) + LEGEND_PAD_RIGHT;
  const width = Math.ceil(Math.min(most, Math.max(100, ...rows.map((r) => need(r)))));
  const labels = rows.map((r) => {
    if (need(r) <= width) return r.label;
    let text = r.label;
    while (text.length > 1 && need(r, `${text}…`) > width) text = text.slice(0, -1);
    return `${text.trimEnd()}…`;
  });
  return { width, labels };
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

/** The picture sizes the presenter chooses from: the map as on screen, a slide, an A4 print. */
export const PICTURE_SIZES = {
  screen: null,
  hd: { width: 1920, height: 1080 },
  // A4 landscape, 297 × 210 mm at 300 dpi: 297 / 25.4 × 300 = 3508, 210 / 25.4 × 300 = 2480
  a4: { width: 3508, height: 2480 },
} as const;
export type PictureSize = keyof typeof PICTURE_SIZES;

/** Frame widths up to this are laid out at the chosen ratio; wider frames scale the layout up. */
const LAYOUT_WIDTH = 1920;

export interface PicturePlan {
  /** the map's pixel ratio while it is drawn for the picture */
  pixelRatio: number;
  /** the map area in CSS px (the map container is set to this while drawing) */
  mapWidth: number;
  mapHeight: number;
  /** the whole picture in px */
  width: number;
  height: number;
  /** the header height in CSS px */
  header: number;
}

/**
 * How to draw a picture: the map's pixel ratio and CSS size, and the picture's px size.
 * Pure. `screen` is the map canvas in CSS px; `ratio` the presenter's 1× or 2×; `frame` the chosen
 * size in px (null: the screen's map, `ratio` times as many px). A frame is laid out at
 * `ratio × frame width / 1920` px per CSS px (at least `ratio`), so an A4 picture reads like a
 * 1920 px one, and the map area takes what the header and footer leave.
 * @throws RangeError when the header and footer leave no room for the map
 */
export function picturePlan(screen: { width: number; height: number }, ratio: number, notes: number, frame: { width: number; height: number } | null): PicturePlan {
  const header = headerHeight(notes);
  if (!frame) {
    return { pixelRatio: ratio, mapWidth: screen.width, mapHeight: screen.height, width: Math.round(screen.width * ratio), height: Math.round((screen.height + header + FOOTER) * ratio), header };
  }
  const pixelRatio = ratio * Math.max(1, frame.width / LAYOUT_WIDTH);
  const mapWidth = Math.round(frame.width / pixelRatio);
  const mapHeight = Math.round(frame.height / pixelRatio - header - FOOTER);
  if (mapHeight < 50) throw new RangeError(`no room for the map in ${frame.width}×${frame.height}`);
  return { pixelRatio, mapWidth, mapHeight, width: frame.width, height: frame.height, header };
}

/**
 * The zoom at which the view shown on `from` (CSS px) fits whole into `to`, keeping the centre:
 * the frame shows at least what the screen showed. Pure; zoom levels are log₂ of scale.
 */
export function fitZoom(zoom: number, from: { width: number; height: number }, to: { width: number; height: number }): number {
  return zoom + Math.log2(Math.min(to.width / from.width, to.height / from.height));
}

/** How long a picture waits for the map to finish loading tiles at its new size, ms. */
const IDLE_WAIT_MS = 20000;

/** The map idle (all tiles drawn) or, after {@link IDLE_WAIT_MS}, as far as it got. */
function idle(map: MlMap): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      map.off('idle', done);
      resolve();
    };
    const timer = setTimeout(done, IDLE_WAIT_MS);
    map.on('idle', done);
    map.triggerRepaint();
  });
}

/**
 * Draw the map for a picture per `plan`: container resized, MapLibre's pixel ratio set, zoom
 * fitted, deck.gl told the new drawing buffer (`syncDeck`; interleaved it keeps its old one), then
 * `read` called on the fresh frame; size, ratio and camera are restored afterwards, also on failure.
 */
export async function withPictureMap<T>(map: MlMap, plan: PicturePlan, syncDeck: () => void, read: () => T | Promise<T>): Promise<T> {
  const el = map.getContainer();
  const canvas = map.getCanvas();
  const before = { width: canvas.clientWidth, height: canvas.clientHeight };
  const same = plan.mapWidth === before.width && plan.mapHeight === before.height && plan.pixelRatio === map.getPixelRatio();
  if (same) {
    await nextRender(map);
    return read();
  }
  const oldRatio = map.getPixelRatio();
  const camera = { center: map.getCenter(), zoom: map.getZoom() };
  const style = { width: el.style.width, height: el.style.height };
  const uncover = coverWithLastFrame(el, canvas);
  try {
    el.style.width = `${plan.mapWidth}px`;
    el.style.height = `${plan.mapHeight}px`;
    map.setPixelRatio(plan.pixelRatio);
    map.resize();
    map.jumpTo({ center: camera.center, zoom: fitZoom(camera.zoom, before, { width: plan.mapWidth, height: plan.mapHeight }) });
    await idle(map);
    // by now the resize observers have run: deck.gl's CSS size is the new one
    syncDeck();
    await nextRender(map);
    return await read();
  } finally {
    el.style.width = style.width;
    el.style.height = style.height;
    map.setPixelRatio(oldRatio);
    map.resize();
    map.jumpTo(camera);
    syncDeck();
    await new Promise((r) => requestAnimationFrame(r));
    syncDeck();
    // the resize cleared the canvas: the copy stays until a frame is drawn at the old size
    await nextRender(map);
    uncover();
  }
}

/**
 * Lay a still copy of the map's last frame over the map container `el`, in its place, its parent
 * clipping what grows out of the container: the map is then drawn at another size beneath while
 * the page shows the map as it was (the container used to grow over the side panel). The canvas
 * keeps its last frame (`preserveDrawingBuffer`), so the copy is never blank. The container stays
 * visible (hidden, an A4 picture took minutes instead of about 50 s in software GL); `z-index: 0`
 * keeps its controls beneath the copy.
 * @returns a function that removes the copy and the clip
 */
function coverWithLastFrame(el: HTMLElement, canvas: HTMLCanvasElement): () => void {
  const parent = el.parentElement;
  if (!parent) return () => undefined;
  const still = document.createElement('canvas');
  still.width = canvas.width;
  still.height = canvas.height;
  still.getContext('2d')?.drawImage(canvas, 0, 0);
  still.setAttribute('aria-hidden', 'true');
  still.dataset.testid = 'map-still';
  Object.assign(still.style, { position: 'absolute', left: `${el.offsetLeft}px`, top: `${el.offsetTop}px`, width: `${canvas.clientWidth}px`, height: `${canvas.clientHeight}px` });
  el.after(still);
  const before = { overflow: parent.style.overflow, zIndex: el.style.zIndex };
  // 'clip', not 'hidden': the parent does not become a scroll container, so its layout stays as it is
  parent.style.overflow = 'clip';
  el.style.zIndex = '0';
  return () => {
    el.style.zIndex = before.zIndex;
    parent.style.overflow = before.overflow;
    still.remove();
  };
}

/** The lines under the subtitle: the year first, then the notes. */
export function pictureNotes(o: Pick<PictureOptions, 'year' | 'notes'>): string[] {
  return [...(o.year ? [o.year] : []), ...(o.notes ?? [])];
}

/**
 * Compose the picture on the map as drawn now (call inside {@link withPictureMap}). With `inset`,
 * the 南海诸岛 inset (./nanhaiInset.ts) goes in the map's lower right corner and the legend above it
 * (to its left where the map is too low for both).
 * @returns a PNG blob of `plan.width × plan.height` px
 * @throws Error when the browser cannot encode the canvas
 */
export async function composePicture(map: MlMap, o: PictureOptions, plan: PicturePlan, inset: InsetDrawing | null = null): Promise<Blob> {
  const src = map.getCanvas();
  const w = plan.mapWidth;
  const h = plan.mapHeight;
  const notes = pictureNotes(o);
  const HEADER = plan.header;
  const out = document.createElement('canvas');
  out.width = plan.width;
  out.height = plan.height;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  ctx.scale(plan.width / w, plan.height / (h + HEADER + FOOTER));
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, w, h + HEADER + FOOTER);
  // the canvas holds w × h CSS px at the plan's ratio: drawn 1:1 into the picture
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
  const fitted = legendLayout(o.legend.map((e) => ({ label: e.label, indent: e.depth ? 14 : 0 })), (t) => ctx.measureText(t).width, w);
  const lw = fitted.width;
  const lh = 10 + rowH * o.legend.length;
  const box = inset ? insetBoxSize(inset) : null;
  // with the inset: the legend above it where the map's height allows, else to its left
  const above = !!box && lh + box.height + 8 + 24 <= h;
  const lx = w - lw - 12 - (box && !above ? box.width + 8 : 0);
  const ly = HEADER + h - lh - 12 - (box && above ? box.height + 8 : 0);
  if (inset && box) drawInsetOnCanvas(ctx, inset, w - box.width - 12, HEADER + h - box.height - 12, o.insetTitle ?? '南海诸岛', font);
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
      ctx.fillText(fitted.labels[i], lx + LEGEND_TEXT_X + indent, y + 4);
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
