/**
 * 南海断续线 (the South China Sea dash line) at its true position, from the authored centrelines
 * of data/admin/nanhai-dashes.json (each dash with its source, see that file's `sources` and
 * `accuracy`), as line features for the generated world.json (`nanhai`).
 */
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import { DataBuildError } from './errors';

/** One dash: its number along the line, where it lies, its centreline and the source key. */
export interface Dash {
  n: number;
  near: string;
  /** `[lon, lat]` degrees, WGS84, in order along the dash */
  line: Position[];
  /** a key of {@link NanhaiDashes.sources} */
  source: string;
  check?: { source: string; midpointKm?: number; hausdorffKm?: number; note?: string };
}

export interface NanhaiDashes {
  about: string;
  sources: Record<string, string>;
  accuracy: string;
  dashes: Dash[];
}

/** Properties of each built dash feature. */
export interface DashProperties {
  name_zh: '南海断续线';
  name_en: 'South China Sea dash line';
  n: number;
  near: string;
  source: string;
}

/**
 * The dashes as one LineString feature each, named 南海断续线, carrying the dash number, where it
 * lies and its source's text.
 * @throws DataBuildError for a dash with fewer than 2 points, a point outside 100–130°E 0–30°N,
 *   a source key that `sources` lacks, or dash numbers other than 1…N in order
 */
export function nanhaiFeatures(rules: NanhaiDashes): FeatureCollection<LineString, DashProperties> {
  const features = rules.dashes.map((d, i): Feature<LineString, DashProperties> => {
    if (d.n !== i + 1) throw new DataBuildError(`nanhai-dashes: dash ${i + 1} is numbered ${d.n}`);
    if (d.line.length < 2) throw new DataBuildError(`nanhai-dashes: dash ${d.n} needs ≥ 2 points, has ${d.line.length}`);
    for (const [lon, lat] of d.line) {
      if (!(lon >= 100 && lon <= 130 && lat >= 0 && lat <= 30)) throw new DataBuildError(`nanhai-dashes: dash ${d.n} has [${lon}, ${lat}], outside 100–130°E 0–30°N`);
    }
    const source = rules.sources[d.source];
    if (!source) throw new DataBuildError(`nanhai-dashes: dash ${d.n} names source "${d.source}", which sources lacks`);
    return {
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: d.line.map(([x, y]) => [x, y]) },
      properties: { name_zh: '南海断续线', name_en: 'South China Sea dash line', n: d.n, near: d.near, source },
    };
  });
  return { type: 'FeatureCollection', features };
}
