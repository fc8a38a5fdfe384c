/** The map: mounts a MapController and feeds it deck.gl layers built from the registry. */
import { useEffect, useRef } from 'react';
import type { AtlasData } from '../domain/atlasData';
import { buildDeckLayers, type DeckLayerState } from '../map/deckLayers';
import type { LayerFeatures } from '../map/featureViews';
import { MapController, type MapCallbacks } from '../map/MapController';

interface Props extends DeckLayerState {
  data: AtlasData;
  layers: LayerFeatures[];
  callbacks: MapCallbacks;
}

export function MapView({ data, layers, callbacks, visible, selectedRecord, selectedCounty, lang }: Props) {
  const el = useRef<HTMLDivElement>(null);
  const ctl = useRef<MapController | null>(null);
  const cbs = useRef(callbacks);
  cbs.current = callbacks;

  useEffect(() => {
    if (!el.current) return;
    const c = new MapController(
      el.current,
      data,
      {
        onHover: (p, x, y) => cbs.current.onHover(p, x, y),
        onClick: (p) => cbs.current.onClick(p),
        onIdle: () => cbs.current.onIdle(),
      },
      lang,
    );
    ctl.current = c;
    (window as unknown as { __atlasMap?: unknown }).__atlasMap = c.map;
    return () => {
      c.destroy();
      ctl.current = null;
    };
    // The map is made once per data set; language changes restyle it below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);

  const firstLang = useRef(lang);
  useEffect(() => {
    if (lang !== firstLang.current) ctl.current?.setLang(lang);
    firstLang.current = lang;
  }, [lang]);

  useEffect(() => {
    ctl.current?.setLayers(buildDeckLayers(layers, { visible, selectedRecord, selectedCounty, lang }));
  }, [layers, visible, selectedRecord, selectedCounty, lang]);

  return <div ref={el} className="map" role="region" aria-label="map" />;
}
