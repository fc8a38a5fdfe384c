/**
 * Saved views: {camera, visible layers, filters, selection, time-slider year, title, note}. The schema of a view and
 * of the exported JSON file, and reading/writing that file (the list itself lives in the store,
 * src/state/store, which orders, renames and deletes).
 */
import '../domain/zodConfig';
import { z } from 'zod';
import type { Filters } from '../domain/filters';
import type { Bilingual, Camera } from '../domain/model';
import { FIRST_YEAR, LAST_YEAR } from '../domain/timeline';
import { describeIssue } from './zodIssue';
import type { SelectionRef } from './urlState';

export interface SavedView {
  id: string;
  title: string;
  note: string;
  camera: Camera;
  visible: Record<string, boolean>;
  filters: Filters;
  selection: SelectionRef;
  /** the time slider's year, or null/absent (views saved before the slider) for the plan view */
  year?: number | null;
}

const CameraSchema = z.object({ center: z.tuple([z.number().min(-180).max(180), z.number().min(-85).max(85)]), zoom: z.number().min(0).max(22) });
const SelectionSchema = z
  .union([
    z.object({ kind: z.literal('record'), id: z.string() }),
    z.object({ kind: z.literal('county'), adcode: z.string().regex(/^\d{6}$/) }),
    z.object({ kind: z.literal('area'), id: z.string(), adcode: z.string().regex(/^\d{6}$/) }),
  ])
  .nullable();
const FiltersSchema = z.object({ categories: z.array(z.string()), actions: z.array(z.string()), provinces: z.array(z.string()), areas: z.array(z.string()), poverty: z.array(z.string()).default([]) });
export const SavedViewSchema = z.object({
  id: z.string().min(1),
  title: z.string().max(200),
  note: z.string().max(2000),
  camera: CameraSchema,
  visible: z.record(z.string(), z.boolean()),
  filters: FiltersSchema,
  selection: SelectionSchema,
  year: z.number().int().min(FIRST_YEAR).max(LAST_YEAR).nullable().optional(),
});
/** The exported file: `{ "planAtlasViews": 1, "views": [...] }`. */
export const ViewsFileSchema = z.object({ planAtlasViews: z.literal(1), views: z.array(SavedViewSchema) });

/** where versions before the IndexedDB store kept the views (read once by store/migrate.ts) */
export const STORAGE_KEY = 'plan-atlas.views.v1';

/** JSON text of the export file. */
export function exportViews(list: SavedView[]): string {
  return JSON.stringify({ planAtlasViews: 1, views: list }, null, 2);
}

/**
 * Parse an exported views file.
 * @returns the views, or `error` saying in both languages what is wrong and where (never rejects)
 */
export async function importViews(text: string): Promise<{ views: SavedView[] } | { error: Bilingual }> {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    // the JSON parser that names the place loads only for a broken file (it is not on the first load)
    const { locateJsonError } = await import('../domain/jsonError');
    const at = locateJsonError(text);
    return {
      error: at
        ? { en: `not valid JSON at line ${at.line}, column ${at.column} (${at.expected.en})`, zh: `不是有效的 JSON：第 ${at.line} 行第 ${at.column} 列（${at.expected.zh}）` }
        : { en: `not valid JSON (${(e as Error).message})`, zh: `不是有效的 JSON（${(e as Error).message}）` },
    };
  }
  const r = ViewsFileSchema.safeParse(json);
  if (!r.success) {
    const d = describeIssue(r.error.issues[0]);
    return { error: { en: `not a Plan Atlas views file: ${d.en}`, zh: `不是 Plan Atlas 视图文件：${d.zh}` } };
  }
  return { views: r.data.views };
}
