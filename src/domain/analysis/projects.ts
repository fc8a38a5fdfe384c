/**
 * Plan projects in a region through the catalog index: points by point-in-polygon, lines clipped
 * (./lineClip) with their inside length measured geodesically.
 */
import type { CatalogIndex } from './catalogIndex';
import { pathKm } from './geodesy';
import { clipLine } from './lineClip';
import type { ValidRegion } from './region';
import type { IndexedFeature, ProjectHit } from './types';

/**
 * A project's report row from its inside pieces (lines: polylines inside; points: `[[position]]`).
 * `kmInside` = Σ great-circle km of the pieces; `kmTotal` = the whole line's.
 */
export function projectHit(f: IndexedFeature, pieces: ProjectHit['pieces']): ProjectHit {
  const p = f.properties;
  const line = f.geometry.type === 'LineString';
  return {
    id: p.id, layer: p.layer, category: p.category, name_zh: p.name_zh, kind: line ? 'line' : 'point',
    kmInside: line ? pieces.reduce((s, piece) => s + pathKm(piece), 0) : 0,
    kmTotal: f.geometry.type === 'LineString' ? pathKm(f.geometry.coordinates) : 0,
    capacityMW: p.capacityMW, pieces,
  };
}

/** Projects with a point or a piece of line inside the region (outline included), in catalog order. */
export function indexedProjectHits(catalog: CatalogIndex, region: ValidRegion): ProjectHit[] {
  const hits: ProjectHit[] = [];
  for (const fi of catalog.featuresIn(...region.bbox)) {
    const f = catalog.features[fi];
    const g = f.geometry;
    if (g.type === 'Point') {
      if (region.edges.locate(g.coordinates[0], g.coordinates[1]) !== 'out') hits.push(projectHit(f, [[g.coordinates]]));
    } else {
      const pieces = clipLine(g.coordinates, region.edges);
      if (pieces.length > 0) hits.push(projectHit(f, pieces));
    }
  }
  return hits;
}
