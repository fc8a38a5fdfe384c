import { afterEach, describe, expect, it } from 'vitest';
import type { Map as MlMap } from 'maplibre-gl';
import { installTestHandle, testHandle, type AtlasTestHandle } from './testHandle';

/** A stand-in for the MapLibre map (a library object, not ours): records the calls it gets. */
function fakeMap() {
  const calls: unknown[][] = [];
  const canvas = { id: 'canvas' };
  const map = {
    jumpTo: (o: unknown) => calls.push(['jumpTo', o]),
    project: (p: [number, number]) => ({ x: p[0] * 2, y: p[1] * 3, extra: 'point' }),
    unproject: (p: [number, number]) => ({ lng: p[0] / 2, lat: p[1] / 3, wrap: () => null }),
    getCanvas: () => canvas,
    getZoom: () => 7.5,
    getCenter: () => ({ lng: 109.9, lat: 31.1, toArray: () => [] }),
    isMoving: () => true,
    triggerRepaint: () => calls.push(['triggerRepaint']),
    getLayersOrder: () => ['sea', 'deck-layer-group-before:world-label', 'world-label'],
    getLayer: (id: string) => (id === 'selection-label' ? { id } : undefined),
    // each feature with its layer's layout evaluated for it: a plain string, or a Formatted (sections)
    queryRenderedFeatures: (o: { layers: string[] }) =>
      o.layers[0] === 'selection-label'
        ? [
            { properties: { name: '白鹤滩水电站' }, layer: { layout: { 'text-field': '白鹤滩水电站' } } },
            { properties: { name_zh: '四川省' }, layer: { layout: { 'text-field': { sections: [{ text: 'Sichuan' }, { text: '\n' }, { text: '四川省' }] } } } },
          ]
        : [],
    getSource: (id: string) => (id === 'county-highlight' ? { id } : undefined),
    // a feature split over two tiles comes back twice
    querySourceFeatures: (id: string) => (id === 'county-highlight' ? [{ properties: { role: 'selected', adcode: '513233' } }, { properties: { role: 'selected', adcode: '513233' } }, { properties: { role: 'hover', adcode: '510100' } }] : []),
  };
  return { map: map as unknown as MlMap, calls, canvas };
}

describe('AtlasTestHandle', () => {
  const g = globalThis as { window?: { __atlasMap?: AtlasTestHandle } };
  afterEach(() => delete g.window);

  it('calls the map method of the same name and returns plain values', () => {
    const { map, calls, canvas } = fakeMap();
    const h = testHandle(map);
    h.jumpTo({ center: [109.9, 31.1], zoom: 7 });
    h.triggerRepaint();
    expect(calls).toEqual([['jumpTo', { center: [109.9, 31.1], zoom: 7 }], ['triggerRepaint']]);
    expect(h.project([10, 20])).toEqual({ x: 20, y: 60 });
    expect(h.unproject([10, 30])).toEqual({ lng: 5, lat: 10 });
    expect(h.getCenter()).toEqual({ lng: 109.9, lat: 31.1 });
    expect(h.getZoom()).toBe(7.5);
    expect(h.isMoving()).toBe(true);
    expect(h.getCanvas()).toBe(canvas);
    // exactly what test/e2e uses, nothing of the map beyond it
    expect(h.styleLayerIds()).toEqual(['sea', 'deck-layer-group-before:world-label', 'world-label']);
    expect(h.renderedNames('selection-label')).toEqual(['白鹤滩水电站', '四川省']);
    expect(h.renderedTexts('selection-label')).toEqual(['白鹤滩水电站', 'Sichuan\n四川省']);
    expect(h.renderedTexts('no-such-layer')).toEqual([]);
    expect(h.renderedNames('no-such-layer')).toEqual([]);
    expect(h.countyState('513233')).toEqual({ selected: true });
    expect(h.countyState('110101')).toEqual({});
    expect(h.renderedCount(['selection-label', 'no-such-layer'])).toBe(2);
    expect(h.renderedCount(['no-such-layer'])).toBe(0);
    expect(h.deckLayerIds()).toEqual([]);
    expect(testHandle(map, () => ['analysis-region']).deckLayerIds()).toEqual(['analysis-region']);
    expect(Object.keys(h).sort()).toEqual(['countyState', 'deckLayerIds', 'drawnDetail', 'getCanvas', 'getCenter', 'getZoom', 'isMoving', 'jumpTo', 'project', 'renderedCount', 'renderedNames', 'renderedTexts', 'styleLayerIds', 'triggerRepaint', 'unproject']);
  });

  it('is installed as window.__atlasMap and removed only by the controller that installed it', () => {
    g.window = {};
    const first = testHandle(fakeMap().map);
    const second = testHandle(fakeMap().map);
    const removeFirst = installTestHandle(first);
    expect(g.window.__atlasMap).toBe(first);
    const removeSecond = installTestHandle(second);
    removeFirst(); // a newer map took the hook over: it stays
    expect(g.window.__atlasMap).toBe(second);
    removeSecond();
    expect(g.window.__atlasMap).toBeUndefined();
  });

  it('does nothing outside a browser', () => {
    expect(() => installTestHandle(testHandle(fakeMap().map))()).not.toThrow();
    expect(g.window).toBeUndefined();
  });
});
