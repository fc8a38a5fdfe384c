import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/domain/filters';
import { exportViews, importViews, type SavedView } from '../../src/state/views';

const base: SavedView = { id: 'a', title: 'A', note: '', camera: { center: [104, 35], zoom: 3 }, visible: { railway: true }, filters: NO_FILTERS, selection: null };

describe('saved views file', () => {
  it('exports and imports one JSON file', async () => {
    const l = [base, { ...base, id: 'b', selection: { kind: 'record' as const, id: 'air-wushan' } }];
    expect(await importViews(exportViews(l))).toEqual({ views: l });
  });

  it('keeps the time slider year of a view; a view saved before the slider has none; a year off the slider is refused', async () => {
    const l = [{ ...base, year: 2019 }, { ...base, id: 'b', year: null }, base];
    expect(await importViews(exportViews(l))).toEqual({ views: l });
    expect(await importViews(exportViews([{ ...base, year: 2031 }]))).toMatchObject({ error: { en: expect.stringMatching(/views\.0\.year/) } });
  });

  it('refuses bad files in both languages, saying where', async () => {
    expect(await importViews('{')).toMatchObject({ error: { en: expect.stringMatching(/^not valid JSON at line 1, column 2/), zh: expect.stringMatching(/^不是有效的 JSON：第 1 行第 2 列/) } });
    expect(await importViews('{"views": []}')).toMatchObject({ error: { en: expect.stringMatching(/planAtlasViews/), zh: expect.stringMatching(/^不是 Plan Atlas 视图文件：planAtlasViews/) } });
    const bad = JSON.parse(exportViews([base]));
    bad.views[0].camera.zoom = 99;
    const r = await importViews(JSON.stringify(bad));
    expect(r).toMatchObject({ error: { en: expect.stringMatching(/views\.0\.camera\.zoom/), zh: expect.stringMatching(/views\.0\.camera\.zoom：.*22/) } });
  });
});
