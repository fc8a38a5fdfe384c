/**
 * The IndexedDB store, project file and localStorage migration, on fake-indexeddb: a fresh
 * IDBFactory per test (no state shared), two stores on one factory standing for two tabs.
 */
import * as fake from 'fake-indexeddb';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { NO_FILTERS } from '../../src/domain/filters';
import {
  exportProject,
  importProject,
  locateJsonError,
  migrateLocalStorageViews,
  openAtlasStore,
  parseProject,
  StoreError,
  type AtlasStore,
  type CorruptRecord,
  type OpenOptions,
  type StoreChange,
  type StoreValues,
} from '../../src/state/store';
import { STORAGE_KEY, exportViews, type SavedView } from '../../src/state/views';

// idb checks `instanceof IDBRequest` etc. against globals; give it fake-indexeddb's classes
// but no global `indexedDB`, so each test must pass its own factory.
const IDB_CLASSES = ['IDBCursor', 'IDBCursorWithValue', 'IDBDatabase', 'IDBIndex', 'IDBKeyRange', 'IDBObjectStore', 'IDBOpenDBRequest', 'IDBRequest', 'IDBTransaction'] as const;
beforeAll(() => {
  for (const c of IDB_CLASSES) vi.stubGlobal(c, fake[c]);
});
afterAll(() => vi.unstubAllGlobals());

let opened: AtlasStore[] = [];
let dbCount = 0;
afterEach(() => {
  for (const s of opened) s.close();
  opened = [];
  vi.restoreAllMocks();
});

/** A fresh factory and database name; `open(tab)` opens one more "tab" on it. */
function fresh() {
  const factory = new fake.IDBFactory();
  const name = `atlas-test-${++dbCount}`;
  return {
    factory,
    name,
    open: async (tabId: string, extra: Partial<OpenOptions> = {}) => {
      const s = await openAtlasStore({ name, tabId, indexedDB: factory, ...extra });
      opened.push(s);
      return s;
    },
  };
}

const square = (x: number, y: number, d = 1): StoreValues['regions']['region'] => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Polygon', coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]] },
});

function layer(id: string, n = 2, title = '公路'): StoreValues['layers'] {
  const features = Array.from({ length: n }, (_, i) => ({
    type: 'Feature' as const,
    properties: { name: `p${i}`, v: i },
    geometry: { type: 'Point' as const, coordinates: [100 + (i % 10) / 10, 30 + i / n] },
  }));
  return {
    id,
    title,
    createdAt: '2026-11-02T08:00:00.000Z',
    style: { color: [200, 60, 20], field: null },
    data: {
      name: 'roads',
      fileName: 'roads.geojson',
      format: 'geojson',
      features,
      fields: [{ name: 'name', type: 'string', count: n, values: [], distinct: n }],
      bbox: [100, 30, 101, 31],
      kinds: { point: n, line: 0, polygon: 0 },
      vertexCount: n,
      applied: [],
      sourceBytes: 1234,
    },
  };
}
const region = (id: string): StoreValues['regions'] => ({ id, title: '秦巴', createdAt: '2026-11-02T08:00:00.000Z', region: square(106, 32), origin: 'picked' });
const report = (id: string): StoreValues['reports'] => ({
  id,
  title: '秦巴 coverage',
  createdAt: '2026-11-02T08:00:00.000Z',
  region: square(106, 32),
  options: { within: [{ layer: 'railway', km: 30 }] },
  report: {
    region: { areaKm2: 11700.5, perimeterKm: 432.1, bbox: [106, 32, 107, 33] },
    counties: [{ adcode: '610902', name: '汉滨区', provName: '陕西省', areaKm2: 3652, insideKm2: 100, sharePct: 2.7, areaIds: ['qinba'], seat: [109.02, 32.69], seatSource: 'seat' }],
    areas: [],
    groups: [],
    projects: [],
    layers: [],
    airports: [],
    imported: [],
    importedLayers: [],
    within: [],
    nearest: [{ adcode: '610902', name: '汉滨区', from: [109.02, 32.69], fromSource: 'seat', km: { railway: 3.2, airport: null }, featureId: { railway: 'rail-1', airport: null } }],
  },
});
const view = (id: string, order: number, title = id): StoreValues['views'] => ({
  id,
  title,
  note: '',
  camera: { center: [104, 35], zoom: 4 },
  visible: { railway: true },
  filters: NO_FILTERS,
  selection: null,
  order,
});

/** A raw connection (no store, no idb) standing for another program or build. */
const openRaw = (factory: IDBFactory, name: string, version?: number) =>
  new Promise<IDBDatabase>((resolve) => {
    const r = factory.open(name, version);
    r.onsuccess = () => resolve(r.result);
  });

/** A Storage stand-in over a Map. */
function memoryStorage(init: Record<string, string> = {}) {
  const m = new Map(Object.entries(init));
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), map: m };
}

/**
 * A tiny quota: a put whose value is over `limitChars` of JSON fails as a browser's does,
 * the request erroring with QuotaExceededError, which aborts the transaction with that error
 * (`sync`: the put call itself throws instead).
 */
function tinyQuota(limitChars: number, mode: 'request' | 'sync' | 'commit' = 'request') {
  const original = fake.IDBObjectStore.prototype.put;
  return vi.spyOn(fake.IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    if (JSON.stringify(value).length <= limitChars) return original.call(this, value, key);
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    if (mode === 'sync') throw quota;
    const tx = this.transaction as unknown as { _execRequestAsync(r: { operation: () => never; source: unknown }): IDBRequest; _abort(name: string): void };
    if (mode === 'commit') {
      // the browser aborts the whole transaction: the request fails with AbortError, tx.error says why
      const request = original.call(this, value, key);
      tx._abort('QuotaExceededError');
      return request;
    }
    // fake-indexeddb's own request queue: a failing operation aborts the transaction with its error name
    return tx._execRequestAsync({
      operation: () => {
        throw quota;
      },
      source: this,
    });
  });
}

/** The StoreError `p` rejects with (the test fails if it resolves). */
async function rejection(p: Promise<unknown>): Promise<StoreError> {
  const e = await p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(e).toBeInstanceOf(StoreError);
  return e as StoreError;
}

/** Resolves with the first change `store` hears of. */
const nextChange = (store: AtlasStore, own = false) => new Promise<StoreChange>((resolve) => store.subscribe(resolve, { own }));

describe('AtlasStore', () => {
  it('round-trips each kind with a rev, time and tab', async () => {
    const s = await fresh().open('tab-a', { now: () => new Date('2026-11-02T10:42:00Z') });
    const values = { layers: layer('l1'), regions: region('r1'), reports: report('p1'), views: view('v1', 0) };
    for (const [kind, value] of Object.entries(values) as [keyof typeof values, never][]) {
      const rec = await s.put(kind, value, null);
      expect(rec).toMatchObject({ id: (value as { id: string }).id, rev: 1, updatedAt: '2026-11-02T10:42:00.000Z', tab: 'tab-a' });
      expect((await s.get(kind, rec.id))?.value).toEqual(value);
      expect((await s.list(kind)).map((r) => r.value)).toEqual([value]);
    }
    const again = await s.put('views', { ...values.views, title: 'renamed' }, 1);
    expect(again.rev).toBe(2);
    await s.delete('views', 'v1', 2);
    expect(await s.get('views', 'v1')).toBeUndefined();
    await s.delete('views', 'v1'); // absent already: no error
  });

  it('survives a reload (close, reopen on the same factory)', async () => {
    const t = fresh();
    const a = await t.open('tab-a');
    await a.put('layers', layer('l1', 500), null);
    await a.put('reports', report('p1'), null);
    a.close();
    const b = await t.open('tab-b');
    const layers = await b.list('layers');
    expect(layers).toHaveLength(1);
    expect(layers[0].value.data.features).toHaveLength(500);
    expect(layers[0].value.data.features[499].properties).toEqual({ name: 'p499', v: 499 });
    expect((await b.get('reports', 'p1'))?.value.report.counties[0].name).toBe('汉滨区');
  });

  it('lists views by order, not by id or insertion', async () => {
    const s = await fresh().open('tab-a');
    await s.put('views', view('a', 2), null);
    await s.put('views', view('b', 0), null);
    await s.put('views', view('c', 1), null);
    expect((await s.list('views')).map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });

  it('refuses a stale write from a second tab and keeps the first', async () => {
    const t = fresh();
    const a = await t.open('tab-a', { now: () => new Date(2026, 10, 2, 10, 42) });
    const b = await t.open('tab-b');
    await a.put('views', view('v', 0, '陕甘宁'), null);
    const seenByB = await b.get('views', 'v');
    expect(seenByB?.rev).toBe(1);
    await a.put('views', { ...view('v', 0, '陕甘宁'), note: 'from A' }, 1);

    const se = await rejection(b.put('views', { ...view('v', 0, '陕甘宁'), note: 'from B' }, seenByB!.rev));
    expect(se.code).toBe('conflict');
    expect(se.message).toBe(
      'Not saved: another tab changed view "陕甘宁" at 10:42 (revision 2; this tab had revision 1). Nothing was overwritten: keep theirs (reload), or save again to overwrite with yours.',
    );
    expect(se.text.zh).toMatch(/另一个标签页已于 10:42 修改了视图“陕甘宁”/);
    expect(se.current).toMatchObject({ rev: 2, tab: 'tab-a', value: { note: 'from A' } });
    expect((await a.get('views', 'v'))?.value.note).toBe('from A');

    // creating what exists, deleting what changed: refused too
    await expect(b.put('views', view('v', 0), null)).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/another tab created view "v"|another tab created view "陕甘宁"/) });
    await expect(b.delete('views', 'v', 1)).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/^Not deleted: another tab changed/) });
    // saving over a record another tab deleted
    await a.delete('views', 'v');
    await expect(b.put('views', view('v', 0), 2)).rejects.toMatchObject({ code: 'conflict', current: null, message: expect.stringMatching(/another tab deleted view "v"/) });
    // overwrite-with-mine: the UI retries with the rev from the conflict
    await a.put('views', view('v', 0, 'A again'), null);
    const conflict = await rejection(b.put('views', view('v', 0, 'B wins'), 5));
    expect((await b.put('views', view('v', 0, 'B wins'), conflict.current!.rev)).rev).toBe(2);
  });

  it('tells other tabs about committed writes, not about its own unless asked', async () => {
    const t = fresh();
    const a = await t.open('tab-a');
    const b = await t.open('tab-b');
    const heardByB = nextChange(b);
    const heardByAItself = nextChange(a, true);
    const heardByANotOwn = vi.fn();
    a.subscribe(heardByANotOwn);
    await a.put('regions', region('r1'), null);
    expect(await heardByB).toEqual({ kind: 'regions', id: 'r1', rev: 1, tab: 'tab-a', op: 'put', db: t.name });
    expect(await heardByAItself).toMatchObject({ id: 'r1', op: 'put' });
    const deleted = nextChange(b);
    await a.delete('regions', 'r1');
    expect(await deleted).toMatchObject({ id: 'r1', rev: 1, op: 'delete' });
    expect(heardByANotOwn).not.toHaveBeenCalled();
  });

  it('a full quota leaves earlier data untouched and says so (request error aborting the transaction)', async () => {
    const s = await fresh().open('tab-a');
    await s.put('layers', layer('small', 2), null);
    await s.put('views', view('v', 0), null);
    tinyQuota(5_000);
    const err = await rejection(s.put('layers', layer('big', 2000, '全国铁路'), null));
    expect(err.code).toBe('quota');
    expect(err.message).toBe(
      `Not saved: this site's browser storage is full, so layer "全国铁路" could not be saved. What was saved before is untouched. Delete layers or reports you no longer need, or export the project to a file, then try again.`,
    );
    expect(err.text.zh).toMatch(/^未保存：本网站的浏览器存储空间已满，图层“全国铁路”未能保存。此前保存的内容没有改动。/);
    vi.restoreAllMocks();
    expect((await s.list('layers')).map((r) => r.id)).toEqual(['small']);
    expect(await s.get('views', 'v')).toMatchObject({ rev: 1 });
  });

  it('a quota error in the middle of a batch commits none of it (put throwing)', async () => {
    const s = await fresh().open('tab-a');
    await s.put('views', view('v', 0, 'before'), null);
    tinyQuota(5_000, 'sync');
    const batch = s.batch({ en: 'two records', zh: '两条记录' }, async (w) => {
      await w.put('views', view('v', 0, 'after'), 1); // fits
      await w.put('layers', layer('big', 2000), null); // does not
    });
    await expect(batch).rejects.toMatchObject({ code: 'quota', message: expect.stringMatching(/so two records could not be saved/) });
    vi.restoreAllMocks();
    expect(await s.get('views', 'v')).toMatchObject({ rev: 1, value: { title: 'before' } });
    expect(await s.list('layers')).toEqual([]);
  });

  it('a transaction aborted for quota (request seeing only AbortError) is reported as quota', async () => {
    const s = await fresh().open('tab-a');
    await s.put('regions', region('r1'), null);
    tinyQuota(10, 'commit');
    await expect(s.put('regions', region('r2'), null)).rejects.toMatchObject({ code: 'quota', message: expect.stringMatching(/^Not saved: this site's browser storage is full, so region "秦巴" could not be saved\./) });
    vi.restoreAllMocks();
    expect((await s.list('regions')).map((r) => r.id)).toEqual(['r1']);
  });

  it('refuses invalid values with their path, writing nothing', async () => {
    const s = await fresh().open('tab-a');
    const bad = { ...view('v', 0), camera: { center: [104, 35], zoom: 99 } } as StoreValues['views'];
    await expect(s.put('views', bad, null)).rejects.toMatchObject({ code: 'invalid', message: expect.stringMatching(/^Not saved: view "v" is not valid data \(camera\.zoom: .*\)\. What was saved before is untouched\.$/) });
    const badLayer = layer('l', 3);
    (badLayer.data.features[2] as { geometry: unknown }).geometry = { type: 'GeometryCollection', geometries: [] };
    await expect(s.put('layers', badLayer, null)).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining('data.features.2.geometry: expected a geometry of type Point') });
    expect(await s.list('views')).toEqual([]);
  });

  it('skips and reports a corrupt record instead of failing the list', async () => {
    const t = fresh();
    const corrupt: CorruptRecord[] = [];
    const s = await t.open('tab-a', { onCorrupt: (c) => corrupt.push(c) });
    await s.put('views', view('good', 0), null);
    // another program (or an older build) wrote a damaged record
    const raw = await openRaw(t.factory, t.name);
    await new Promise<void>((resolve) => {
      const tx = raw.transaction(['views', 'layers'], 'readwrite');
      tx.objectStore('views').put({ id: 'bad', rev: 1, updatedAt: 'x', tab: 't', value: { ...view('bad', 1), camera: { center: 'nowhere' } } });
      tx.objectStore('views').put({ id: 'worse', value: 42 });
      tx.objectStore('layers').put({ id: 'l', rev: 1, updatedAt: 'x', tab: 't', value: { ...layer('l'), data: { ...layer('l').data, features: 'none' } } });
      tx.oncomplete = () => resolve();
    });
    raw.close();
    expect((await s.list('views')).map((r) => r.id)).toEqual(['good']);
    expect(corrupt.map((c) => [c.id, c.problem.en])).toEqual([
      ['bad', expect.stringMatching(/^value\.camera\.center: expected tuple/)],
      ['worse', 'record envelope (id, rev, updatedAt, tab) is damaged'],
    ]);
    expect(await s.list('layers')).toEqual([]);
    expect(corrupt[2].problem.en).toBe('value.data.features: expected an array of GeoJSON features');
    expect(await s.get('views', 'bad')).toBeUndefined();
  });

  it('reads a region saved before regions kept their origin by its title, once, in the reader', async () => {
    const t = fresh();
    const s = await t.open('tab-a');
    // what an older build wrote: no origin; the drawing tools' titles started with ✎
    const { origin: _, ...old } = region('r-drawn');
    const raw = await openRaw(t.factory, t.name);
    await new Promise<void>((resolve) => {
      const tx = raw.transaction(['regions'], 'readwrite');
      tx.objectStore('regions').put({ id: 'r-drawn', rev: 1, updatedAt: 'x', tab: 't', value: { ...old, title: '✎ 绘制区域 (2026/11/30 10:00:00)' } });
      tx.objectStore('regions').put({ id: 'r-picked', rev: 1, updatedAt: 'x', tab: 't', value: { ...old, id: 'r-picked', title: '六安市' } });
      tx.oncomplete = () => resolve();
    });
    raw.close();
    expect((await s.list('regions')).map((r) => [r.id, r.value.origin])).toEqual([['r-drawn', 'drawn'], ['r-picked', 'picked']]);
    // an older project file reads the same way
    const file = { planAtlasProject: 1, exportedAt: '', layers: [], regions: [{ ...old, id: 'f', title: '✎ circle r=50 km' }], reports: [], views: [] };
    const parsed = parseProject(JSON.stringify(file));
    expect('project' in parsed && parsed.project.regions.map((r) => r.origin)).toEqual(['circle']);
  });

  it('says storage is unavailable when there is no IndexedDB or opening fails', async () => {
    await expect(openAtlasStore({ name: 'x' })).rejects.toMatchObject({
      code: 'unavailable',
      message:
        'Browser storage (IndexedDB) is not available (this browser gives the page no IndexedDB). Your work is kept only in this tab and is lost when it closes; export the project to a file to keep it.',
    });
    const throwing = { open: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } } as unknown as IDBFactory;
    await expect(openAtlasStore({ indexedDB: throwing })).rejects.toMatchObject({ code: 'unavailable', message: expect.stringContaining('(SecurityError: The operation is insecure.)') });
    // a newer build already upgraded the database: this one cannot open it
    const t = fresh();
    (await openRaw(t.factory, t.name, 99)).close();
    await expect(t.open('tab-a')).rejects.toMatchObject({ code: 'unavailable', message: expect.stringMatching(/^Browser storage \(IndexedDB\) is not available \(VersionError/) });
  });

  it('lets a newer version upgrade and then says why writes fail', async () => {
    const t = fresh();
    const s = await t.open('tab-a');
    (await openRaw(t.factory, t.name, 2)).close();
    await expect(s.put('views', view('v', 0), null)).rejects.toMatchObject({ code: 'unavailable', message: expect.stringContaining('a newer version of Plan Atlas opened in another tab; reload this tab') });
  });
});

describe('project file', () => {
  async function filled(t: ReturnType<typeof fresh>) {
    const s = await t.open('tab-a');
    await s.put('layers', layer('l1', 50), null);
    await s.put('regions', region('r1'), null);
    await s.put('reports', report('p1'), null);
    await s.put('views', view('v1', 0), null);
    await s.put('views', view('v2', 1), null);
    return s;
  }

  it('exports and imports into a fresh database with equal values', async () => {
    const src = await filled(fresh());
    const text = await exportProject(src, new Date('2026-11-02T10:00:00Z'));
    expect(text.startsWith('{"planAtlasProject":1,"exportedAt":"2026-11-02T10:00:00.000Z"')).toBe(true);
    const parsed = parseProject(text);
    if (!('project' in parsed)) throw new Error(parsed.error.en);
    const dst = await fresh().open('tab-b');
    expect(await importProject(dst, parsed.project, 'merge')).toEqual({ added: { layers: 1, regions: 1, reports: 1, views: 2 }, renamed: 0, unchanged: 0, renames: [] });
    for (const kind of ['layers', 'regions', 'reports', 'views'] as const) {
      expect((await dst.list(kind)).map((r) => r.value)).toEqual((await src.list(kind)).map((r) => r.value));
    }
    // importing the same file again changes nothing
    expect(await importProject(dst, parsed.project, 'merge')).toMatchObject({ added: { layers: 0, regions: 0, reports: 0, views: 0 }, unchanged: 5 });
  });

  it('renames a record whose id is taken by a different value, appending views', async () => {
    const s = await filled(fresh());
    const parsed = parseProject(await exportProject(s));
    if (!('project' in parsed)) throw new Error(parsed.error.en);
    await s.put('views', { ...view('v1', 0), title: 'edited here' }, 1);
    await s.put('regions', { ...region('r1-2'), title: 'taken' }, null);
    await s.put('regions', { ...region('r1'), title: 'edited here' }, 1);
    const r = await importProject(s, parsed.project, 'merge');
    expect(r).toEqual({
      added: { layers: 0, regions: 1, reports: 0, views: 1 },
      renamed: 2,
      unchanged: 3,
      renames: [
        { kind: 'regions', from: 'r1', to: 'r1-3' },
        { kind: 'views', from: 'v1', to: 'v1-2' },
      ],
    });
    expect((await s.get('regions', 'r1'))?.value.title).toBe('edited here');
    expect((await s.list('views')).map((v) => [v.id, v.value.title])).toEqual([
      ['v1', 'edited here'],
      ['v2', 'v2'],
      ['v1-2', 'v1'],
    ]);
  });

  it('imports all or nothing: a quota error leaves the store as it was', async () => {
    const s = await filled(fresh());
    const before = await exportProject(s, new Date(0));
    const project = { planAtlasProject: 1 as const, exportedAt: '', layers: [layer('huge', 3000)], regions: [region('r9')], reports: [], views: [view('v9', 0)] };
    tinyQuota(20_000);
    await expect(importProject(s, project, 'merge')).rejects.toMatchObject({ code: 'quota', message: expect.stringContaining('so the imported project (3 records) could not be saved. What was saved before is untouched.') });
    vi.restoreAllMocks();
    expect(await exportProject(s, new Date(0))).toBe(before);
  });

  it('explains malformed files: JSON syntax with line and column, version, shape with path', () => {
    const bad = (text: string) => {
      const r = parseProject(text);
      if (!('error' in r)) throw new Error('accepted');
      return r.error;
    };
    expect(bad('{\n  "planAtlasProject": 1,\n}').en).toBe(
      `Not a Plan Atlas project file: the JSON is malformed at line 3, column 1 (expected a property name in double quotes, found "}"). Nothing was imported.`,
    );
    expect(bad('{"planAtlasProject": 1, "layers": [').en).toMatch(/at line 1, column 36 \(expected a value or ']', found the end of the file\)/);
    expect(bad('{"planAtlasProject": 1, "layers": [').zh).toMatch(/^不是有效的 Plan Atlas 项目文件：JSON 格式错误，位于第 1 行第 36 列（应为一个值或“]”，实际为文件结尾）。未导入任何内容。$/);
    expect(bad('[1, 2]').en).toBe('Not a Plan Atlas project file: expected a JSON object at the top. Nothing was imported.');
    expect(bad('{"layers": []}').en).toBe('Not a Plan Atlas project file: "planAtlasProject" is missing. Nothing was imported.');
    expect(bad(exportViews([])).en).toMatch(/saved-views file, not a project file/);
    expect(bad('{"planAtlasProject": 2}').en).toBe('Unsupported project file version 2: this Plan Atlas reads version 1. Nothing was imported.');

    const good = { planAtlasProject: 1, exportedAt: 'x', layers: [layer('a'), layer('b'), layer('c')], regions: [], reports: [], views: [] };
    const wrongColor = structuredClone(good) as unknown as { layers: { style: { color: unknown } }[] };
    wrongColor.layers[2].style.color = '#ff0000';
    expect(bad(JSON.stringify(wrongColor)).en).toBe('Not a valid Plan Atlas project file: layers.2.style.color: expected tuple, received string. Nothing was imported.');
    expect(bad(JSON.stringify(wrongColor)).zh).toMatch(/^Plan Atlas 项目文件内容无效：layers\.2\.style\.color：/);
    const noRegions: Record<string, unknown> = structuredClone(good);
    delete noRegions.regions;
    expect(bad(JSON.stringify(noRegions)).en).toMatch(/: regions: expected array, received undefined\./);
    const dup = { ...good, views: [view('v', 0), view('w', 1), view('v', 2)] };
    expect(bad(JSON.stringify(dup)).en).toBe('Not a valid Plan Atlas project file: views.2.id: "v" is also the id of views.0. Nothing was imported.');
  });

  it('reads a file with a byte-order mark', () => {
    expect(parseProject('\uFEFF{"planAtlasProject":1,"exportedAt":"","layers":[],"regions":[],"reports":[],"views":[]}')).toHaveProperty('project');
  });

  it('locates JSON errors the way an editor counts', () => {
    expect(locateJsonError('{"a": 1}')).toBeNull();
    expect(locateJsonError('{"a": "x\ny"}')).toMatchObject({ line: 1, column: 9 });
    expect(locateJsonError('{"a": 01}')).toMatchObject({ line: 1, column: 8, expected: { en: `expected ',' or '}', found "1"` } });
    expect(locateJsonError("{'a': 1}")).toMatchObject({ column: 2 });
    expect(locateJsonError('[1,\n 2,\n tru]')).toMatchObject({ line: 3, column: 2 });
  });
});

describe('migration of localStorage views', () => {
  const old: SavedView[] = [view('a', 0, 'first'), view('b', 0, 'second')].map(({ order: _o, ...v }) => v);

  it('moves the views after any already stored, then clears localStorage; runs once', async () => {
    const s = await fresh().open('tab-a');
    await s.put('views', view('x', 0), null);
    const storage = memoryStorage({ [STORAGE_KEY]: exportViews(old), other: 'kept' });
    expect(await migrateLocalStorageViews(s, storage)).toEqual({ migrated: 2, skipped: 0, cleared: true });
    expect((await s.list('views')).map((v) => [v.id, v.value.order, v.value.title])).toEqual([
      ['x', 0, 'x'],
      ['a', 1, 'first'],
      ['b', 2, 'second'],
    ]);
    expect(storage.map.has(STORAGE_KEY)).toBe(false);
    expect(storage.map.get('other')).toBe('kept');
    expect(await migrateLocalStorageViews(s, storage)).toEqual({ migrated: 0, skipped: 0, cleared: false });
  });

  it('keeps the stored copy of a view migrated already (two tabs at once)', async () => {
    const t = fresh();
    const a = await t.open('tab-a');
    const b = await t.open('tab-b');
    const storage = memoryStorage({ [STORAGE_KEY]: exportViews(old) });
    const copy = memoryStorage({ [STORAGE_KEY]: exportViews(old) });
    const [ra, rb] = await Promise.all([migrateLocalStorageViews(a, storage), migrateLocalStorageViews(b, copy)]);
    expect(ra.migrated + rb.migrated).toBe(2);
    expect(ra.skipped + rb.skipped).toBe(2);
    expect((await a.list('views')).map((v) => v.id)).toEqual(['a', 'b']);
  });

  it('leaves localStorage alone when the entry is unreadable or the write fails', async () => {
    const s = await fresh().open('tab-a');
    const broken = memoryStorage({ [STORAGE_KEY]: '{"planAtlasViews": 1, "views": [{"id": 3}]}' });
    const r = await migrateLocalStorageViews(s, broken);
    expect(r).toMatchObject({ migrated: 0, cleared: false, error: { en: expect.stringMatching(/^Saved views of an earlier version could not be read \(.*views\.0\.id.*\); they were left in place\.$/) } });
    expect(broken.map.has(STORAGE_KEY)).toBe(true);

    const storage = memoryStorage({ [STORAGE_KEY]: exportViews(old) });
    tinyQuota(10);
    await expect(migrateLocalStorageViews(s, storage)).rejects.toMatchObject({ code: 'quota', message: expect.stringContaining('so 2 saved views moved from an earlier version could not be saved') });
    vi.restoreAllMocks();
    expect(storage.map.has(STORAGE_KEY)).toBe(true);
    expect(await s.list('views')).toEqual([]);
  });
});
