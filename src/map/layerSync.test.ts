/** LayerSync against a recording stand-in for the MapLibre map: adds once, sets only what changed, removes what left, moves on reorder. */
import { describe, expect, it } from 'vitest';
import type { LayerSpecification, Map as MlMap } from 'maplibre-gl';
import { LayerSync } from './layerSync';

function fakeMap() {
  const layers: string[] = ['labels'];
  const calls: string[] = [];
  const map = {
    getLayer: (id: string) => (layers.includes(id) ? { id } : undefined),
    addLayer: (spec: { id: string }, before: string) => {
      layers.splice(layers.indexOf(before), 0, spec.id);
      calls.push(`add ${spec.id}`);
    },
    removeLayer: (id: string) => {
      layers.splice(layers.indexOf(id), 1);
      calls.push(`remove ${id}`);
    },
    moveLayer: (id: string, before: string) => {
      layers.splice(layers.indexOf(id), 1);
      layers.splice(layers.indexOf(before), 0, id);
      calls.push(`move ${id}`);
    },
    setFilter: (id: string) => void calls.push(`filter ${id}`),
    setPaintProperty: (id: string, k: string, v: unknown) => void calls.push(`paint ${id} ${k}=${JSON.stringify(v)}`),
    setLayoutProperty: (id: string, k: string, v: unknown) => void calls.push(`layout ${id} ${k}=${JSON.stringify(v)}`),
  };
  return { map: map as unknown as MlMap, layers, calls };
}

const line = (id: string, width: number, extra: object = {}) => ({ id, type: 'line', source: 's', paint: { 'line-width': width, ...extra }, layout: { visibility: 'visible' } }) as LayerSpecification;

describe('LayerSync', () => {
  it('adds missing layers below beforeId in order, then sends only changed properties', () => {
    const { map, layers, calls } = fakeMap();
    const sync = new LayerSync();
    sync.apply(map, [line('a', 1), line('b', 2)], 'labels');
    expect(layers).toEqual(['a', 'b', 'labels']);
    calls.length = 0;
    sync.apply(map, [line('a', 1), line('b', 3)], 'labels');
    expect(calls).toEqual(['paint b line-width=3']);
    calls.length = 0;
    sync.apply(map, [line('a', 1), line('b', 3)], 'labels');
    expect(calls).toEqual([]);
  });

  it('resets a paint property the new spec leaves out, removes a layer no longer asked for, and reorders', () => {
    const { map, layers, calls } = fakeMap();
    const sync = new LayerSync();
    sync.apply(map, [line('a', 1, { 'line-dasharray': [4, 2] }), line('b', 2)], 'labels');
    calls.length = 0;
    sync.apply(map, [line('b', 2), line('a', 1)], 'labels');
    expect(calls).toContain('paint a line-dasharray=undefined');
    expect(layers).toEqual(['b', 'a', 'labels']);
    sync.apply(map, [line('a@by-year', 1)], 'labels');
    expect(layers).toEqual(['a@by-year', 'labels']);
  });
});
