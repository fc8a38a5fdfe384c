/**
 * Counties in a region through the index: candidate parts from the part tree, placed by outline
 * tests (./classify); only parts the region's outline crosses get an overlap area — from their
 * boundary pieces (./overlapArea), or where the outlines touch, by an exact clip (./clip).
 */
import { partsIn, type AnalysisIndex, type CountyEntry } from './analysisIndex';
import { placePart } from './classify';
import { overlapKm2 } from './clip';
import { overlapAreaKm2 } from './overlapArea';
import type { ValidRegion } from './region';
import type { CountyHit } from './types';

/**
 * A county's report row from its inside area (km²); share = inside / area × 100, clamped to
 * [0, 100] (rounding can overshoot by ~1e-12).
 */
function countyHit(c: CountyEntry, insideKm2: number): CountyHit {
  const { adcode, name, provName } = c.props;
  const sharePct = c.areaKm2 > 0 ? Math.min(100, Math.max(0, (insideKm2 / c.areaKm2) * 100)) : 0;
  return { adcode, name, provName, areaKm2: c.areaKm2, insideKm2: Math.min(insideKm2, c.areaKm2), sharePct, areaIds: c.areaIds, seat: c.seat, seatSource: c.seatSource };
}

/**
 * Counties with more than `minInsideKm2` of their area inside the region, by adcode.
 * A part wholly inside counts its whole geodesic area; a crossed part its overlap area; a county
 * whose every part is inside, its stored area (share exactly 100%).
 */
export function indexedCountyHits(index: AnalysisIndex, region: ValidRegion, minInsideKm2: number): CountyHit[] {
  const inside = new Map<number, number>();
  /** per county, how many of its parts lie wholly inside */
  const whole = new Map<number, number>();
  for (const item of partsIn(index, region.bbox)) {
    const [ci, pi] = index.partOwner[item];
    const part = index.partEdges(item), bbox = index.partBbox[item];
    const place = placePart(region.edges, part, bbox);
    if (place === 'outside') continue;
    const c = index.counties[ci];
    if (place === 'inside') whole.set(ci, (whole.get(ci) ?? 0) + 1);
    const km2 = place === 'inside'
      ? c.partAreasKm2[pi]
      : (overlapAreaKm2(part, region.edges, region.edges.search(...bbox)) ?? overlapKm2([c.parts[pi]], region.polygons, bbox));
    inside.set(ci, (inside.get(ci) ?? 0) + km2);
  }
  // a county all of whose parts are inside takes its stored area as is (share exactly 100%),
  // not the parts' areas summed in the tree's order (which can differ in the last bit)
  for (const [ci, n] of whole) if (n === index.counties[ci].parts.length) inside.set(ci, index.counties[ci].areaKm2);
  return [...inside]
    .filter(([, km2]) => km2 > minInsideKm2)
    .map(([ci, km2]) => countyHit(index.counties[ci], km2))
    .sort((a, b) => a.adcode.localeCompare(b.adcode));
}

/**
 * Whether any county part is inside or crossed by the region (stops at the first): false for a
 * region wholly outside China, which `coverageReport` refuses as 'outside-china'.
 * @param region a region checked by `validateRegion` (./region)
 */
export function touchesAnyCounty(index: AnalysisIndex, region: ValidRegion): boolean {
  return partsIn(index, region.bbox).some((item) => placePart(region.edges, index.partEdges(item), index.partBbox[item]) !== 'outside');
}
