/**
 * The baseline page of `npm run bench map`: the atlas's basemap (same data files, same style from
 * src/map/basemapStyle.ts, same home camera) in a plain MapLibre map, without React, deck.gl or
 * plan layers. It loads the files the atlas's first map draws (the coarse first-map copies,
 * src/domain/firstMap.ts) and marks `document.body.dataset.firstMap = 'drawn'` (and `map = 'idle'`)
 * at the first `idle`, as the atlas does.
 */
import { Map as MlMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { loadAtlasData } from '../../../src/domain/atlasData';
import { basemapStyle } from '../../../src/map/basemapStyle';
import { HOME_BOUNDS, HOME_PADDING } from '../../../src/map/homeView';

const data = await loadAtlasData('/generated/', fetch, undefined, 'first');
const map = new MlMap({ container: 'map', style: basemapStyle(data, 'zh', [], `${location.origin}/`), localIdeographFontFamily: 'sans-serif', bounds: HOME_BOUNDS, fitBoundsOptions: { padding: HOME_PADDING }, renderWorldCopies: false, attributionControl: false });
map.once('idle', () => {
  document.body.dataset.firstMap = 'drawn';
  document.body.dataset.map = 'idle';
});
