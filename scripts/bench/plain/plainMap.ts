/**
 * The baseline page of `npm run bench map`: the atlas's basemap (same data files, same style from
 * src/map/basemapStyle.ts, same home camera and zoom range) in a plain MapLibre map, without
 * React, deck.gl or plan layers. It loads the files the atlas's first map draws (the coarse
 * first-map copies, src/domain/firstMap.ts) and marks `document.body.dataset.firstMap = 'drawn'`
 * (and `map = 'idle'`) at the first `idle`, as the atlas does.
 *
 * `?w=…&h=…` (CSS px) sizes the map like the atlas's map canvas (the bench passes the atlas's
 * size); without them the map fills the window. At idle the page writes what the bench checks:
 * `data-zoom`, `data-size` (canvas CSS px) and `data-colors` (distinct colours in a sample of the
 * drawn frame), so a page that draws nothing cannot pass for a fast one.
 */
import { Map as MlMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import './plain.css';
import { loadAtlasData } from '../../../src/domain/atlasData';
import { basemapStyle } from '../../../src/map/basemapStyle';
import { HOME_BOUNDS, HOME_PADDING, ZOOM_RANGE } from '../../../src/map/homeView';

const query = new URLSearchParams(location.search);
const el = document.getElementById('map')!;
// set through the CSSOM: the pages' Content-Security-Policy (vite.config.ts) drops inline styles
if (query.get('w')) Object.assign(el.style, { width: `${Number(query.get('w'))}px`, height: `${Number(query.get('h'))}px` });

const data = await loadAtlasData('/generated/', fetch, undefined, 'first');
const map = new MlMap({ container: el, style: basemapStyle(data, 'zh', [], `${location.origin}/`), localIdeographFontFamily: 'sans-serif', bounds: HOME_BOUNDS, fitBoundsOptions: { padding: HOME_PADDING }, ...ZOOM_RANGE, renderWorldCopies: false, attributionControl: false });

/** Distinct colours in a 64×64 sample of the frame just drawn (read in the same task, before the buffer is cleared). */
function drawnColours(): number {
  map.redraw();
  const sample = document.createElement('canvas');
  sample.width = sample.height = 64;
  const ctx = sample.getContext('2d', { willReadFrequently: true })!;
  ctx.drawImage(map.getCanvas(), 0, 0, 64, 64);
  const px = ctx.getImageData(0, 0, 64, 64).data;
  const seen = new Set<number>();
  for (let i = 0; i < px.length; i += 4) seen.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
  return seen.size;
}

map.once('idle', () => {
  Object.assign(document.body.dataset, { firstMap: 'drawn', map: 'idle' });
  // in a task of its own, so the timed first map does not include this check
  setTimeout(() => {
    const c = map.getCanvas();
    Object.assign(document.body.dataset, { zoom: map.getZoom().toFixed(3), size: `${c.clientWidth}x${c.clientHeight}`, colors: String(drawnColours()) });
  }, 0);
});
