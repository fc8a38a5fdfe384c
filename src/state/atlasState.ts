/**
 * The atlas's UI state as one reducer: layer visibility, selection, language. Pure; React holds
 * it with useReducer.
 */
import type { Picked } from '../map/MapController';
import { defaultVisibility } from '../map/layerRegistry';
import { NO_FILTERS, toggleValue, type Facet, type Filters } from '../domain/filters';

export type Lang = 'zh' | 'en';

/** What is selected: nothing, or one picked feature. */
export type Selection = { kind: 'none' } | Picked;

export interface AtlasState {
  visible: Record<string, boolean>;
  selection: Selection;
  lang: Lang;
  filters: Filters;
  /** project name labels on the map */
  labels: boolean;
}

export type AtlasAction =
  | { type: 'toggle-layer'; id: string }
  | { type: 'select'; selection: Selection }
  | { type: 'set-lang'; lang: Lang }
  | { type: 'toggle-filter'; facet: Facet; value: string }
  | { type: 'clear-filters' }
  | { type: 'show-layers'; ids: string[] }
  | { type: 'toggle-labels' }
  /** set layers, filters and selection at once (a saved view, a link) */
  | { type: 'apply'; visible: Record<string, boolean>; filters: Filters; selection: Selection };

export function initialState(lang: Lang = 'zh', visible = defaultVisibility(), filters: Filters = NO_FILTERS): AtlasState {
  return { visible, selection: { kind: 'none' }, lang, filters, labels: true };
}

export function atlasReducer(s: AtlasState, a: AtlasAction): AtlasState {
  switch (a.type) {
    case 'toggle-layer':
      if (!(a.id in s.visible)) return s;
      return { ...s, visible: { ...s.visible, [a.id]: !s.visible[a.id] } };
    case 'select':
      return { ...s, selection: a.selection };
    case 'set-lang':
      return { ...s, lang: a.lang };
    case 'toggle-filter':
      return { ...s, filters: toggleValue(s.filters, a.facet, a.value) };
    case 'clear-filters':
      return { ...s, filters: NO_FILTERS };
    case 'toggle-labels':
      return { ...s, labels: !s.labels };
    case 'show-layers':
      return { ...s, visible: { ...s.visible, ...Object.fromEntries(a.ids.filter((id) => id in s.visible).map((id) => [id, true])) } };
    case 'apply':
      return { ...s, visible: { ...defaultVisibility(), ...a.visible }, filters: a.filters, selection: a.selection };
  }
}
