/**
 * The page's wiring hooks: load the generated data, keep the URL hash and the document language
 * in step with the UI store, hand imported layers to the layer list and the map, and compose
 * what the map draws and the search box searches. No markup here.
 */
import { useEffect, useMemo, useState } from 'react';
import { AtlasDataError, loadAtlasData, loadFullDetail, type AtlasData, type Detail } from '../domain/atlasData';
import { FIRST_MAP_MAX_ZOOM } from '../domain/firstMap';
import type { UserLayer } from '../domain/model';
import { buildSearchIndex, type SearchEntry, type SearchIndex } from '../domain/search';
import { filterLayers, keepInRegion, layerFeatures, type LayerFeatures } from '../map/featureViews';
import { userLayerDef } from '../map/userLayers';
import { fromRef, toRef } from '../state/selection';
import { createHash } from '../state/urlState';
import { getUi, setUi, useData, useUi, useUiPick } from './store';
import { t } from './i18n';

/**
 * Load the data once; the link's selection is applied when it is there. A page opening at or
 * below the first map's zoom (the home view) draws the coarse first-map files, and fetches the
 * full geometry once that map is drawn (src/domain/firstMap.ts); the search index and a link's
 * analysis region wait for the full data.
 */
export function useLoadData(): void {
  useEffect(() => {
    const base = `${import.meta.env.BASE_URL}generated/`;
    const { camera, year } = getUi().link;
    // a link deeper than the first map's zoom, or in a year (the first catalog has no delivery), loads the full data at once
    const detail: Detail = (!camera || camera.zoom <= FIRST_MAP_MAX_ZOOM) && year === null ? 'first' : 'full';
    const failed = (e: unknown) => setUi({ load: { state: 'error', message: e instanceof AtlasDataError ? e.text : { en: String(e), zh: `未预料的错误：${String(e)}` } } });
    const full = (data: AtlasData) => {
      setUi({ load: { state: 'ready', data } });
      // Built after the first paint: pinyin for ~3,400 names takes a few hundred ms.
      setTimeout(() => setUi({ searchIndex: buildSearchIndex(data) }), 0);
      // a link with a region opens the analysis with it (its code, with turf's union, loads then)
      if (getUi().linkRegion) void import('./analysisRegions').then((m) => m.openLinkRegion(data));
    };
    loadAtlasData(base, fetch, (loadProgress) => setUi({ loadProgress }), detail)
      .then((data) => {
        if (data.detail === 'full') full(data);
        else setUi({ load: { state: 'ready', data } });
        const ref = getUi().link.selection;
        const sel = fromRef(data, ref);
        if (sel.kind !== 'none') getUi().dispatch({ type: 'select', selection: sel });
        // a link naming what the data lacks says so (it was dropped silently)
        else if (ref) setUi({ notice: t('linkSelectionUnknown', getUi().lang, { ref: ref.kind === 'county' ? ref.adcode : ref.kind === 'area' ? `${ref.id}/${ref.adcode}` : ref.id }) });
        if (data.detail === 'full') return;
        // the full geometry, once the first map is drawn
        const afterFirstMap = () => void loadFullDetail(data, base).then(full, failed);
        if (getUi().mapDrawn) return afterFirstMap();
        const stop = useUi.subscribe((s) => {
          if (!s.mapDrawn) return;
          stop();
          afterFirstMap();
        });
      })
      .catch(failed);
  }, []);
}

/** The URL mirrors the state, so a copied link reopens the same map; `<html lang>` follows the language. */
export function useUrlSync(): void {
  const { lang, camera, visible, filters, selection, presenting, shareRegion, shareWithin, year } = useUiPick('lang', 'camera', 'visible', 'filters', 'selection', 'presenting', 'shareRegion', 'shareWithin', 'year');
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  useEffect(() => {
    // A link pasted into this tab's address bar changes only the hash, which reloads nothing: open
    // it as the page it names. The store's own writes (replaceState) fire no hashchange.
    const onHash = () => {
      if (window.location.hash.startsWith('#v=')) window.location.reload();
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    // until the analysis has taken the link's region, the link keeps it
    const { linkRegion, link } = getUi();
    const region = shareRegion ? shareRegion.value : linkRegion ? link.region : null;
    const hash = createHash({ camera, visible, filters, selection: toRef(selection), lang, view: presenting, region, within: shareRegion ? shareWithin : link.within, year });
    if (hash !== window.location.hash) window.history.replaceState(null, '', hash);
  }, [camera, visible, filters, selection, lang, presenting, shareRegion, shareWithin, year]);
}

/** Imported layers join the layer list (visible, drawn on top of their rank) and the map's picking. */
export function useUserLayerSync(userLayers: UserLayer[]): void {
  const data = useData();
  const { ctl } = useUiPick('ctl');
  useEffect(() => {
    getUi().dispatch({ type: 'user-layers', defs: userLayers.map(userLayerDef) });
    ctl?.setUserLayers(userLayers);
  }, [userLayers, data, ctl]);
}

/** The layers as drawn: plan and imported, filtered by the facets and, when asked, by the analysed region. */
export function useMapLayers(userLayers: UserLayer[]): LayerFeatures[] {
  const data = useData();
  const { filters, regionFilter, report } = useUiPick('filters', 'regionFilter', 'report');
  const allLayers = useMemo(() => (data ? layerFeatures(data, userLayers) : []), [data, userLayers]);
  return useMemo(() => {
    if (!data) return [];
    const filtered = filterLayers(allLayers, filters, data);
    if (!regionFilter || !report) return filtered;
    return keepInRegion(filtered, new Set(report.projects.map((p) => p.id)), new Set(report.counties.map((c) => c.adcode)));
  }, [allLayers, filters, data, regionFilter, report]);
}

/** Search entries of an imported layer, made once per (data, title): pinyin for thousands of names is slow. */
const USER_ENTRIES = new WeakMap<object, { title: string; entries: SearchEntry[] }>();

type UserEntries = typeof import('../domain/search/userEntries');
/** pinyin-pro (141 KB gzip) comes with the imported layers' entries: loaded with the first imported layer. */
let userEntriesModule: Promise<UserEntries> | null = null;

/**
 * The search index: the plan's (built once, from the precomputed keys) and the imported layers'
 * entries, which are added once their module has loaded.
 */
export function useFullSearchIndex(userLayers: UserLayer[]): SearchIndex | null {
  const { searchIndex } = useUiPick('searchIndex');
  const [mod, setMod] = useState<UserEntries | null>(null);
  const wanted = userLayers.length > 0;
  useEffect(() => {
    if (!wanted || mod) return;
    userEntriesModule ??= import('../domain/search/userEntries');
    let live = true;
    void userEntriesModule.then((m) => live && setMod(m));
    return () => {
      live = false;
    };
  }, [wanted, mod]);
  return useMemo(() => {
    if (!searchIndex) return null;
    if (!mod) return searchIndex;
    const userSearchEntries = mod.userSearchEntries;
    const entries = userLayers.flatMap((u) => {
      const hit = USER_ENTRIES.get(u.data);
      if (hit && hit.title === u.title) return hit.entries;
      const made = { title: u.title, entries: userSearchEntries(u) };
      USER_ENTRIES.set(u.data, made);
      return made.entries;
    });
    return { entries: [...searchIndex.entries, ...entries] };
  }, [searchIndex, userLayers, mod]);
}
