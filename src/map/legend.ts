/**
 * The legend model: what the legend shows, as plain data, for the legend panel (src/ui/LayerPanel.tsx)
 * and the PNG export (src/map/exportPicture.ts). One entry per visible layer, in the order of the
 * layer list (the registry's, then the imported layers), with its feature count; an area layer
 * holding several areas lists each area in its palette colour, and an imported layer coloured by
 * a field lists the classes its filter shows. Pure data: no React, no DOM.
 */
import { areaColorOf, type LayerDef, type Rgb } from '../domain/layers/registry';
import { featureCount, type LayerFeatures } from './featureViews';
import type { LegendEntry } from './exportPicture';

/** One key under a legend entry: an area of a multi-area layer, or a class of an imported layer. */
export interface LegendKey {
  kind: 'area' | 'class';
  /** the area id, or the class key ('' for "other / no value") */
  key: string;
  /** the area name in the chosen language, or the class label (`otherLabel` for the "other" class) */
  label: string;
  symbol: LayerDef['symbol'];
  color: Rgb;
  /** features in the class; absent for areas */
  count?: number;
}

/** One legend entry: a visible layer. */
export interface LegendItem {
  /** layer id (the DOM's `data-legend`) */
  id: string;
  title: string;
  symbol: LayerDef['symbol'];
  color: Rgb;
  /** features the layer shows (areas count as areas, see featureCount) */
  count: number;
  /** areas (only when the layer holds more than one) or classes; empty otherwise */
  keys: LegendKey[];
  /** the layer's note (e.g. how its dates are defined), in the chosen language */
  note?: string;
}

/** The swatch of an imported layer's class: its layer's symbol reduced to fill, line or circle. */
function classSymbol(def: LayerDef): LayerDef['symbol'] {
  return def.symbol === 'fill' ? 'fill' : def.symbol === 'line' ? 'line' : 'circle';
}

function keysOf(l: LayerFeatures, lang: 'zh' | 'en', otherLabel: string): LegendKey[] {
  if (l.user) {
    const hidden = l.user.layer.style.hidden ?? [];
    return l.user.style.classes
      .filter((c) => !hidden.includes(c.key))
      .map((c) => ({ kind: 'class', key: c.key, label: c.label || otherLabel, symbol: classSymbol(l.def), color: c.color, count: c.count }));
  }
  const areas = [...new Map(l.areas.map((a) => [a.properties.areaId, a.properties])).values()];
  if (areas.length < 2) return [];
  return areas.map((a) => ({ kind: 'area', key: a.areaId, label: a.areaName[lang], symbol: 'fill', color: areaColorOf(l.def, a.areaIndex) }));
}

/**
 * @param layers the layers with their features (from layerFeatures, after filters), in list order
 * @param visible layer id → shown
 * @param lang language of titles and area names
 * @param otherLabel label of an imported layer's "other / no value" class (its label is '')
 * @returns one {@link LegendItem} per visible layer that shows something (an empty one, e.g. filtered
 *   out, is left out: no "铁路 (0)"), in the order of `layers`
 */
export function legendModel(layers: readonly LayerFeatures[], visible: Record<string, boolean>, lang: 'zh' | 'en', otherLabel: string): LegendItem[] {
  return layers
    .filter((l) => visible[l.def.id] && featureCount(l) > 0)
    .map((l) => ({ id: l.def.id, title: l.def.title[lang], symbol: l.def.symbol, color: l.def.color, count: featureCount(l), keys: keysOf(l, lang, otherLabel), ...(l.def.note ? { note: l.def.note[lang] } : {}) }));
}

/** A key's text in the legend: the area name, or the class label with its count. */
export function keyLabel(k: LegendKey): string {
  return k.count === undefined ? k.label : `${k.label} (${k.count})`;
}

/** An entry's text in the legend: "title (count)". */
export function entryLabel(e: LegendItem): string {
  return `${e.title} (${e.count})`;
}

/**
 * The legend's rows, as the screen legend lists them (src/ui/LayerPanel.tsx renders the same
 * labels): each entry as "title (count)", then its areas (in the colour each is drawn in) or
 * classes ("label (count)") indented. The PNG legend draws exactly these rows.
 * @returns rows for exportPicture's `legend`
 */
export function legendPictureRows(items: readonly LegendItem[]): LegendEntry[] {
  return items.flatMap((e) => [
    { label: entryLabel(e), color: e.color, symbol: e.symbol, depth: 0 as const },
    ...e.keys.map((k) => ({ label: keyLabel(k), color: k.color, symbol: k.symbol, depth: 1 as const })),
  ]);
}
