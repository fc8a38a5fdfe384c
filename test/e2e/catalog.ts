/** The generated catalog (public/generated/catalog.json), read once per test file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './fixtures';

export interface CatalogRecord {
  geometry: { type: string; coordinates: unknown };
  properties: { id: string; layer: string; name: string; action: string; citation: { quote: string }; computed: { areas: Record<string, number> } };
}

export const catalog = JSON.parse(readFileSync(join(ROOT, 'public/generated/catalog.json'), 'utf8')) as { features: CatalogRecord[] };

/** Catalog record by id. @throws Error for an unknown id */
export function record(id: string): CatalogRecord {
  const r = catalog.features.find((f) => f.properties.id === id);
  if (!r) throw new Error(`no catalog record ${id}`);
  return r;
}

/** Lon/lat of a point record. */
export const pointOf = (id: string) => record(id).geometry.coordinates as [number, number];
