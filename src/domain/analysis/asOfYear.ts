/**
 * A coverage report "as of year Y" (issue 14): its plan projects counted by their delivery state
 * in Y, its poverty counties by their state in Y, and how many of those counties have their seat
 * within N km of a railway in service in Y. Pure: reads a finished report, the catalog (with
 * `delivery`) and the poverty-county data; the report itself stays the plan's (every project).
 */
import { countPovertyStates, countProjectStates, seatsWithinKm, stateAtYear, type PovertyState, type ProjectState } from '../timeline';
import type { PovertyCounty } from '../poverty';
import type { Catalog } from '../types';
import type { CoverageReport } from './types';

export interface AsOfYear {
  year: number;
  /** the report's plan projects per state in `year` */
  projects: Record<ProjectState, number>;
  /** the report's poverty counties (units) per state in `year` */
  poverty: Record<PovertyState, number>;
  /** poverty counties (map units) of the report whose seat lies within `km` of a line of `layer` in service in `year` */
  seats: { layer: string; km: number; within: number; of: number; sharePct: number };
}

/**
 * @param report a finished coverage report
 * @param catalog every catalog record (lines outside the region count: a seat near a railway just outside is near it)
 * @param poverty the poverty counties
 * @param km the distance of the seat test, km (e.g. 50)
 * @param layer the catalog layer of the lines, default railway; only lines in service (or partly) in `year` count
 */
export function asOfYear(report: CoverageReport, catalog: Catalog, poverty: readonly PovertyCounty[], year: number, km: number, layer = 'railway'): AsOfYear {
  const ids = new Set(report.projects.map((p) => p.id));
  const records = catalog.features.filter((f) => ids.has(f.properties.id));
  const byAdcode = new Map(poverty.map((c) => [c.adcode, c]));
  const hits = report.counties.filter((c) => byAdcode.has(c.adcode));
  const counties = hits.map((c) => byAdcode.get(c.adcode)!);
  const lines = catalog.features
    .filter((f) => f.properties.layer === layer && f.geometry.type === 'LineString')
    .filter((f) => {
      const s = stateAtYear(f.properties.delivery, year);
      return s === 'in-service' || s === 'partial-service';
    })
    .map((f) => f.geometry.coordinates as number[][]);
  const within = seatsWithinKm(hits.map((c) => c.seat), lines, km);
  return {
    year,
    projects: countProjectStates(records, year),
    poverty: countPovertyStates(counties, year),
    seats: { layer, km, within, of: hits.length, sharePct: hits.length ? (within / hits.length) * 100 : 0 },
  };
}
