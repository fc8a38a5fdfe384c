/** The map: mounts a MapController, puts it in the UI store, and feeds it what the store says to draw. */
import { useEffect, useMemo, useRef } from 'react';
import type { AtlasData } from '../domain/atlasData';
import type { LayerFeatures } from '../map/featureViews';
import { projectLabels } from '../map/projectLabels';
import { MapController, type MapCallbacks } from '../map/MapController';
import type { UserLayer } from '../domain/model';
import { resolveSelection } from '../state/selection';
import { clickMap } from './navigation';
import { getUi, setUi, useUiPick } from './store';

interface Props {
  data: AtlasData;
  /** the layers as filtered now (./usePage.ts `useMapLayers`) */
  layers: LayerFeatures[];
  /** imported layers, to resolve a selected imported feature */
  userLayers: UserLayer[];
}

/**
 * The map's callbacks: hover and clicks go to the UI store and ./navigation.ts; `data-map=idle`
 * on <body> tells tests the map has settled with the full data (src/domain/atlasData.ts
 * `detail`), `data-first-map=drawn` that the first map has been drawn (coarse or full).
 */
/** The performance mark set when the first map has been drawn (MapLibre's first `idle`). */
export const FIRST_MAP_MARK = 'atlas-first-map';

const CALLBACKS: MapCallbacks = {
  onHover: (p, x, y, more) => setUi({ hover: { p, x, y, more } }),
  onClick: clickMap,
  onIdle: (detail) => {
    if (detail === 'full') document.body.dataset.map = 'idle';
    if (getUi().mapDrawn) return;
    // what was fetched before this mark is the first load (test/e2e/firstLoad.spec.ts)
    performance.mark(FIRST_MAP_MARK);
    document.body.dataset.firstMap = 'drawn';
    setUi({ mapDrawn: true });
  },
  onMoveEnd: (camera) => setUi({ camera }),
  // the list of features under a click belongs to that spot: a pan or zoom closes it (it stayed, over other features, hiding every tooltip)
  onMoveStart: () => {
    if (getUi().choices) setUi({ choices: null });
  },
  onPointer: (pointer) => setUi({ pointer }),
};

export function MapView({ data, layers, userLayers }: Props) {
  const el = useRef<HTMLDivElement>(null);
  const { ctl, lang, visible, selection: selectionId, labels, picked, opacity, order, villages, year, presenting } = useUiPick('ctl', 'lang', 'visible', 'selection', 'labels', 'picked', 'opacity', 'order', 'villages', 'year', 'presenting');
  // A slide shows what its saved view holds, and a view holds no analysis region: none is drawn while presenting.
  const presentingNow = presenting !== null;
  const region = presentingNow ? null : picked;
  const exitYears = useMemo(() => new Map(data.poverty.counties.map((c) => [c.adcode, c.exitYear])), [data]);
  const selection = useMemo(() => resolveSelection(data, userLayers, selectionId), [data, userLayers, selectionId]);
  const selectedRecord = selection.kind === 'record' ? selection.record : null;
  // a county is marked whether it was picked alone or as a county of a special area (the default layers hold three)
  const selectedCounty = selection.kind === 'county' ? selection.county.adcode : selection.kind === 'area' ? selection.feature.properties.adcode : null;
  const selectedUser = selection.kind === 'user' ? selection.feature : null;

  // one map for the page: the full data replaces the first map's (./usePage.ts) in its sources
  const firstData = useRef(data);
  // the first render's project labels go into the map's first style (given after it, they were tiled twice before the first idle)
  const firstLabels = useRef({ layers, visible, selectedRecord, labels });
  useEffect(() => {
    if (!el.current) return;
    const { lang: firstLang, link } = getUi();
    const f = firstLabels.current;
    const c = new MapController(el.current, firstData.current, CALLBACKS, firstLang, link.camera, { fc: projectLabels(f.layers, f.visible, firstLang, f.selectedRecord), visible: f.labels });
    setUi({ ctl: c });
    return () => {
      setUi({ ctl: null });
      c.destroy();
    };
  }, []);

  useEffect(() => {
    firstData.current = data;
    ctl?.setData(data);
  }, [ctl, data]);

  // A language switch renames the labels only (the controller was made in the first language).
  const shownLang = useRef(lang);
  useEffect(() => {
    if (lang !== shownLang.current) ctl?.setLang(lang);
    shownLang.current = lang;
  }, [lang, ctl]);

  useEffect(() => {
    ctl?.setPlanLayers(layers, { visible, selectedRecord, selectedUser, region, opacity, order, villages, year });
  }, [ctl, layers, visible, selectedRecord, selectedUser, region, opacity, order, villages, year]);

  useEffect(() => {
    ctl?.setDrawingHidden(presentingNow);
  }, [ctl, presentingNow]);

  useEffect(() => {
    ctl?.setAreaLayers(layers, { visible, opacity, order, year, exitYears });
  }, [ctl, layers, visible, opacity, order, year, exitYears]);

  useEffect(() => {
    ctl?.setSelectedCounty(selectedCounty);
  }, [ctl, selectedCounty]);

  useEffect(() => {
    ctl?.setProjectLabels(projectLabels(layers, visible, lang, selectedRecord), labels);
  }, [ctl, layers, visible, lang, labels, selectedRecord]);

  return <div ref={el} className="map" role="region" aria-label="map" />;
}
