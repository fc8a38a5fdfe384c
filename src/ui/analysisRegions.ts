/**
 * Analysis actions that make a region: one chosen from the region list (province, prefecture,
 * county, special area, imported polygon) or a circle typed in, and handing it to the map
 * (clearing the drawing, outlining it, flying there). No markup here.
 */
import { union } from '@turf/union';
import bbox from '@turf/bbox';
import { featureCollection } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AtlasData } from '../domain/atlasData';
import type { AnalysisRegion, UserLayer } from '../domain/model';
import { featureName, isRegionFeature } from '../domain/userData';
import type { Lang } from '../state/atlasState';
import { t } from './i18n';
import { analyseRegion } from './navigation';
import { getUi, setUi } from './store';

type Region = Feature<Polygon | MultiPolygon>;

/**
 * The region a list choice names: `prov:<code>`, `pref:<code>`, `county:<adcode>`,
 * `area:<id>` (its counties dissolved into one) or `user:<layer id>#<index>`; null when the
 * data has no such polygon.
 */
export function regionOfChoice(data: AtlasData, userLayers: readonly UserLayer[], value: string, lang: Lang): AnalysisRegion | null {
  const [kind, id] = value.split(':');
  let f: Region | null = null;
  let title = '';
  if (kind === 'prov') {
    f = (data.provinces.features.find((p) => p.properties?.provCode === id) as Region) ?? null;
    title = String(f?.properties?.provName ?? id);
  } else if (kind === 'pref') {
    f = (data.prefectures.features.find((p) => p.properties?.prefCode === id) as Region) ?? null;
    title = String(f?.properties?.prefName ?? id);
  } else if (kind === 'county') {
    f = data.countyByAdcode.get(id) ?? null;
    title = String(f?.properties?.name ?? id);
  } else if (kind === 'user') {
    const [layerId, index] = [value.slice(5, value.lastIndexOf('#')), Number(value.slice(value.lastIndexOf('#') + 1))];
    const u = userLayers.find((x) => x.id === layerId);
    const feat = u?.data.features[index];
    if (u && feat && isRegionFeature(feat)) {
      f = feat;
      title = featureName(u, index);
    }
  } else if (kind === 'area') {
    const area = data.areas.find((a) => a.id === id);
    const polys = (area?.counties ?? []).map((c) => data.countyByAdcode.get(c)).filter((c): c is NonNullable<typeof c> => !!c);
    // Dissolve the area's counties into one region (shared borders vanish).
    f = polys.length > 1 ? (union(featureCollection(polys)) as Region | null) : (polys[0] ?? null);
    title = area?.name[lang] ?? id;
  }
  return f ? { feature: f, title, origin: kind === 'user' ? 'imported' : 'picked', ...(kind === 'user' ? {} : { ref: value }) } : null;
}

/** Show a region that was not drawn: the drawing cleared, the region outlined, the map over it. */
export function showRegion(f: Region): void {
  const { ctl } = getUi();
  ctl?.clearDrawing();
  setUi({ picked: f });
  ctl?.flyToBounds(bbox(f) as [number, number, number, number]);
}

/**
 * Hand the region the page's link named (see src/state/regionLink.ts) to the analysis, which
 * opens with it; a list value the data does not hold gives a notice and no region.
 */
export function openLinkRegion(data: AtlasData): void {
  const { linkRegion: link, lang } = getUi();
  if (!link) return;
  setUi({ linkRegion: null });
  if (link.kind === 'ref') {
    const r = regionOfChoice(data, [], link.ref, lang);
    if (!r) return setUi({ notice: t('linkRegionMissing', lang, { ref: link.ref }) });
    return analyseRegion(r);
  }
  const key = link.origin === 'circle' ? 'drawnCircle' : link.origin === 'drawn' ? 'drawnRegion' : 'linkRegion';
  analyseRegion({ feature: { type: 'Feature', properties: {}, geometry: link.geometry }, title: t(key, lang), origin: link.origin });
}
