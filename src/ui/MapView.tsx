/** The map: mounts a MapController, puts it in the UI store, and feeds it what the store says to draw. */
import { useEffect, useMemo, useRef } from 'react';
import type { AtlasData } from '../domain/atlasData';
import { buildDeckLayers } from '../map/deckLayers';
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
 * on <body> tells tests the map has settled.
 */
const CALLBACKS: MapCallbacks = {
  onHover: (p, x, y, more) => setUi({ hover: { p, x, y, more } }),
  onClick: clickMap,
  onIdle: () => {
    document.body.dataset.map = 'idle';
    if (!getUi().mapDrawn) setUi({ mapDrawn: true });
  },
  onMoveEnd: (camera) => setUi({ camera }),
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
  const selectedRecord = selection.kind === 'record' ? selection.record.properties.id : null;
  // a county is marked whether it was picked alone or as a county of a special area (the default layers hold three)
  const selectedCounty = selection.kind === 'county' ? selection.county.adcode : selection.kind === 'area' ? selection.feature.properties.adcode : null;
  const selectedUser = selection.kind === 'user' ? selection.feature : null;

  useEffect(() => {
    if (!el.current) return;
    const { lang: firstLang, link } = getUi();
    const c = new MapController(el.current, data, CALLBACKS, firstLang, link.camera);
    setUi({ ctl: c });
    return () => {
      setUi({ ctl: null });
      c.destroy();
    };
  }, [data]);

  // A language switch renames the labels only (the controller was made in the first language).
  const shownLang = useRef(lang);
  useEffect(() => {
    if (lang !== shownLang.current) ctl?.setLang(lang);
    shownLang.current = lang;
  }, [lang, ctl]);

  useEffect(() => {
    ctl?.setLayers(buildDeckLayers(layers, { visible, selectedRecord, selectedUser, selectedCounty, lang, region, opacity, order, villages, year }));
  }, [ctl, layers, visible, selectedRecord, selectedUser, selectedCounty, lang, region, opacity, order, villages, year]);

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
