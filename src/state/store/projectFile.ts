/**
 * The project file: everything the user keeps (layers, regions, reports, views) as one JSON
 * text, `{ "planAtlasProject": 1, "exportedAt": ISO, "layers": [...], "regions": [...],
 * "reports": [...], "views": [...] }`, values only (revs are per-browser bookkeeping).
 * Written compact (no indentation): layers can hold 100k+ features.
 */
import '../../domain/zodConfig';
import { z } from 'zod';
import type { Bilingual } from './errors';
import { locateJsonError } from '../../domain/jsonError';
import { ImportError, validateGeoJSON } from '../../domain/import';
import type { ImportIssue } from '../../domain/import/types';
import { STORE_KINDS, type StoreKind, type StoreValues } from './records';
import { VALUE_SCHEMAS } from './schemas';
import { describeIssue } from '../zodIssue';
import { nextViewOrder } from './records';
import type { AtlasStore, WriteBatch } from './store';

export const PROJECT_VERSION = 1;

export type ProjectFile = { planAtlasProject: typeof PROJECT_VERSION; exportedAt: string } & { [K in StoreKind]: StoreValues[K][] };

const ProjectSchema = z.object({
  planAtlasProject: z.literal(PROJECT_VERSION),
  exportedAt: z.string(),
  layers: z.array(VALUE_SCHEMAS.layers),
  regions: z.array(VALUE_SCHEMAS.regions),
  reports: z.array(VALUE_SCHEMAS.reports),
  views: z.array(VALUE_SCHEMAS.views),
});

/**
 * The whole store as project-file JSON (read in one transaction, so consistent across kinds;
 * corrupt records are left out, as in every list).
 * @throws StoreError 'unavailable' when the store cannot be read
 */
export async function exportProject(store: AtlasStore, now: Date = new Date()): Promise<string> {
  const all = await store.snapshot();
  const values = <K extends StoreKind>(k: K) => all[k].map((r) => r.value);
  const project: ProjectFile = {
    planAtlasProject: PROJECT_VERSION,
    exportedAt: now.toISOString(),
    layers: values('layers'),
    regions: values('regions'),
    reports: values('reports'),
    views: values('views'),
  };
  return JSON.stringify(project);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function fileError(en: string, zh: string): { error: Bilingual } {
  return { error: { en: `${en} Nothing was imported.`, zh: `${zh}未导入任何内容。` } };
}

/**
 * Read a project file. Never throws.
 * @returns the project, or `error` saying what is wrong and where: line/column for JSON
 *   syntax, the JSON path for a wrong shape (e.g. "layers.2.style.color: expected array, received string")
 */
export function parseProject(text: string): { project: ProjectFile } | { error: Bilingual } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // BOM from Windows editors
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    const at = locateJsonError(body);
    return at
      ? fileError(
          `Not a Plan Atlas project file: the JSON is malformed at line ${at.line}, column ${at.column} (${at.expected.en}).`,
          `不是有效的 Plan Atlas 项目文件：JSON 格式错误，位于第 ${at.line} 行第 ${at.column} 列（${at.expected.zh}）。`,
        )
      : fileError(`Not a Plan Atlas project file: the JSON is malformed (${(e as Error).message}).`, `不是有效的 Plan Atlas 项目文件：JSON 格式错误（${(e as Error).message}）。`);
  }
  if (!isObject(json)) return fileError('Not a Plan Atlas project file: expected a JSON object at the top.', '不是有效的 Plan Atlas 项目文件：顶层应为 JSON 对象。');
  if (!('planAtlasProject' in json)) {
    return 'planAtlasViews' in json
      ? fileError('This is a saved-views file, not a project file: import it from the views panel.', '这是视图文件，不是项目文件：请在视图面板中导入。')
      : fileError('Not a Plan Atlas project file: "planAtlasProject" is missing.', '不是有效的 Plan Atlas 项目文件：缺少“planAtlasProject”。');
  }
  if (json.planAtlasProject !== PROJECT_VERSION) {
    const v = JSON.stringify(json.planAtlasProject);
    return fileError(
      `Unsupported project file version ${v}: this Plan Atlas reads version ${PROJECT_VERSION}.`,
      `不支持的项目文件版本 ${v}：本 Plan Atlas 只能读取版本 ${PROJECT_VERSION}。`,
    );
  }
  const r = ProjectSchema.safeParse(json, { reportInput: true });
  if (!r.success) {
    const d = describeIssue(r.error.issues[0]);
    return fileError(`Not a valid Plan Atlas project file: ${d.en}.`, `Plan Atlas 项目文件内容无效：${d.zh}。`);
  }
  for (const kind of STORE_KINDS) {
    const first = new Map<string, number>();
    for (const [i, v] of r.data[kind].entries()) {
      const j = first.get(v.id);
      if (j !== undefined) {
        return fileError(
          `Not a valid Plan Atlas project file: ${kind}.${i}.id: "${v.id}" is also the id of ${kind}.${j}.`,
          `Plan Atlas 项目文件内容无效：${kind}.${i}.id：“${v.id}”与 ${kind}.${j} 的 id 重复。`,
        );
      }
      first.set(v.id, i);
    }
  }
  const bad = layerProblem(r.data.layers);
  return bad ?? { project: r.data };
}

/**
 * The first layer whose features fail the import checks (src/domain/import validateGeoJSON):
 * the schema reads features only one level deep, so positions like ["x", "y"] are caught here.
 * A layer is refused when the checks refuse it or would drop any of its features.
 */
function layerProblem(layers: ProjectFile['layers']): { error: Bilingual } | null {
  for (const [i, l] of layers.entries()) {
    let why: ImportIssue['message'] | undefined;
    try {
      const v = validateGeoJSON({ type: 'FeatureCollection', features: l.data.features });
      if (!v.ok || v.features.length !== l.data.features.length) why = (v.issues.find((x) => x.severity === 'error') ?? v.issues.find((x) => x.severity === 'warning') ?? v.issues[0])?.message;
    } catch (e) {
      why = e instanceof ImportError ? e.issue.message : { en: String(e), zh: String(e) };
    }
    if (why) return fileError(`Not a valid Plan Atlas project file: layers.${i} ("${l.title}"): ${why.en}`, `Plan Atlas 项目文件内容无效：layers.${i}（“${l.title}”）：${why.zh}`);
  }
  return null;
}

/** What an import did. */
export interface ProjectImport {
  /** records written, per kind (renamed ones included) */
  added: Record<StoreKind, number>;
  /** records whose id was taken by a different value and were stored under a new id */
  renamed: number;
  /** records identical to one already stored, not written again */
  unchanged: number;
  /** old → new id of each renamed record */
  renames: { kind: StoreKind; from: string; to: string }[];
}

/** Deep equality of JSON-like values; keys holding undefined count as absent. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (!isObject(a) || !isObject(b)) return false;
  const ka = Object.keys(a).filter((k) => a[k] !== undefined);
  const kb = Object.keys(b).filter((k) => b[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => k in b && sameJson(a[k], b[k]));
}

/** The value without the fields that may differ between copies of the same record. */
function comparable(kind: StoreKind, v: object): object {
  if (kind !== 'views') return v;
  const { order: _order, ...rest } = v as StoreValues['views'];
  return rest;
}

/** `id-2`, `id-3` … : the first id not stored (records put earlier in this batch count as stored). */
async function freeId(w: WriteBatch, kind: StoreKind, id: string): Promise<string> {
  for (let n = 2; ; n++) if (!(await w.has(kind, `${id}-${n}`))) return `${id}-${n}`;
}

/**
 * Add a parsed project's records to `store`, all in one transaction across kinds: a failure
 * (quota, storage error) leaves the store exactly as it was. An id already stored with the
 * same value is skipped; with a different value the imported record gets a new id (`id-2` …)
 * and nothing stored is overwritten. Imported views are appended after the stored ones, in
 * their file order.
 * @param mode only 'merge' (add beside what is stored) for now
 * @throws StoreError 'quota' | 'unavailable' | 'invalid'
 */
export async function importProject(store: AtlasStore, project: ProjectFile, mode: 'merge' = 'merge'): Promise<ProjectImport> {
  void mode; // the only mode so far; callers name it so a 'replace' mode can come without ambiguity
  const total = STORE_KINDS.reduce((s, k) => s + project[k].length, 0);
  return store.batch({ en: `the imported project (${total} records)`, zh: `导入的项目（${total} 条记录）` }, async (w) => {
    const out: ProjectImport = { added: { layers: 0, regions: 0, reports: 0, views: 0 }, renamed: 0, unchanged: 0, renames: [] };
    let order = nextViewOrder(await w.list('views'));
    const importKind = async <K extends StoreKind>(kind: K, values: StoreValues[K][]) => {
      for (const original of values) {
        let value = original;
        if (await w.has(kind, value.id)) {
          const stored = await w.get(kind, value.id);
          if (stored && sameJson(comparable(kind, stored.value), comparable(kind, value))) {
            out.unchanged++;
            continue;
          }
          const to = await freeId(w, kind, value.id);
          out.renames.push({ kind, from: value.id, to });
          out.renamed++;
          value = { ...value, id: to };
        }
        if (kind === 'views') value = { ...value, order: order++ };
        await w.put(kind, value, null);
        out.added[kind]++;
      }
    };
    await importKind('layers', project.layers);
    await importKind('regions', project.regions);
    await importKind('reports', project.reports);
    await importKind('views', [...project.views].sort((a, b) => a.order - b.order));
    return out;
  });
}
