/**
 * What a feature serves, from geometry computed at build time: the counties and special areas a
 * project touches, the projects in or near a county, and the projects serving a special area.
 */
import { distance } from '@turf/distance';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import centroid from '@turf/centroid';
import type { AtlasData } from './atlasData';
import type { CatalogFeature, CountyProperties } from './types';
import { DERIVED_AREA } from './areaGroups';
import { countyNameIn, prefectureNameIn } from './placeNames';

export interface ProjectReach {
  counties: number;
  /** the counties' names, in adcode order */
  countyNames: string[];
  /** the same in English (transliterated by the data build, see ./placeNames.ts; the Chinese name where none was made) */
  countyNamesEn: string[];
  /** the prefectures (地级行政区) those counties belong to, in order of first county */
  prefectures: string[];
  /** the same in English (transliterated by the data build; the Chinese name where none was made) */
  prefecturesEn: string[];
  /** area id → counties of that area touched */
  byArea: Record<string, number>;
  borderCounties: number;
}

/** Counties, prefectures and special areas a project touches. */
export function projectReach(data: AtlasData, r: CatalogFeature): ProjectReach {
  const cs = r.properties.computed.counties.map((a) => data.countyByAdcode.get(a)?.properties).filter((c): c is CountyProperties => !!c);
  return {
    counties: cs.length,
    countyNames: cs.map((c) => c.name),
    countyNamesEn: cs.map((c) => countyNameIn(c, 'en').text),
    prefectures: [...new Set(cs.map((c) => c.prefName))],
    prefecturesEn: [...new Set(cs.map((c) => prefectureNameIn(c, 'en').text))],
    byArea: r.properties.computed.areas,
    borderCounties: r.properties.computed.areas[DERIVED_AREA.borderCounties] ?? 0,
  };
}

export interface NearbyProject {
  record: CatalogFeature;
  /** 0 when the project lies in or crosses the county, else km from the county seat */
  km: number;
}

/**
 * Projects in a county or within `withinKm` of its seat (the polygon's centroid where the seat is
 * unknown), nearest first. Distances are geodesic (turf, haversine on a sphere of 6,371 km).
 */
export function projectsNear(data: AtlasData, adcode: string, withinKm = 50): NearbyProject[] {
  const county = data.countyByAdcode.get(adcode);
  if (!county) return [];
  const p = county.properties;
  const seat: [number, number] = p.seatLon !== null && p.seatLat !== null ? [p.seatLon, p.seatLat] : (centroid(county).geometry.coordinates as [number, number]);
  const out: NearbyProject[] = [];
  for (const r of data.catalog.features) {
    const inside = r.properties.computed.counties.includes(adcode);
    const km = inside ? 0 : r.geometry.type === 'Point' ? distance(seat, r.geometry.coordinates, { units: 'kilometers' }) : pointToLineDistance(seat, r.geometry, { units: 'kilometers' });
    if (km <= withinKm) out.push({ record: r, km: Math.round(km * 10) / 10 });
  }
  return out.sort((a, b) => a.km - b.km);
}

/** Projects touching at least one county of a special area, with how many of its counties. */
export function projectsServingArea(data: AtlasData, areaId: string): { record: CatalogFeature; counties: number }[] {
  return data.catalog.features
    .filter((r) => (r.properties.computed.areas[areaId] ?? 0) > 0)
    .map((record) => ({ record, counties: record.properties.computed.areas[areaId] }))
    .sort((a, b) => b.counties - a.counties);
}
