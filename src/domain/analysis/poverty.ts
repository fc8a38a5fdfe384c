/**
 * Poverty counties in a coverage report: how many of the 832 lie in the region (number, km²
 * inside, share of the region), by designation and by exit batch, and how many have their seat
 * within N km of each distance layer of the report. Pure: reads a finished report and the
 * poverty-county data. Every figure says whether any county under it rests on derived or
 * recollected facts.
 */
import type { Designation, EvidenceLevel, PovertyCounty, PovertyData } from '../poverty';
import { weakest } from '../poverty';
import type { CoverageReport } from './types';

/** A count of poverty-county units with km² inside and the weakest evidence under it. */
export interface PovertyTally {
  /** county units (海西's one map unit counts 3) */
  counties: number;
  insideKm2: number;
  /** the weakest evidence level of the facts the tally rests on */
  evidence: EvidenceLevel;
  /** units whose fact behind this tally is derived / recollected */
  derived: number;
  recollection: number;
}

export interface PovertyWithin {
  layer: string;
  km: number;
  /** poverty counties (map units) of the region whose seat lies within `km` */
  within: number;
  /** poverty counties (map units) of the region: the denominator */
  of: number;
  sharePct: number;
  evidence: EvidenceLevel;
}

export interface PovertyRow {
  adcode: string;
  name: string;
  designation: Designation;
  key: boolean | null;
  area: string | null;
  exitYear: number;
  insideKm2: number;
  sharePct: number;
  evidence: EvidenceLevel;
}

export interface PovertyCoverage {
  total: PovertyTally;
  /** total.insideKm2 / region area × 100 */
  regionSharePct: number;
  /** poverty counties / counties of the report × 100 */
  countySharePct: number;
  byDesignation: Record<Designation, PovertyTally>;
  /** 片区 counties whose 重点县 status is not established (counted under 'pianqu') */
  keyUnknown: number;
  byExitYear: Record<string, PovertyTally>;
  within: PovertyWithin[];
  rows: PovertyRow[];
}

function tally(cs: { c: PovertyCounty; insideKm2: number }[], fact: 'membership' | 'designation' | 'exitYear'): PovertyTally {
  const units = (l: EvidenceLevel) => cs.filter((x) => x.c.facts[fact].level === l || x.c.facts.membership.level === l).reduce((s, x) => s + x.c.units, 0);
  return {
    counties: cs.reduce((s, x) => s + x.c.units, 0),
    insideKm2: cs.reduce((s, x) => s + x.insideKm2, 0),
    evidence: weakest(cs.flatMap((x) => [x.c.facts.membership.level, x.c.facts[fact].level])),
    derived: units('derived'),
    recollection: units('recollection'),
  };
}

/**
 * @param report a finished coverage report
 * @param poverty the poverty-county data
 */
export function povertyCoverage(report: CoverageReport, poverty: PovertyData): PovertyCoverage {
  const by = new Map(poverty.counties.map((c) => [c.adcode, c]));
  const hits = report.counties.flatMap((h) => {
    const c = by.get(h.adcode);
    return c ? [{ c, insideKm2: h.insideKm2, sharePct: h.sharePct, seat: h.seat }] : [];
  });
  const total = tally(hits, 'membership');
  const designations: Designation[] = ['key', 'pianqu', 'both'];
  const years = [...new Set(poverty.counties.map((c) => c.exitYear))].sort();
  const seatWithin = (layer: string, km: number) => {
    const w = report.within.find((x) => x.layer === layer && x.km === km);
    if (!w) return 0;
    // byArea holds, per special area, the report's counties in it and how many have their seat within km;
    // the poverty counties are the areas `poverty-exit-<year>`, one per batch, so their sum is exact.
    return Object.entries(w.byArea).filter(([id]) => id.startsWith('poverty-exit-')).reduce((s, [, v]) => s + v.within, 0);
  };
  return {
    total,
    regionSharePct: report.region.areaKm2 > 0 ? Math.min(100, (total.insideKm2 / report.region.areaKm2) * 100) : 0,
    countySharePct: report.counties.length ? (hits.length / report.counties.length) * 100 : 0,
    byDesignation: Object.fromEntries(designations.map((d) => [d, tally(hits.filter((x) => x.c.designation === d), 'designation')])) as Record<Designation, PovertyTally>,
    keyUnknown: hits.filter((x) => x.c.key === null).reduce((s, x) => s + x.c.units, 0),
    byExitYear: Object.fromEntries(years.map((y) => [String(y), tally(hits.filter((x) => x.c.exitYear === y), 'exitYear')])),
    // map units here (海西's three 行委 are one unit with one seat), so `of` is the region's poverty map units
    within: report.within.map((w) => {
      const within = seatWithin(w.layer, w.km);
      return { layer: w.layer, km: w.km, within, of: hits.length, sharePct: hits.length ? (within / hits.length) * 100 : 0, evidence: total.evidence };
    }),
    rows: hits.map((x) => ({ adcode: x.c.adcode, name: x.c.name, designation: x.c.designation, key: x.c.key, area: x.c.area, exitYear: x.c.exitYear, insideKm2: x.insideKm2, sharePct: x.sharePct, evidence: x.c.evidence })),
  };
}
