/**
 * Saved views: ordered list of {camera, visible layers, filters, selection, title, note}.
 * Pure list operations, a zod schema for the exported JSON file, and browser-storage
 * persistence that never throws (a bad or full store leaves the list as it was).
 */
import { z } from 'zod';
import type { Filters } from '../domain/filters';
import type { Camera } from '../domain/model';
import { newId } from '../domain/ids';
import type { SelectionRef } from './urlState';

export interface SavedView {
  id: string;
  title: string;
  note: string;
  camera: Camera;
  visible: Record<string, boolean>;
  filters: Filters;
  selection: SelectionRef;
}

const CameraSchema = z.object({ center: z.tuple([z.number().min(-180).max(180), z.number().min(-85).max(85)]), zoom: z.number().min(0).max(22) });
const SelectionSchema = z
  .union([
    z.object({ kind: z.literal('record'), id: z.string() }),
    z.object({ kind: z.literal('county'), adcode: z.string().regex(/^\d{6}$/) }),
    z.object({ kind: z.literal('area'), id: z.string(), adcode: z.string().regex(/^\d{6}$/) }),
  ])
  .nullable();
const FiltersSchema = z.object({ categories: z.array(z.string()), actions: z.array(z.string()), provinces: z.array(z.string()), areas: z.array(z.string()) });
export const SavedViewSchema = z.object({
  id: z.string().min(1),
  title: z.string().max(200),
  note: z.string().max(2000),
  camera: CameraSchema,
  visible: z.record(z.string(), z.boolean()),
  filters: FiltersSchema,
  selection: SelectionSchema,
});
/** The exported file: `{ "planAtlasViews": 1, "views": [...] }`. */
export const ViewsFileSchema = z.object({ planAtlasViews: z.literal(1), views: z.array(SavedViewSchema) });

export const STORAGE_KEY = 'plan-atlas.views.v1';

export function addView(list: SavedView[], v: Omit<SavedView, 'id'>, id = newId('v')): SavedView[] {
  return [...list, { ...v, id }];
}
export function renameView(list: SavedView[], id: string, title: string, note?: string): SavedView[] {
  return list.map((v) => (v.id === id ? { ...v, title, note: note ?? v.note } : v));
}
/** Move the view `id` by `delta` places (clamped to the list). */
export function moveView(list: SavedView[], id: string, delta: number): SavedView[] {
  const i = list.findIndex((v) => v.id === id);
  if (i < 0) return list;
  const j = Math.max(0, Math.min(list.length - 1, i + delta));
  const out = [...list];
  const [v] = out.splice(i, 1);
  out.splice(j, 0, v);
  return out;
}
export function deleteView(list: SavedView[], id: string): SavedView[] {
  return list.filter((v) => v.id !== id);
}

/** JSON text of the export file. */
export function exportViews(list: SavedView[]): string {
  return JSON.stringify({ planAtlasViews: 1, views: list }, null, 2);
}

/**
 * Parse an exported views file.
 * @returns the views, or `error` saying what is wrong and where (never throws)
 */
export function importViews(text: string): { views: SavedView[] } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { error: `not valid JSON (${(e as Error).message})` };
  }
  const r = ViewsFileSchema.safeParse(json);
  if (!r.success) {
    const i = r.error.issues[0];
    return { error: `not a Plan Atlas views file: ${i.path.join('.') || '(root)'}: ${i.message}` };
  }
  return { views: r.data.views };
}

/** Views kept in `storage`; an unreadable entry gives []. */
export function loadViews(storage: Pick<Storage, 'getItem'>): SavedView[] {
  try {
    const text = storage.getItem(STORAGE_KEY);
    if (!text) return [];
    const r = importViews(text);
    return 'views' in r ? r.views : [];
  } catch {
    return [];
  }
}

/** Keep `list` in `storage`; returns an error message instead of throwing (e.g. quota). */
export function saveViews(storage: Pick<Storage, 'setItem'>, list: SavedView[]): string | null {
  try {
    storage.setItem(STORAGE_KEY, exportViews(list));
    return null;
  } catch (e) {
    return `views could not be saved in this browser (${(e as Error).message})`;
  }
}
