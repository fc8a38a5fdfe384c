/** The map and what sits on it: the file drop zone, tooltip, choice list, legend and present mode. */
import { lazy, Suspense, useState, type CSSProperties } from 'react';
import type { AtlasData } from '../domain/atlasData';
import type { LayerFeatures } from '../map/featureViews';
import type { DrawMode } from '../map/drawModes';
import { t, type StringKey } from './i18n';
import { importOptions } from './importChoices';
import { Legend } from './LayerPanel';
import { PovertyStatus } from './PovertyStatus';
import { TimeLegend, TimeSlider } from './TimeSlider';
import { DeliveryChartsPanel } from './DeliveryChartsPanel';
import { MapView } from './MapView';
import { MapLoading } from './MapLoading';
import { NanhaiInset } from './NanhaiInset';
import { INSET_WIDTH, insetBoxSize, insetMapHeight } from '../map/nanhaiInset';
import { exitPresent, selectPicked, useNavigation } from './navigation';
import { PresentMode } from './PresentMode';
import { getUi, setUi, useUiPick } from './store';
import { PickList, Tooltip } from './Tooltip';
import { useWork } from './workContext';

/** The on-map hint of each drawing tool (./strings/drawing.ts). */
const DRAW_HINT: Record<Exclude<DrawMode, 'static'>, StringKey> = {
  polygon: 'drawHintPolygon',
  rectangle: 'drawHintRectangle',
  circle: 'drawHintCircle',
  freehand: 'drawHintFreehand',
  linestring: 'drawHintLinestring',
  select: 'drawHintSelect',
};

// the table and its downloads load with the first table opened (a chunk of their own)
const AttributeTable = lazy(() => import('./AttributeTable'));

/** WGS84 lon/lat under the pointer (4 decimals: about 10 m), bottom left of the map. */
function PointerReadout() {
  const { pointer, lang } = useUiPick('pointer', 'lang');
  if (!pointer) return null;
  return (
    <div className="pointer-readout" data-testid="pointer-readout" aria-live="off">
      {t('pointerReadout', lang, { lon: pointer[0].toFixed(4), lat: pointer[1].toFixed(4) })}
    </div>
  );
}

export function MapArea({ data, layers }: { data: AtlasData; layers: LayerFeatures[] }) {
  const { lang, visible, dragging, hover, choices, presenting, drawMode, table } = useUiPick('lang', 'visible', 'dragging', 'hover', 'choices', 'presenting', 'drawMode', 'table');
  const tableLayer = table ? layers.find((l) => l.def.id === table) : undefined;
  const work = useWork();
  const nav = useNavigation();
  const [inset, setInset] = useState(false);
  return (
    <div
      className={`map-wrap${dragging ? ' dragging' : ''}${inset ? ' with-inset' : ''}`}
      style={{ '--inset-w': `${insetBoxSize({ width: INSET_WIDTH, height: insetMapHeight() }).width}px` } as CSSProperties}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setUi({ dragging: true });
      }}
      onDragLeave={() => setUi({ dragging: false })}
      onDrop={(e) => {
        e.preventDefault();
        setUi({ dragging: false });
        const [f, ...rest] = [...e.dataTransfer.files];
        if (f) void work.importFile(f, importOptions(getUi().datum));
        if (rest.length) setUi({ notice: `${t('oneFileAtATime', lang)} ${rest.map((x) => x.name).join('、')}` });
      }}
      data-testid="map-wrap"
    >
      {dragging ? <div className="drop-hint">{t('dropHere', lang)}</div> : null}
      <MapView data={data} layers={layers} userLayers={work.userLayers} />
      <MapLoading />
      <NanhaiInset data={data} lang={lang} onShown={setInset} />
      {choices || drawMode !== 'static' ? null : <Tooltip picked={hover.p} x={hover.x} y={hover.y} more={hover.more} lang={lang} />}
      {choices ? <PickList items={choices.items} x={choices.x} y={choices.y} lang={lang} onChoose={selectPicked} onClose={() => setUi({ choices: null })} /> : null}
      <Legend layers={layers} visible={visible} lang={lang}>
        <TimeLegend data={data} layers={layers} visible={visible} lang={lang} />
        <PovertyStatus data={data} lang={lang} />
      </Legend>
      {/* the tool hint above the time slider, both centred at the top: a hint that wraps pushes the slider down instead of covering it */}
      <div className={`map-top${drawMode !== 'static' ? ' hinted' : ''}`}>
        {drawMode !== 'static' ? (
          <div className="draw-hint" role="status" data-testid="draw-hint">
            {t(DRAW_HINT[drawMode], lang)}
          </div>
        ) : null}
        <TimeSlider ready={data.detail === 'full'} />
      </div>
      <DeliveryChartsPanel data={data} lang={lang} />
      <PointerReadout />
      {/* the table's downloads carry geometry: the full one, never the first map's coarse copy */}
      {tableLayer && data.detail === 'full' ? (
        <Suspense fallback={null}>
          <AttributeTable layer={tableLayer} data={data} lang={lang} />
        </Suspense>
      ) : null}
      {presenting !== null ? <PresentMode views={work.views} index={presenting} lang={lang} onStep={nav.step} onExit={exitPresent} /> : null}
    </div>
  );
}
