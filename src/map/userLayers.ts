/**
 * Imported layers in the layer registry's terms: one {@link LayerDef} per imported layer, made
 * here and nowhere else, and its colours (one colour, categories of a field, or graduated
 * classes of a numeric field). Pure data.
 *
 * Category colours: Paul Tol's "bright" scheme; graduated: Tol's sequential "YlOrBr" (SRON
 * technical note "Colour Schemes", SRON/EPS/TN/09-002), RGB 0–255.
 */
import type { UserFeature, UserValue } from '../domain/import/types';
import { dominantKind } from '../domain/userData';
import { newId } from '../domain/ids';
import type { UserLayer, UserLayerStyle } from '../domain/model';
import type { LayerDef, Rgb } from '../domain/layers/registry';

/** Layer ids of imported layers start with this, so they never collide with the plan's. */
export const USER_PREFIX = 'user:';

export const CATEGORY_PALETTE: readonly Rgb[] = [
  [68, 119, 170], [238, 102, 119], [34, 136, 51], [204, 187, 68], [102, 204, 238], [170, 51, 119], [187, 187, 187],
];
const GRADUATED: readonly Rgb[] = [[254, 227, 145], [254, 196, 79], [251, 154, 41], [236, 112, 20], [204, 76, 2]];
/** Values beyond the listed categories, and features without a value. */
export const OTHER_COLOR: Rgb = [150, 150, 150];

/** Whether a layer id names an imported layer. */
export function isUserLayerId(id: string): boolean {
  return id.startsWith(USER_PREFIX);
}

/** A fresh id for an imported layer: "user:" + a random UUID (src/domain/ids.ts). */
export function newUserLayerId(): string {
  return newId(USER_PREFIX);
}

/** The next default colour for a new layer, cycling through the category palette. */
export function defaultUserColor(existing: number): Rgb {
  return CATEGORY_PALETTE[existing % CATEGORY_PALETTE.length];
}

/** The registry entry of an imported layer: category 'user', symbol by its main geometry. */
export function userLayerDef(u: UserLayer): LayerDef {
  const kind = dominantKind(u);
  return {
    id: u.id,
    title: { zh: u.title, en: u.title },
    category: 'user',
    source: { type: 'user', layerId: u.id },
    color: u.style.color,
    size: kind === 'point' ? 6 : kind === 'line' ? 2.5 : 1.5,
    symbol: kind === 'point' ? 'circle' : kind === 'line' ? 'line' : 'fill',
    defaultVisible: true,
  };
}

/** One legend class: its label, colour, and how many features fall in it. */
export interface StyleClass {
  /** the category value, or the numeric range "a – b"; '' for "other / no value" */
  key: string;
  label: string;
  color: Rgb;
  count: number;
}

export interface UserStyleView {
  colorOf: (f: UserFeature) => Rgb;
  /** the class a feature falls in (its `key`) */
  classOf: (f: UserFeature) => string;
  /** empty for a single-colour style */
  classes: StyleClass[];
}

const text = (v: UserValue | undefined): string => (v === null || v === undefined ? '' : String(v));

/**
 * Colours of a layer under its style. A string/boolean field: its most frequent values get the
 * category palette, the rest grey. A numeric field: five quantile classes (equal counts, by
 * sorted value), features without a number grey.
 * @throws never; an unknown field gives the single colour
 */
export function userStyle(u: UserLayer, style: UserLayerStyle = u.style): UserStyleView {
  const field = style.field ? u.data.fields.find((f) => f.name === style.field) : undefined;
  if (!field) return { colorOf: () => style.color, classOf: () => '', classes: [] };
  const feats = u.data.features;
  if (field.type === 'number') {
    const values = feats.map((f) => f.properties[field.name]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
    if (!values.length) return { colorOf: () => OTHER_COLOR, classOf: () => '', classes: [] };
    const breaks = [1, 2, 3, 4].map((q) => values[Math.min(values.length - 1, Math.floor((q * values.length) / 5))]);
    const cls = (v: UserValue | undefined) => (typeof v === 'number' && Number.isFinite(v) ? breaks.filter((b) => v >= b).length : -1);
    const bounds = [values[0], ...breaks, values[values.length - 1]];
    const counts = new Array<number>(5).fill(0);
    let none = 0;
    for (const f of feats) {
      const c = cls(f.properties[field.name]);
      if (c < 0) none++;
      else counts[c]++;
    }
    const fmt = (x: number) => x.toLocaleString(undefined, { maximumSignificantDigits: 4 });
    const classes: StyleClass[] = counts
      .map((count, i) => ({ key: String(i), label: `${fmt(bounds[i])} – ${fmt(bounds[i + 1])}`, color: GRADUATED[i], count }))
      .filter((c) => c.count > 0);
    if (none) classes.push({ key: '', label: '—', color: OTHER_COLOR, count: none });
    return {
      colorOf: (f) => {
        const c = cls(f.properties[field.name]);
        return c < 0 ? OTHER_COLOR : GRADUATED[c];
      },
      classOf: (f) => {
        const c = cls(f.properties[field.name]);
        return c < 0 ? '' : String(c);
      },
      classes,
    };
  }
  const top = field.values.slice(0, CATEGORY_PALETTE.length);
  const colour = new Map(top.map((v, i) => [v.value, CATEGORY_PALETTE[i]]));
  const classOf = (f: UserFeature) => {
    const v = text(f.properties[field.name]);
    return colour.has(v) ? v : '';
  };
  const classes: StyleClass[] = top.map((v) => ({ key: v.value, label: v.value, color: colour.get(v.value)!, count: v.count }));
  const listed = top.reduce((s, v) => s + v.count, 0);
  if (listed < feats.length) classes.push({ key: '', label: '—', color: OTHER_COLOR, count: feats.length - listed });
  return { colorOf: (f) => colour.get(classOf(f)) ?? OTHER_COLOR, classOf, classes };
}

/**
 * The features of a layer that pass its class filter (`style.hidden` keys are left out).
 * @returns the input array itself when nothing is hidden
 */
export function visibleUserFeatures(u: UserLayer, view: UserStyleView = userStyle(u)): UserFeature[] {
  const hidden = u.style.hidden ?? [];
  if (!hidden.length) return u.data.features;
  const h = new Set(hidden);
  return u.data.features.filter((f) => !h.has(view.classOf(f)));
}
