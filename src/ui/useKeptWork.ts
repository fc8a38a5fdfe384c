/**
 * The user's own work for the page: imported layers (import flow included), saved regions,
 * reports and views, and the project file — each action a write through the store hook
 * (./useAtlasStore), with its outcome told through `notify`. No map or layout code here.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { CoverageOptions, CoverageReport } from '../domain/analysis';
import type { ImportOptions } from '../domain/import/types';
import { defaultUserColor, newUserLayerId } from '../map/userLayers';
import type { Lang } from '../state/atlasState';
import { newId } from '../domain/ids';
import { StoreError } from '../state/store/errors';
import type { StoredRegion, StoredReport } from '../state/store/records';
import type { AnalysisRegion, UserLayer, UserLayerStyle } from '../domain/model';
import { nextViewOrder } from '../state/store/records';
import type { SavedView } from '../state/views';
import type { LastImport } from './importChoices';
import { t } from './i18n';
import { useAtlasStore } from './useAtlasStore';
import { useImport } from './useImport';

/** Id of the region record that always holds the latest finished drawing. */
const LAST_DRAWN = 'last-drawn';

const now = () => new Date().toISOString();

interface Options {
  lang: Lang;
  /** a message for the user (already in `lang`) */
  notify: (text: string) => void;
  /** an import started: show its progress */
  onImportStart: () => void;
  /** show a new layer's extent `[w, s, e, n]` degrees */
  flyTo: (bbox: [number, number, number, number]) => void;
}

export function useKeptWork({ lang, notify, onImportStart, flyTo }: Options) {
  const langRef = useRef(lang);
  // read by the store's messages, which come after render
  useLayoutEffect(() => {
    langRef.current = lang;
  }, [lang]);
  const kept = useAtlasStore(
    (m) => notify(m[langRef.current]),
    (kind) => notify(`${t('otherTabChanged', langRef.current)}: ${kind}`),
  );
  const importer = useImport();
  const [lastImport, setLastImport] = useState<LastImport | null>(null);
  const { layers: layerRecords, views: viewRecords, regions: regionRecords, reports: reportRecords } = kept.lists;
  const views = useMemo(() => viewRecords.map((r) => r.value), [viewRecords]);
  const userLayers = useMemo(() => layerRecords.map((r) => r.value), [layerRecords]);

  const byId = <T extends { id: string }>(list: T[], id: string): T | null => list.find((r) => r.id === id) ?? null;
  const saved = (title: string) => (ok: boolean) => ok && notify(`${t('saved', lang)}: ${title}`);

  /** Import `file`; a re-run of the same file (a fix accepted, columns chosen) replaces the layer it gave. */
  const importFile = async (file: File, options: ImportOptions) => {
    onImportStart();
    const replaces = lastImport && lastImport.file === file ? lastImport.layerId : null;
    setLastImport({ file, options, outcome: null, layerId: replaces });
    const outcome = await importer.run(file, options);
    let layerId = replaces;
    if (outcome.ok) {
      const prev = replaces ? byId(layerRecords, replaces) : null;
      const layer: UserLayer = prev
        ? { ...prev.value, data: outcome.data }
        : { id: newUserLayerId(), title: userLayers.some((u) => u.title === outcome.data.name) ? outcome.data.fileName : outcome.data.name, data: outcome.data, style: { color: [...defaultUserColor(userLayers.length)], field: null }, createdAt: now() };
      if (await kept.put('layers', layer, prev)) {
        layerId = layer.id;
        flyTo(outcome.data.bbox);
      } else {
        outcome.issues.push({ code: 'internal', severity: 'error', message: { zh: '图层未能保存（见上方提示），地图上已有的内容不变。', en: 'The layer could not be kept (see the notice above); nothing on the map changed.' } });
      }
    }
    setLastImport({ file, options, outcome, layerId });
  };

  const layer = {
    style: (l: UserLayer, style: UserLayerStyle) => void kept.put('layers', { ...l, style }, byId(layerRecords, l.id)),
    rename: (l: UserLayer, title: string) => void kept.put('layers', { ...l, title }, byId(layerRecords, l.id)),
    remove: (l: UserLayer) => {
      const r = byId(layerRecords, l.id);
      if (r) void kept.remove('layers', r);
    },
  };

  const region = {
    save: (r: AnalysisRegion) => void kept.put('regions', { id: newId('r'), title: r.title, region: r.feature, origin: r.origin, createdAt: now() }, null).then(saved(r.title)),
    /** the latest finished drawing, kept at once under one id (whatever another tab kept there) */
    keepDrawn: (r: AnalysisRegion) => void kept.put('regions', { id: LAST_DRAWN, title: `${r.title} (${new Date().toLocaleString()})`, region: r.feature, origin: r.origin, createdAt: now() }, null, true),
    remove: (r: StoredRegion) => {
      const rec = byId(regionRecords, r.id);
      if (rec) void kept.remove('regions', rec);
    },
  };

  const report = {
    save: (r: { feature: Feature<Polygon | MultiPolygon>; title: string }, options: CoverageOptions, rep: CoverageReport) =>
      void kept.put('reports', { id: newId('p'), title: r.title, region: r.feature, options, report: rep, createdAt: now() }, null).then(saved(r.title)),
    remove: (r: StoredReport) => {
      const rec = byId(reportRecords, r.id);
      if (rec) void kept.remove('reports', rec);
    },
  };

  const view = {
    add: (v: Omit<SavedView, 'id'>) => void kept.put('views', { ...v, id: newId('v'), order: nextViewOrder(viewRecords) }, null),
    /** views from a views file, after the present ones; ids already here are skipped */
    addAll: async (list: SavedView[]) => {
      let order = nextViewOrder(viewRecords);
      for (const v of list.filter((x) => !views.some((y) => y.id === x.id))) if (!(await kept.put('views', { ...v, order: order++ }, null))) return;
    },
    rename: (id: string, title: string, note?: string) => {
      const r = byId(viewRecords, id);
      if (r) void kept.put('views', { ...r.value, title, note: note ?? r.value.note }, r);
    },
    remove: (id: string) => {
      const r = byId(viewRecords, id);
      if (r) void kept.remove('views', r);
    },
    /** swap the list positions of view `id` and its neighbour `delta` places away */
    move: async (id: string, delta: number) => {
      const i = viewRecords.findIndex((r) => r.id === id);
      const j = i + delta;
      if (i < 0 || j < 0 || j >= viewRecords.length) return;
      const a = viewRecords[i], b = viewRecords[j];
      if (await kept.put('views', { ...a.value, order: b.value.order }, a)) await kept.put('views', { ...b.value, order: a.value.order }, b);
    },
  };

  const project = {
    export: async (download: (blob: Blob, name: string) => void) => {
      const store = await kept.whenOpen();
      if (!store) return notify(t('storageMemory', lang));
      // loaded on use: the project reader carries the import checks, kept out of the first bundle
      const { exportProject } = await import('../state/store/projectFile');
      download(new Blob([await exportProject(store)], { type: 'application/json' }), `plan-atlas-project-${now().slice(0, 10)}.json`);
    },
    import: async (file: File) => {
      const store = await kept.whenOpen();
      if (!store) return notify(t('storageMemory', lang));
      const { importProject, parseProject } = await import('../state/store/projectFile');
      const parsed = parseProject(await file.text());
      if ('error' in parsed) return notify(`${file.name}: ${parsed.error[lang]}`);
      try {
        const r = await importProject(store, parsed.project);
        await kept.reload();
        const n = Object.values(r.added).reduce((a, b) => a + b, 0);
        notify(
          lang === 'zh'
            ? `${file.name}：已导入 ${n} 项（其中 ${r.renamed} 项因编号重复而改名），${r.unchanged} 项已存在、未重复导入`
            : `${file.name}: ${n} item${n === 1 ? '' : 's'} imported (${r.renamed} renamed because their id was taken); ${r.unchanged} already here and skipped`,
        );
      } catch (e) {
        notify(`${file.name}: ${e instanceof StoreError ? e.text[lang] : String(e)}`);
      }
    },
  };

  return { kept, importer, lastImport, importFile, views, userLayers, layer, region, report, view, project };
}
