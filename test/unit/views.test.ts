import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/domain/filters';
import { addView, deleteView, exportViews, importViews, loadViews, moveView, renameView, saveViews, type SavedView } from '../../src/state/views';

const base: Omit<SavedView, 'id'> = { title: 'A', note: '', camera: { center: [104, 35], zoom: 3 }, visible: { railway: true }, filters: NO_FILTERS, selection: null };

describe('saved views', () => {
  it('adds, renames, reorders and deletes', () => {
    let l = addView([], base, 'a');
    l = addView(l, { ...base, title: 'B' }, 'b');
    l = addView(l, { ...base, title: 'C' }, 'c');
    l = moveView(l, 'c', -2);
    expect(l.map((v) => v.id)).toEqual(['c', 'a', 'b']);
    expect(moveView(l, 'b', 5).map((v) => v.id)).toEqual(['c', 'a', 'b']);
    l = renameView(l, 'a', '陕甘宁', '铁路');
    expect(l[1]).toMatchObject({ title: '陕甘宁', note: '铁路' });
    expect(deleteView(l, 'c').map((v) => v.id)).toEqual(['a', 'b']);
  });

  it('exports and imports one JSON file', () => {
    const l = addView(addView([], base, 'a'), { ...base, selection: { kind: 'record', id: 'air-wushan' } }, 'b');
    expect(importViews(exportViews(l))).toEqual({ views: l });
  });

  it('refuses bad files with a message saying where', () => {
    expect(importViews('{')).toMatchObject({ error: expect.stringMatching(/not valid JSON/) });
    expect(importViews('{"views": []}')).toMatchObject({ error: expect.stringMatching(/planAtlasViews/) });
    const bad = JSON.parse(exportViews(addView([], base, 'a')));
    bad.views[0].camera.zoom = 99;
    expect(importViews(JSON.stringify(bad))).toMatchObject({ error: expect.stringMatching(/views\.0\.camera\.zoom/) });
  });

  it('persists through storage and survives a full or broken store', () => {
    const mem = new Map<string, string>();
    const storage = { getItem: (k: string) => mem.get(k) ?? null, setItem: (k: string, v: string) => void mem.set(k, v) };
    const l = addView([], base, 'a');
    expect(saveViews(storage, l)).toBeNull();
    expect(loadViews(storage)).toEqual(l);
    const full = { setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(saveViews(full, l)).toMatch(/could not be saved.*Quota/);
    expect(loadViews({ getItem: () => 'garbage' })).toEqual([]);
  });
});
