/** Converting between a selection (with its data) and its id-only reference (for links and views). */
import type { AtlasData } from '../domain/atlasData';
import type { Selection } from '../domain/model';
import type { SelectionRef } from './urlState';
import { LAYERS } from '../domain/layers/registry';

/** The id-only reference of a selection, or null for none. */
export function toRef(s: Selection): SelectionRef {
  switch (s.kind) {
    case 'none':
      return null;
    case 'record':
      return { kind: 'record', id: s.record.properties.id };
    case 'county':
      return { kind: 'county', adcode: s.county.adcode };
    case 'area':
      return { kind: 'area', id: s.feature.properties.areaId, adcode: s.feature.properties.adcode };
    case 'user':
      // imported data lives in this browser only: a link or view cannot name it
      return null;
  }
}

/** The selection a reference names, or none when the data lacks it. */
export function resolveRef(data: AtlasData, ref: SelectionRef): Selection {
  if (!ref) return { kind: 'none' };
  if (ref.kind === 'record') {
    const r = data.catalogById.get(ref.id);
    return r ? { kind: 'record', record: r } : { kind: 'none' };
  }
  const c = data.countyByAdcode.get(ref.adcode);
  if (!c) return { kind: 'none' };
  if (ref.kind === 'county') return { kind: 'county', county: c.properties };
  const a = data.areas.findIndex((x) => x.id === ref.id);
  if (a < 0) return { kind: 'none' };
  const area = data.areas[a];
  const areaIndex = data.areas.filter((x) => x.group === area.group).indexOf(area);
  return {
    kind: 'area',
    feature: {
      type: 'Feature',
      geometry: c.geometry,
      properties: { kind: 'area', layerId: LAYERS.find((l) => l.source.type === 'area' && l.source.group === area.group)?.id ?? area.group, areaId: area.id, areaName: area.name, areaIndex, adcode: c.properties.adcode, countyName: c.properties.name },
    },
  };
}
