/**
 * A selection in its three forms: ids only (`SelectionId`, what the UI store keeps), the link
 * reference (`SelectionRef`, what URLs and saved views carry) and resolved against the data
 * (`Selection`, what the panels and the map draw).
 */
import type { AtlasData } from '../domain/atlasData';
import type { Selection, SelectionId, UserLayer } from '../domain/model';
import type { SelectionRef } from './urlState';
import { LAYERS } from '../domain/layers/registry';
import { userPick } from '../domain/userData';

const NONE = { kind: 'none' } as const;

/** The ids of a picked (or resolved) feature. */
export function selectionId(p: Selection): SelectionId {
  switch (p.kind) {
    case 'none':
      return NONE;
    case 'record':
      return { kind: 'record', id: p.record.properties.id };
    case 'county':
      return { kind: 'county', adcode: p.county.adcode };
    case 'area':
      return { kind: 'area', id: p.feature.properties.areaId, adcode: p.feature.properties.adcode };
    case 'user':
      return { kind: 'user', layerId: p.layerId, index: p.index };
  }
}

/** The link reference of a selection, or null for none. */
export function toRef(s: SelectionId): SelectionRef {
  // imported data lives in this browser only: a link or view cannot name it
  if (s.kind === 'none' || s.kind === 'user') return null;
  return s;
}

/** The ids a link reference names when the data has them, else none. */
export function fromRef(data: AtlasData, ref: SelectionRef): SelectionId {
  return selectionId(resolveSelection(data, [], ref ?? NONE));
}

/**
 * The selection `s` names, resolved against the atlas data and the imported layers; none when
 * they lack it (a gone layer, an unknown id).
 */
export function resolveSelection(data: AtlasData, userLayers: readonly UserLayer[], s: SelectionId): Selection {
  switch (s.kind) {
    case 'none':
      return NONE;
    case 'record': {
      const r = data.catalogById.get(s.id);
      return r ? { kind: 'record', record: r } : NONE;
    }
    case 'user': {
      const layer = userLayers.find((u) => u.id === s.layerId);
      return layer?.data.features[s.index] ? userPick(layer, s.index) : NONE;
    }
    case 'county': {
      const c = data.countyByAdcode.get(s.adcode);
      return c ? { kind: 'county', county: c.properties } : NONE;
    }
    case 'area':
      return resolveArea(data, s.id, s.adcode);
  }
}

/** County `adcode` of special area `id` as drawn on the map, or none. */
function resolveArea(data: AtlasData, id: string, adcode: string): Selection {
  const c = data.countyByAdcode.get(adcode);
  const area = data.areas.find((x) => x.id === id);
  if (!c || !area) return NONE;
  const areaIndex = data.areas.filter((x) => x.group === area.group).indexOf(area);
  return {
    kind: 'area',
    feature: {
      type: 'Feature',
      geometry: c.geometry,
      properties: { kind: 'area', layerId: LAYERS.find((l) => l.source.type === 'area' && l.source.group === area.group)?.id ?? area.group, areaId: area.id, areaName: area.name, areaIndex, adcode: c.properties.adcode, countyName: c.properties.name, countyNameEn: c.properties.nameEn },
    },
  };
}

