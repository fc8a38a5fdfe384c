/**
 * The atlas's map state as one reducer: layer visibility, order and opacity, filters, selection
 * (ids only), language. Pure; the UI store (src/ui/store.ts) applies it.
 */
import { defaultOrder, defaultVisibility, drawRank, isLayerId, LAYERS, type LayerDef } from '../domain/layers/registry';
import type { Lang, SelectionId } from '../domain/model';
import { NO_FILTERS, toggleValue, type Facet, type Filters } from '../domain/filters';

export type { Lang } from '../domain/model';

export interface AtlasState {
  visible: Record<string, boolean>;
  selection: SelectionId;
  lang: Lang;
  filters: Filters;
  /** project name labels on the map */
  labels: boolean;
  /** layer id → opacity 0.1–1 (absent: 1) */
  opacity: Record<string, number>;
  /** registry ids in drawing order, bottom first */
  order: string[];
}

export type AtlasAction =
  | { type: 'toggle-layer'; id: string }
  | { type: 'select'; selection: SelectionId }
  | { type: 'set-lang'; lang: Lang }
  | { type: 'toggle-filter'; facet: Facet; value: string }
  | { type: 'clear-filters' }
  | { type: 'show-layers'; ids: string[] }
  | { type: 'toggle-labels' }
  | { type: 'set-opacity'; id: string; opacity: number }
  /** move a layer one place up (+1, drawn later) or down (-1) */
  | { type: 'move-layer'; id: string; delta: 1 | -1 }
  /** set layers, filters and selection at once (a saved view, a link) */
  | { type: 'apply'; visible: Record<string, boolean>; filters: Filters; selection: SelectionId }
  /** imported layers now present (from import, storage or another tab): new ones are shown and drawn on top of their rank; gone ones removed */
  | { type: 'user-layers'; defs: LayerDef[] };

export function initialState(lang: Lang = 'zh', visible = defaultVisibility(), filters: Filters = NO_FILTERS): AtlasState {
  return { visible, selection: { kind: 'none' }, lang, filters, labels: true, opacity: {}, order: defaultOrder() };
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
    case 'set-opacity':
      return { ...s, opacity: { ...s.opacity, [a.id]: Math.min(1, Math.max(0.1, a.opacity)) } };
    case 'move-layer': {
      const i = s.order.indexOf(a.id);
      const j = i + a.delta;
      if (i < 0 || j < 0 || j >= s.order.length) return s;
      const order = [...s.order];
      [order[i], order[j]] = [order[j], order[i]];
      return { ...s, order };
    }
    case 'toggle-labels':
      return { ...s, labels: !s.labels };
    case 'show-layers':
      return { ...s, visible: { ...s.visible, ...Object.fromEntries(a.ids.filter((id) => id in s.visible).map((id) => [id, true])) } };
    case 'apply': {
      // an imported layer the view does not name was added after it was saved: hidden on that view
      const user = Object.fromEntries(Object.entries(s.visible).filter(([id]) => !(id in defaultVisibility())).map(([id]) => [id, false]));
      return { ...s, visible: { ...defaultVisibility(), ...user, ...pick(a.visible, s.visible) }, filters: a.filters, selection: a.selection };
    }
    case 'user-layers':
      return withUserLayers(s, a.defs);
  }
}

/** Only the keys of `v` that `known` has (a view or link may name layers that are gone). */
function pick(v: Record<string, boolean>, known: Record<string, boolean>): Record<string, boolean> {
  return Object.fromEntries(Object.entries(v).filter(([id]) => id in known || id in defaultVisibility()));
}

/** Add new imported layers (visible, on top of the layers of their rank) and drop vanished ones. */
function withUserLayers(s: AtlasState, defs: LayerDef[]): AtlasState {
  const ids = new Set(defs.map((d) => d.id));
  const gone = (id: string) => !isLayerId(id) && !ids.has(id);
  const visible = Object.fromEntries(Object.entries(s.visible).filter(([id]) => !gone(id)));
  const order = s.order.filter((id) => !gone(id));
  const rankOf = new Map([...LAYERS, ...defs].map((d) => [d.id, drawRank(d)]));
  for (const d of defs) {
    if (d.id in visible) continue;
    visible[d.id] = d.defaultVisible;
    // after the last layer of the same or a lower rank
    let at = order.length;
    while (at > 0 && (rankOf.get(order[at - 1]) ?? 0) > drawRank(d)) at--;
    order.splice(at, 0, d.id);
  }
  const selection = s.selection.kind === 'user' && gone(s.selection.layerId) ? { kind: 'none' as const } : s.selection;
  return { ...s, visible, order, selection };
}
