/** TopoJSON → GeoJSON features with `topojson-client`'s `feature()`, every object in turn. */
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { ImportError } from './errors';
import { issue, msg, type Text } from './messages';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const invalid = (detail: Text) => new ImportError(issue('invalid-topojson', 'error', msg.invalidTopojson(detail)));

/**
 * Decodes every object of a Topology (arcs, quantization and delta encoding resolved) into one
 * GeoJSON FeatureCollection, objects in their key order; feature indices count across objects.
 * @throws ImportError 'invalid-topojson' (missing objects/arcs, broken arc references), 'empty'
 */
export function topologyToGeoJSON(json: Record<string, unknown>): { type: 'FeatureCollection'; features: unknown[] } {
  if (!isObj(json.objects)) throw invalid({ en: '“objects” is missing or not an object', zh: '缺少“objects”或其不是对象' });
  if (!Array.isArray(json.arcs)) throw invalid({ en: '“arcs” is missing or not an array', zh: '缺少“arcs”或其不是数组' });
  const features: unknown[] = [];
  for (const [name, object] of Object.entries(json.objects)) {
    if (!isObj(object) || typeof object.type !== 'string') throw invalid({ en: `object “${name}” has no type`, zh: `对象“${name}”没有 type` });
    try {
      const fc = feature(json as unknown as Topology, object as never) as unknown as { type: string; features?: unknown[] };
      if (fc.type === 'FeatureCollection') features.push(...(fc.features ?? []));
      else features.push(fc);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      throw invalid({ en: `object “${name}” cannot be decoded (${detail}); its arcs or transform may be broken`, zh: `对象“${name}”无法解码（${detail}），其 arcs 或 transform 可能有误` });
    }
  }
  if (!features.length) throw new ImportError(issue('empty', 'error', msg.emptyTopology()));
  return { type: 'FeatureCollection', features };
}
