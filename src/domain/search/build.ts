/**
 * Builds the search index from the assembled atlas data: provinces, prefectures, counties,
 * catalog records (projects and rivers) and special areas.
 */
import turfBbox from '@turf/bbox';
import type { Geometry } from 'geojson';
import type { AtlasData } from '../atlasData';
import { makeEntry } from './entry';
import type { BBox, SearchEntry, SearchIndex } from './types';
import { tablePinyin, type PinyinFn } from './pinyinKeys';
import { CATALOG_LAYER } from '../catalogLayers';
import { areaGroupZh } from '../areaGroups';

/** Catalog layers whose records are rivers (corridors along a named river) rather than sites or lines. */
export const RIVER_LAYERS: readonly string[] = [CATALOG_LAYER.hydroBase, CATALOG_LAYER.floodRiver];

/** Prefecture names that are placeholders for counties directly under a province, not places. */
const DIRECT_PLACEHOLDER = /直辖县级行政区划$/;

/**
 * Build the search index once at load (≈3,400 entries) from the pinyin keys the data build
 * precomputed (`data.searchKeys`, public/generated/search-keys.json): no pinyin-pro.
 *
 * Skipped as duplicates of a province (same name, same outline): the prefectures of the
 * municipalities, Hong Kong, Macao and Taiwan, and Taiwan's single county-level unit; skipped as
 * not being places: the "省直辖县级行政区划" placeholder prefectures (their counties are labelled
 * with the province instead). Does not throw on data that `assemble()` (atlasData.ts) accepted.
 * @param data the assembled atlas data (src/domain/atlasData.ts)
 * @returns entries in the order provinces, prefectures, counties, catalog records, areas
 */
export function buildSearchIndex(data: AtlasData): SearchIndex {
  return buildSearchIndexWith(data, tablePinyin(data.searchKeys));
}

/**
 * {@link buildSearchIndex} with the pinyin of each name from `toPinyin`: the data build passes
 * pinyin-pro's (./pinyin) and records what it is asked into the key table the app then reads.
 */
export function buildSearchIndexWith(data: AtlasData, toPinyin: PinyinFn): SearchIndex {
  const provEn = new Map<string, string>();
  const countyBbox = new Map<string, BBox>();
  const places = placeEntries(data, toPinyin, provEn, countyBbox);
  return { entries: [...places, ...catalogEntries(data, toPinyin, provEn), ...areaEntries(data, toPinyin, provEn, countyBbox)] };
}

/** Provinces, prefectures and counties; fills `provEn` (zh → en province names) and `countyBbox` (adcode → bbox). */
function placeEntries(data: AtlasData, toPinyin: PinyinFn, provEn: Map<string, string>, countyBbox: Map<string, BBox>): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const f of data.provinces.features) {
    const p = f.properties as { provCode: string; provName: string; provNameEn: string };
    provEn.set(p.provName, p.provNameEn);
    entries.push(makeEntry({ kind: 'province', id: p.provCode, name_zh: p.provName, name_en: p.provNameEn, label: p.provName, province: p.provName, province_en: p.provNameEn, bbox: bboxOf(f.geometry) }, toPinyin));
  }
  for (const f of data.prefectures.features) {
    const p = f.properties as { prefCode: string; prefName: string; prefNameEn?: string; provName: string };
    if (p.prefName === p.provName || DIRECT_PLACEHOLDER.test(p.prefName)) continue;
    entries.push(makeEntry({ kind: 'prefecture', id: p.prefCode, name_zh: p.prefName, name_en: p.prefNameEn, label: `${p.prefName} · ${p.provName}`, ...provinceOf([p.provName], provEn), bbox: bboxOf(f.geometry) }, toPinyin));
  }
  for (const f of data.counties.features) {
    const p = f.properties;
    const bbox = bboxOf(f.geometry);
    countyBbox.set(p.adcode, bbox);
    if (p.name === p.provName) continue;
    const pref = DIRECT_PLACEHOLDER.test(p.prefName) ? p.provName : p.prefName;
    entries.push(makeEntry({ kind: 'county', id: p.adcode, name_zh: p.name, name_en: p.nameEn, label: `${p.name} · ${pref}`, ...provinceOf([p.provName], provEn), bbox }, toPinyin));
  }
  return entries;
}

/** Catalog records: kind 'river' for {@link RIVER_LAYERS} (with the river's name as an alias), else 'project'. */
function catalogEntries(data: AtlasData, toPinyin: PinyinFn, provEn: Map<string, string>): SearchEntry[] {
  return data.catalog.features.map((f) => {
    const p = f.properties;
    const river = RIVER_LAYERS.includes(p.layer);
    const aliases = river && typeof p.attributes.river === 'string' ? [p.attributes.river] : [];
    return makeEntry({ kind: river ? 'river' : 'project', id: p.id, name_zh: p.name_zh, name_en: p.name_en, label: p.name_zh, ...provinceOf(p.computed.provinces, provEn), bbox: bboxOf(f.geometry), layer: p.layer }, toPinyin, aliases);
  });
}

/** Special areas, with the extent and provinces of their counties; same-named areas labelled with their group. */
function areaEntries(data: AtlasData, toPinyin: PinyinFn, provEn: Map<string, string>, countyBbox: Map<string, BBox>): SearchEntry[] {
  const names = data.areas.map((a) => a.name.zh);
  return data.areas.map((a) => {
    const shared = names.indexOf(a.name.zh) !== names.lastIndexOf(a.name.zh);
    const label = shared ? `${a.name.zh} · ${areaGroupZh(a.group)}` : a.name.zh;
    const provinces = a.counties.map((c) => data.countyByAdcode.get(c)?.properties.provName).filter((n): n is string => !!n);
    const bboxes = a.counties.map((c) => countyBbox.get(c)).filter((b): b is BBox => !!b);
    return makeEntry({ kind: 'area', id: a.id, name_zh: a.name.zh, name_en: a.name.en, label, ...provinceOf(byFrequency(provinces), provEn), bbox: unionBbox(bboxes) }, toPinyin);
  });
}

/** `[w, s, e, n]` of a geometry, degrees. */
function bboxOf(g: Geometry): BBox {
  const [w, s, e, n] = turfBbox(g);
  return [w, s, e, n];
}

/** Smallest box holding all `boxes`; [0, 0, 0, 0] for none. */
function unionBbox(boxes: BBox[]): BBox {
  if (boxes.length === 0) return [0, 0, 0, 0];
  return boxes.reduce((u, b) => [Math.min(u[0], b[0]), Math.min(u[1], b[1]), Math.max(u[2], b[2]), Math.max(u[3], b[3])]);
}

/** Distinct names, the most frequent first (ties in first-seen order). */
function byFrequency(names: string[]): string[] {
  const count = new Map<string, number>();
  for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
  return [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)!);
}

/** Display of provinces: up to three named, otherwise two and the count. */
function provinceOf(provinces: string[], provEn: Map<string, string>): { province: string; province_en: string } {
  const en = provinces.map((p) => provEn.get(p) ?? p);
  if (provinces.length <= 3) return { province: provinces.join('、'), province_en: en.join(', ') };
  return { province: `${provinces.slice(0, 2).join('、')}等${provinces.length}省`, province_en: `${en.slice(0, 2).join(', ')} and ${provinces.length - 2} more` };
}
