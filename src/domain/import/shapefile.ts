/**
 * Zipped shapefile → GeoJSON with `shpjs` (reads .shp/.dbf, decodes .dbf text per its .cpg,
 * default UTF-8; reprojects to WGS84 with proj4 when a .prj is present; without a .prj the
 * numbers are returned as stored, and the projected-coordinate check then explains them).
 */
import { parseZip } from 'shpjs';
import { ImportError } from './errors';
import { issue, msg } from './messages';

/**
 * All layers of the archive as one FeatureCollection (layers in archive order; feature indices
 * count across layers).
 * @throws ImportError 'invalid-shapefile' (unreadable archive, .shp or .prj), 'empty'
 */
export async function shapefileToGeoJSON(bytes: Uint8Array): Promise<{ type: 'FeatureCollection'; features: unknown[] }> {
  let parsed: unknown;
  try {
    parsed = await parseZip(bytes as never);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new ImportError(issue('invalid-shapefile', 'error', msg.invalidShapefile({ en: `the archive or its .shp/.prj could not be read (${detail})`, zh: `无法读取压缩包或其中的 .shp/.prj（${detail}）` })));
  }
  const layers = (Array.isArray(parsed) ? parsed : [parsed]) as { features?: unknown[] }[];
  const features = layers.flatMap((l) => (Array.isArray(l?.features) ? l.features : []));
  if (!features.length) throw new ImportError(issue('empty', 'error', msg.emptyShapefile()));
  return { type: 'FeatureCollection', features };
}
