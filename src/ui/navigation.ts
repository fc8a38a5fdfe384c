/**
 * Navigation: where a choice in one panel takes the map and the other panels. Selecting from a
 * map click, the search box, a plan link or a detail list (show the layer, select, fly there,
 * open the tab); saved views (go, present, step, leave); handing a region to the analysis.
 * Reads and writes the UI store (./store.ts); the saved views and imported layers come from
 * the kept work (./workContext.ts).
 */
import bboxOf from '@turf/bbox';
import type { Feature } from 'geojson';
import { LAYERS, layerForCatalog } from '../domain/layers/registry';
import type { AnalysisRegion, Picked } from '../domain/model';
import type { LinkTarget } from '../domain/planLinks';
import type { SearchResult } from '../domain/search';
import { parseUserFeatureId } from '../domain/userData';
import { fromRef, selectionId, toRef } from '../state/selection';
import type { SavedView } from '../state/views';
import { getUi, setUi } from './store';
import { useWork } from './workContext';

type Bounds = [number, number, number, number];
const boundsOf = (features: Feature[]): Bounds => bboxOf({ type: 'FeatureCollection', features }) as Bounds;
const flyToBounds = (b: Bounds) => getUi().ctl?.flyToBounds(b);

/** Select a feature picked on the map (or none) and show its details, unless the plan text is open. */
export function selectPicked(p: Picked | null): void {
  const { dispatch, tab } = getUi();
  setUi({ choices: null });
  dispatch({ type: 'select', selection: p ? selectionId(p) : { kind: 'none' } });
  if (p && tab !== 'document') setUi({ tab: 'detail' });
}

/** A click on the map: several hits open the choice list, one selects it, none clears. */
export function clickMap(ps: Picked[], x: number, y: number): void {
  if (ps.length > 1) setUi({ choices: { items: ps, x, y } });
  else selectPicked(ps[0] ?? null);
}

/** Show the layers of catalog records `ids`, select the first and fly to them all. */
export function selectRecords(ids: string[]): void {
  const { load, dispatch } = getUi();
  if (load.state !== 'ready') return;
  const recs = ids.map((id) => load.data.catalogById.get(id)).filter((r): r is NonNullable<typeof r> => !!r);
  if (!recs.length) return;
  dispatch({ type: 'show-layers', ids: recs.map((r) => layerForCatalog(r.properties.layer)?.id ?? '') });
  dispatch({ type: 'select', selection: { kind: 'record', id: recs[0].properties.id } });
  flyToBounds(boundsOf(recs));
}

/** Show the layer of special area `id`, select its first county and fly to all of them. */
export function selectArea(id: string): void {
  const { load, dispatch } = getUi();
  if (load.state !== 'ready') return;
  const data = load.data;
  const area = data.areas.find((a) => a.id === id);
  if (!area || !area.counties.length) return;
  dispatch({ type: 'show-layers', ids: LAYERS.filter((l) => l.source.type === 'area' && l.source.group === area.group).map((l) => l.id) });
  dispatch({ type: 'select', selection: fromRef(data, { kind: 'area', id, adcode: area.counties[0] }) });
  flyToBounds(boundsOf(area.counties.map((c) => data.countyByAdcode.get(c)).filter((c): c is NonNullable<typeof c> => !!c)));
}

/** A plan-text link: records or an area on the map, or an indicator in its tab. */
export function followPlanLink(target: LinkTarget): void {
  if (target.kind === 'records') selectRecords(target.ids);
  else if (target.kind === 'area') selectArea(target.id);
  else setUi({ focusIndicator: target.id, tab: 'indicators' });
}

/** Hand `r` to the analysis tab (opening it) to be reported on. */
export function analyseRegion(r: AnalysisRegion): void {
  setUi({ incoming: { ...r, nonce: Date.now() }, analysisOpened: true, tab: 'analysis' });
}

/** Leave present mode (and full screen). */
export function exitPresent(): void {
  setUi({ presenting: null });
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

/** The map as it is now, to be kept as a saved view. */
export function currentView(): Omit<SavedView, 'id' | 'title' | 'note'> {
  const s = getUi();
  return { camera: s.ctl?.camera() ?? s.camera ?? { center: [104.5, 35.5], zoom: 3.3 }, visible: s.visible, filters: s.filters, selection: toRef(s.selection), year: s.year };
}

/** Navigation that needs the kept work (saved views, imported layers). */
export function useNavigation() {
  const { views, userLayers } = useWork();

  const showView = (i: number) => {
    const v = views[i];
    const { load, dispatch, ctl } = getUi();
    if (!v || load.state !== 'ready') return;
    dispatch({ type: 'apply', visible: v.visible, filters: v.filters, selection: fromRef(load.data, v.selection) });
    setUi({ year: v.year ?? null });
    ctl?.flyTo(v.camera);
  };
  /** present view `i` (and go there) */
  const step = (i: number) => {
    setUi({ presenting: i });
    showView(i);
  };
  const present = (i: number) => {
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
    step(i);
  };
  /** show the layer of imported feature `id` ("<layer id>#<index>") and select it */
  const selectUser = (id: string) => {
    const ref = parseUserFeatureId(id);
    const layer = ref && userLayers.find((u) => u.id === ref.layerId);
    if (!ref || !layer || !layer.data.features[ref.index]) return;
    getUi().dispatch({ type: 'show-layers', ids: [layer.id] });
    getUi().dispatch({ type: 'select', selection: { kind: 'user', layerId: layer.id, index: ref.index } });
    setUi({ tab: 'detail' });
  };
  /** a search result: select it and fly to it */
  const search = (r: SearchResult) => {
    const { load, dispatch } = getUi();
    if (load.state !== 'ready') return;
    if (r.kind === 'user') {
      selectUser(r.id);
      return flyToBounds(r.bbox);
    }
    if (r.kind === 'project' || r.kind === 'river') return selectRecords([r.id]);
    if (r.kind === 'area') return selectArea(r.id);
    if (r.kind === 'county') dispatch({ type: 'select', selection: fromRef(load.data, { kind: 'county', adcode: r.id }) });
    flyToBounds(r.bbox);
  };
  return { showView, step, present, search };
}
