/**
 * The basemap files around the admin geometry: foreign countries with the 南海断续线 (world.json),
 * river water areas and centrelines (rivers.json), and the first map's coarse copies of both
 * (world-first.json, rivers-first.json, ./firstMap.ts). They read only committed data and
 * npm data packages, nothing the county geometry gives, so the build can make them in a process
 * of their own ({@link buildBasemapInChild}) while it cleans the counties: mapshaper is
 * single-threaded and the rivers take about a fifth of the build's CPU time.
 */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { Topology } from 'topojson-specification';
import { DataBuildError } from './errors';
import { DATA_DIR, ROOT } from './inputs';
import { nanhaiFeatures, type DashProperties, type NanhaiDashes } from './nanhai';
import { basemapCountries } from './world';
import { buildRivers, riverCenterlines } from './rivers';
import { firstMapRivers, firstMapWorld } from './firstMap';
import type { RiverFile } from './riverRoute';

const nm = (p: string) => join(ROOT, 'node_modules', p);
const readJson = <T>(p: string): T => JSON.parse(readFileSync(p, 'utf8')) as T;

/** world.json's content: countries (`polygons`) with their `labels`, and the dashes (`nanhai`). */
export interface WorldBase {
  polygons: FeatureCollection;
  labels: FeatureCollection<Point>;
  nanhai: FeatureCollection<LineString, DashProperties>;
}

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
  const world = { ...basemapCountries(readJson<Topology>(nm('world-atlas/countries-50m.json')), readJson(join(DATA_DIR, 'admin/countries-zh.json'))), nanhai };
  const riverAreas = await buildRivers(readFileSync(nm('@geo-maps/earth-rivers-500m/map.geo.json'), 'utf8'));
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

/** What ./basemapChild.ts sends back: the basemap and its own seconds, or the error it met. */
export type BasemapMessage = { basemap: Basemap; seconds: number } | { error: { message: string; stack?: string; dataBuild: boolean } };

/**
 * {@link buildBasemap} in a child process (./basemapChild.ts, started with this process's Node
 * options, so under tsx as the build is), to run on the second core beside the county work. The
 * result comes back by structured clone (IPC `serialization: 'advanced'`), so it is the same
 * objects, key order included, as a call in this process gives.
 * @returns the basemap and the seconds the child spent building it
 * @throws DataBuildError or Error with the child's message when it failed, Error when it exited
 *   without an answer
 */
export function buildBasemapInChild(): Promise<{ basemap: Basemap; seconds: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./basemapChild.ts', import.meta.url)), { serialization: 'advanced' });
    let answered = false;
    child.once('message', (m: BasemapMessage) => {
      answered = true;
      if ('basemap' in m) return resolve(m);
      const e = m.error.dataBuild ? new DataBuildError(m.error.message) : new Error(m.error.message);
      if (m.error.stack) e.stack = m.error.stack;
      reject(e);
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (!answered) reject(new Error(`the basemap process exited with ${signal ?? `code ${code}`} before it answered`));
    });
  });
}
