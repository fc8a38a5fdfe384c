/**
 * The basemap files around the admin geometry: foreign countries with the 南海断续线 (world.json),
 * river water areas and centrelines (rivers.json), and the first map's coarse copies of both
 * (world-first.json, rivers-first.json, ./firstMap.ts). They read only committed data and
 * npm data packages, nothing the county geometry gives, so the build makes them in a second
 * process (./secondCore.ts) while it cleans the counties: mapshaper is single-threaded and the
 * rivers take about a fifth of the build's CPU time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { Topology } from 'topojson-specification';
import { DATA_DIR, nodeModule, readJson } from './inputs';
import { nanhaiFeatures, type DashProperties, type NanhaiDashes } from './nanhai';
import { basemapCountries } from './world';
import { buildRivers, riverCenterlines } from './rivers';
import { firstMapRivers, firstMapWorld } from './firstMap';
import type { RiverFile } from './riverRoute';


/** world.json's content: countries (`polygons`) with their `labels`, and the dashes (`nanhai`). */
export interface WorldBase {
  polygons: FeatureCollection;
  labels: FeatureCollection<Point>;
  nanhai: FeatureCollection<LineString, DashProperties>;
}

/** The four basemap files' contents ({@link buildBasemap}). */
export interface Basemap {
  world: WorldBase;
  /** water areas (polygons) and centrelines (lines), told apart by geometry type */
  rivers: FeatureCollection;
  worldFirst: WorldBase;
  riversFirst: FeatureCollection;
  /** how many of `rivers` are water areas and centrelines, for the build report */
  counts: { riverAreas: number; centerlines: number };
}

/**
 * Builds the basemap files from data/admin (countries-zh.json, nanhai-dashes.json),
 * data/rivers/wdbii-china.json and the npm packages world-atlas (50m) and
 * @geo-maps/earth-rivers-500m.
 * @returns the contents of world.json, rivers.json, world-first.json and rivers-first.json
 * @throws DataBuildError on a bad dash record; Error from mapshaper when its commands fail
 */
export async function buildBasemap(): Promise<Basemap> {
  // 南海断续线 at its true position (data/admin/nanhai-dashes.json), drawn with the basemap
  const nanhai = nanhaiFeatures(readJson<NanhaiDashes>(join(DATA_DIR, 'admin/nanhai-dashes.json')));
  const world = { ...basemapCountries(readJson<Topology>(nodeModule('world-atlas/countries-50m.json')), readJson(join(DATA_DIR, 'admin/countries-zh.json'))), nanhai };
  const riverAreas = await buildRivers(readFileSync(nodeModule('@geo-maps/earth-rivers-500m/map.geo.json'), 'utf8'));
  const centerlines = await riverCenterlines(readJson<RiverFile>(join(DATA_DIR, 'rivers/wdbii-china.json')));
  const rivers: FeatureCollection = { type: 'FeatureCollection', features: [...riverAreas.features, ...centerlines.features] };
  return {
    world,
    rivers,
    worldFirst: await firstMapWorld(world),
    riversFirst: await firstMapRivers(rivers),
    counts: { riverAreas: riverAreas.features.length, centerlines: centerlines.features.length },
  };
}
