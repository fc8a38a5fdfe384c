/**
 * Decoder for ECharts' compressed GeoJSON ("UTF8Encoding": true), as written by
 * echarts-mapmaker and read by ECharts 4's `parseGeoJson` (echarts/src/coord/geo/parseGeoJson.js).
 *
 * Each ring is a string of character pairs; each pair is a zigzag-encoded delta (x, y) offset by
 * 64, starting from the ring's `encodeOffsets` entry; values are quantized to 1/`UTF8Scale`
 * degrees (default 1024).
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/**
 * Decode one encoded ring.
 * @param encoded ring string (two UTF-16 code units per vertex)
 * @param offset `[x0, y0]` quantized start, from `encodeOffsets`
 * @param scale quantization steps per degree (ECharts default 1024)
 * @returns ring as `[lon, lat]` degrees
 * @throws Error when the string has an odd length (corrupt input)
 */
export function decodeRing(encoded: string, offset: readonly [number, number], scale = 1024): Position[] {
  if (encoded.length % 2 !== 0) throw new Error(`encoded ring has odd length ${encoded.length}`);
  const out: Position[] = [];
  let prevX = offset[0];
  let prevY = offset[1];
  for (let i = 0; i < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    out.push([x / scale, y / scale]);
  }
  return out;
}

/**
 * Encode a ring the way echarts-mapmaker does; the inverse of {@link decodeRing}, used in tests.
 * @param ring `[lon, lat]` degrees; values are rounded to 1/scale
 * @returns `{ encoded, offset }`
 */
export function encodeRing(ring: Position[], scale = 1024): { encoded: string; offset: [number, number] } {
  const q = ring.map(([x, y]) => [Math.round(x * scale), Math.round(y * scale)] as const);
  const offset: [number, number] = [q[0][0], q[0][1]];
  let px = offset[0];
  let py = offset[1];
  let s = '';
  for (const [x, y] of q) {
    const dx = x - px;
    const dy = y - py;
    px = x;
    py = y;
    s += String.fromCharCode(((dx << 1) ^ (dx >> 31)) + 64, ((dy << 1) ^ (dy >> 31)) + 64);
  }
  return { encoded: s, offset };
}

interface EncodedCollection extends FeatureCollection {
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
}

/**
 * Decode a whole ECharts GeoJSON file in place-free fashion (returns a new collection).
 * Plain (unencoded) files are returned as they are.
 * @throws Error naming the feature when a geometry type other than Polygon/MultiPolygon is met
 */
export function decodeCollection(json: EncodedCollection): FeatureCollection {
  if (!json.UTF8Encoding) return json;
  const scale = json.UTF8Scale ?? 1024;
  const features: Feature[] = json.features.map((f) => {
    const g = f.geometry as Geometry & { encodeOffsets?: unknown };
    const offs = g.encodeOffsets as never;
    let geometry: Geometry;
    if (g.type === 'Polygon') {
      geometry = {
        type: 'Polygon',
        coordinates: (g.coordinates as unknown as string[]).map((r, i) => decodeRing(r, (offs as [number, number][])[i], scale)),
      };
    } else if (g.type === 'MultiPolygon') {
      geometry = {
        type: 'MultiPolygon',
        coordinates: (g.coordinates as unknown as string[][]).map((poly, i) =>
          poly.map((r, k) => decodeRing(r, (offs as [number, number][][])[i][k], scale)),
        ),
      };
    } else {
      throw new Error(`feature ${String(f.id ?? f.properties?.name)}: unsupported encoded geometry ${g.type}`);
    }
    return { type: 'Feature', id: f.id, properties: f.properties, geometry };
  });
  return { type: 'FeatureCollection', features };
}
