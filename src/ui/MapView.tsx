/** The map: mounts a MapController, hands it to the app, and feeds it deck.gl layers. */
import { useEffect, useRef } from 'react';
import type { AtlasData } from '../domain/atlasData';
import { buildDeckLayers, labelAnchor, type DeckLayerState } from '../map/deckLayers';
import type { FeatureCollection, Point } from 'geojson';
import type { LayerFeatures } from '../map/featureViews';
import { MapController, type MapCallbacks } from '../map/MapController';
import type { Camera } from '../domain/model';

/** One label point per visible project: points rank before lines. */
function projectLabels(layers: LayerFeatures[], visible: Record<string, boolean>, lang: 'zh' | 'en'): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: layers
      .filter((l) => l.def.source.type === 'catalog' && visible[l.def.id])
      .flatMap((l) => l.records)
      .map((r) => ({
        type: 'Feature',
        properties: { name: lang === 'zh' ? r.properties.name_zh : r.properties.name_en, rank: r.geometry.type === 'Point' ? 0 : 1 },
        geometry: { type: 'Point', coordinates: labelAnchor(r) },
      })),
  };
}

interface Props extends DeckLayerState {
  /** project name labels on */
  labels: boolean;
  data: AtlasData;
  layers: LayerFeatures[];
  callbacks: MapCallbacks;
  initialCamera: Camera | null;
  onReady: (c: MapController | null) => void;
}

export function MapView({ data, layers, callbacks, visible, selectedRecord, selectedUser, selectedCounty, lang, labels, region, opacity, order, villages, initialCamera, onReady }: Props) {
  const el = useRef<HTMLDivElement>(null);
  const ctl = useRef<MapController | null>(null);
  const cbs = useRef(callbacks);
  cbs.current = callbacks;
  const init = useRef({ lang, initialCamera, onReady });

  useEffect(() => {
    if (!el.current) return;
    const c = new MapController(
      el.current,
      data,
      {
        onHover: (p, x, y) => cbs.current.onHover(p, x, y),
        onClick: (p, x, y) => cbs.current.onClick(p, x, y),
        onIdle: () => cbs.current.onIdle(),
        onMoveEnd: (cam) => cbs.current.onMoveEnd(cam),
      },
      init.current.lang,
      init.current.initialCamera,
    );
    ctl.current = c;
    init.current.onReady(c);
    return () => {
      init.current.onReady(null);
      c.destroy();
      ctl.current = null;
    };
  }, [data]);

  const firstLang = useRef(lang);
  useEffect(() => {
    if (lang !== firstLang.current) ctl.current?.setLang(lang);
    firstLang.current = lang;
  }, [lang]);

  useEffect(() => {
    ctl.current?.setLayers(buildDeckLayers(layers, { visible, selectedRecord, selectedUser, selectedCounty, lang, region, opacity, order, villages }));
  }, [layers, visible, selectedRecord, selectedUser, selectedCounty, lang, region, opacity, order, villages]);

  useEffect(() => {
    ctl.current?.setAreaLayers(layers, { visible, opacity, order });
  }, [layers, visible, opacity, order]);

  useEffect(() => {
    ctl.current?.setSelectedCounty(selectedCounty);
  }, [selectedCounty]);

  useEffect(() => {
    ctl.current?.setProjectLabels(projectLabels(layers, visible, lang), labels);
  }, [layers, visible, lang, labels]);

  return <div ref={el} className="map" role="region" aria-label="map" />;
}
