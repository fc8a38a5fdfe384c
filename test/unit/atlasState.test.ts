import { describe, expect, it } from 'vitest';
import { atlasReducer, initialState } from '../../src/state/atlasState';
import { defaultOrder, LAYERS } from '../../src/domain/layers/registry';

describe('atlas state', () => {
  it('orders layers areas, lines, points by default', () => {
    const o = defaultOrder();
    expect(o).toHaveLength(LAYERS.length);
    expect(o.indexOf('old-areas')).toBeLessThan(o.indexOf('railway'));
    expect(o.indexOf('railway')).toBeLessThan(o.indexOf('airport'));
  });

  it('moves a layer one place and not past either end', () => {
    const s = initialState();
    const first = s.order[0];
    const up = atlasReducer(s, { type: 'move-layer', id: first, delta: 1 });
    expect(up.order[1]).toBe(first);
    expect(atlasReducer(s, { type: 'move-layer', id: first, delta: -1 })).toBe(s);
    const last = s.order[s.order.length - 1];
    expect(atlasReducer(s, { type: 'move-layer', id: last, delta: 1 })).toBe(s);
  });

  it('clamps opacity to 0.1–1 and ignores unknown layers when toggling', () => {
    const s = initialState();
    expect(atlasReducer(s, { type: 'set-opacity', id: 'railway', opacity: 0 }).opacity.railway).toBe(0.1);
    expect(atlasReducer(s, { type: 'set-opacity', id: 'railway', opacity: 3 }).opacity.railway).toBe(1);
    expect(atlasReducer(s, { type: 'toggle-layer', id: 'nope' })).toBe(s);
    expect(atlasReducer(s, { type: 'toggle-layer', id: 'railway' }).visible.railway).toBe(!s.visible.railway);
  });
});
