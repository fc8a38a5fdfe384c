/**
 * The page's UI state in one zustand store that the map view and every panel subscribe to with
 * a selector (`useUi((s) => s.tab)`), so a hover re-renders the tooltip, not the panels.
 *
 * Why zustand (placemark's choice) over the reducer behind a React context: a context re-renders
 * every consumer on any change, and the hover position changes on every pointer move; zustand's
 * selectors re-render only what reads the changed slice, and its `getState()` lets the action
 * modules (./navigation.ts, ./pictureExport.ts, ./analysis/) read the current state without
 * threading props. The map state's transitions stay the pure, unit-tested reducer of
 * src/state/atlasState.ts: `dispatch` applies it.
 *
 * Selection is kept as ids (`SelectionId`); the panels and the map resolve it against the data
 * where they draw it (src/state/selection.ts `resolveSelection`).
 */
import { create } from 'zustand';
import type { LoadProgress } from '../domain/atlasData';
import { useShallow } from 'zustand/react/shallow';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AtlasData } from '../domain/atlasData';
import type { CoverageReport } from '../domain/analysis';
import type { AnalysisRegion, Bilingual, Camera, Picked } from '../domain/model';
import type { SearchIndex } from '../domain/search';
import type { DrawMode } from '../map/drawModes';
import type { MapController } from '../map/MapController';
import { atlasReducer, initialState, type AtlasAction, type AtlasState } from '../state/atlasState';
import type { LinkRegion } from '../state/regionLink';
import type { RegionFit } from '../state/regionParam';
import { parseHash, type UrlState } from '../state/urlState';
import type { Datum } from './importChoices';

/** The generated data: loading, failed (with the loader's message) or ready. */
export type Load = { state: 'loading' } | { state: 'error'; message: Bilingual } | { state: 'ready'; data: AtlasData };
/** The side panel's tabs. */
export type Tab = 'detail' | 'document' | 'indicators' | 'views' | 'analysis' | 'data';

export interface UiState extends AtlasState {
  /** apply a map-state action (src/state/atlasState.ts) */
  dispatch: (a: AtlasAction) => void;
  /** what the page's link asked for when it opened (camera, selection, view) */
  link: UrlState;
  load: Load;
  /** the data files' progress while loading (./MapLoading.tsx) */
  loadProgress: LoadProgress | null;
  /** the map has been idle once (drawn); until then the loading indicator shows */
  mapDrawn: boolean;
  tab: Tab;
  /** what lies under the pointer, at page pixel `x`, `y`; `more`: other features lie there too */
  hover: { p: Picked | null; x: number; y: number; more?: boolean };
  /** several features under one click: the list to choose from */
  choices: { items: Picked[]; x: number; y: number } | null;
  /** one message for the user (already in the page's language), or none */
  notice: string | null;
  /** the camera after the last move (for the link) */
  camera: Camera | null;
  /** index of the saved view being presented, or null */
  presenting: number | null;
  /** the map, once mounted */
  ctl: MapController | null;
  searchIndex: SearchIndex | null;
  /** the indicator a plan link pointed at */
  focusIndicator: string | null;
  /** a picked (not drawn) analysis region, drawn by the map */
  picked: Feature<Polygon | MultiPolygon> | null;
  /** the latest coverage report, for "filter from region" */
  report: CoverageReport | null;
  regionFilter: boolean;
  /** synthetic village points (x, y pairs, degrees), a load test */
  villages: Float64Array | null;
  /** the analysis tab was opened once: it stays mounted (drawing and worker survive tab switches) */
  analysisOpened: boolean;
  /** a region handed to the analysis from elsewhere; `nonce` tells repeats apart */
  incoming: (AnalysisRegion & { nonce: number }) | null;
  /** a file is dragged over the map */
  dragging: boolean;
  /** the datum chosen for the next import */
  datum: Datum;
  /** the active drawing tool ('static': none), for the on-map hint */
  drawMode: DrawMode;
  /** the analysis region the page's link named when it opened (handed to the analysis once the data is there) */
  linkRegion: LinkRegion | null;
  /** the analysis region as the link now writes it (`r=`), and how it fitted the length limit */
  shareRegion: ({ value: string | null } & RegionFit) | null;
  /** the analysis's distance setting, for the link */
  shareWithin: { layer: string; km: number } | null;
  /** the layer whose attribute table is open (registry or imported layer id), or null */
  table: string | null;
  /** WGS84 `[lon, lat]` degrees under the pointer, or null off the map */
  pointer: [number, number] | null;
  /** the time slider's year (2016–2025): projects and poverty counties drawn by their state then; null: the plan view */
  year: number | null;
}

/** The state a page opens with, from its link `hash`. */
function opening(hash: string): Omit<UiState, 'dispatch'> {
  const link = parseHash(hash);
  return {
    ...initialState(link.state.lang, link.state.visible, link.state.filters),
    link: link.state,
    load: { state: 'loading' },
    loadProgress: null,
    mapDrawn: false,
    tab: 'detail',
    hover: { p: null, x: 0, y: 0 },
    choices: null,
    // a link that cannot be read opens the default map in the language it asks for (parseHash keeps lang=en)
    notice: (link.notice ?? link.regionNotice)?.[link.state.lang] ?? null,
    camera: link.state.camera,
    presenting: null,
    ctl: null,
    searchIndex: null,
    focusIndicator: null,
    picked: null,
    report: null,
    regionFilter: false,
    villages: null,
    analysisOpened: false,
    incoming: null,
    dragging: false,
    datum: '',
    drawMode: 'static',
    linkRegion: link.region,
    shareRegion: null,
    shareWithin: null,
    table: null,
    pointer: null,
    year: link.state.year,
  };
}

/** The page's store (one per page; its opening state comes from the URL hash). */
export const useUi = create<UiState>()((set) => ({
  ...opening(window.location.hash),
  dispatch: (a) => set((s) => atlasReducer(s, a)),
}));

/** Shorthand for writing to the store outside React's render (event handlers, action modules). */
export const setUi = useUi.setState;
/** The store's current state, for event handlers and action modules. */
export const getUi = useUi.getState;

/** The loaded data (null until ready), for components below the loading gate. */
export const useData = (): AtlasData | null => useUi((s) => (s.load.state === 'ready' ? s.load.data : null));

/**
 * Several fields of the store at once, re-rendering only when one of them changes (a shallow
 * comparison): `const { lang, visible } = useUiPick('lang', 'visible')`.
 */
export function useUiPick<K extends keyof UiState>(...keys: K[]): Pick<UiState, K> {
  return useUi(useShallow((s) => Object.fromEntries(keys.map((k) => [k, s[k]])) as Pick<UiState, K>));
}
