/**
 * The selection's three forms (src/state/selection.ts): ids in the store, references in links,
 * resolved features for drawing. Checked against the generated data.
 */
import { describe, expect, it } from 'vitest';
import { fromRef, resolveSelection, selectionId, toRef } from '../../src/state/selection';
import { atlas } from './generatedData';
import { fields, layer, seats } from './userLayerFixture';

describe('selection as ids', () => {
  const data = atlas();
  const rec = data.catalog.features[0];
  const area = data.areas.find((a) => a.counties.length > 0)!;

  it('resolves each kind of id and turns the resolved selection back into the same ids', () => {
    const u = layer(seats, fields);
    const ids = [
      { kind: 'record', id: rec.properties.id },
      { kind: 'county', adcode: area.counties[0] },
      { kind: 'area', id: area.id, adcode: area.counties[0] },
      { kind: 'user', layerId: u.id, index: 1 },
    ] as const;
    for (const id of ids) {
      const resolved = resolveSelection(data, [u], id);
      expect(resolved.kind).toBe(id.kind);
      expect(selectionId(resolved)).toEqual(id);
    }
    const user = resolveSelection(data, [u], ids[3]);
    expect(user.kind === 'user' && user.name).toBe('西吉县');
    const a = resolveSelection(data, [], ids[2]);
    expect(a.kind === 'area' && a.feature.geometry).toBe(data.countyByAdcode.get(area.counties[0])!.geometry);
  });

  it('resolves ids the data lacks (a gone layer, an unknown record or county) to none', () => {
    expect(resolveSelection(data, [], { kind: 'user', layerId: 'user:gone', index: 0 })).toEqual({ kind: 'none' });
    expect(resolveSelection(data, [layer(seats, fields)], { kind: 'user', layerId: 'user:t1', index: 999 })).toEqual({ kind: 'none' });
    expect(resolveSelection(data, [], { kind: 'record', id: 'no-such-record' })).toEqual({ kind: 'none' });
    expect(resolveSelection(data, [], { kind: 'county', adcode: '000000' })).toEqual({ kind: 'none' });
    expect(resolveSelection(data, [], { kind: 'area', id: 'no-such-area', adcode: area.counties[0] })).toEqual({ kind: 'none' });
  });

  it('links carry plan selections only; a reference to missing data opens with nothing selected', () => {
    expect(toRef({ kind: 'user', layerId: 'user:t1', index: 0 })).toBeNull();
    expect(toRef({ kind: 'none' })).toBeNull();
    expect(toRef({ kind: 'record', id: rec.properties.id })).toEqual({ kind: 'record', id: rec.properties.id });
    expect(fromRef(data, { kind: 'record', id: rec.properties.id })).toEqual({ kind: 'record', id: rec.properties.id });
    expect(fromRef(data, { kind: 'record', id: 'gone' })).toEqual({ kind: 'none' });
    expect(fromRef(data, null)).toEqual({ kind: 'none' });
  });
});
