/**
 * Reading the hand-authored JSON of data/<folder>/ (catalog, areas, indicators): every `*.json`
 * file in name order, parsed, validated with its zod schema, ids unique across files. One reader,
 * so all three report bad input the same way: the file, the record id, and what is wrong.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ZodType } from 'zod';
import { locate, type Citation } from '../../src/domain/planText';
import type { Source } from '../../src/domain/catalogSchema';
import { DataBuildError } from './counties';

export interface Authored<T> {
  item: T;
  /** "data/<folder>/<file> record <id>" or "data/<folder>/<file> (<id>)", for messages */
  where: string;
}

/**
 * @param dir the folder to read; a missing folder gives []
 * @param folder its name under data/, for messages
 * @param key the list's key in each file (`{ [key]: T[] }`)
 * @param label how a record is named in messages: `record <id>` or `(<id>)`
 * @param skip names of files in `dir` that hold something else (read by their own reader)
 * @throws DataBuildError naming the file (and the record id where known) for invalid JSON, a
 *   schema error or a duplicate id
 */
export function readAuthored<T extends { id: string }>(
  dir: string,
  folder: string,
  key: string,
  schema: ZodType<Record<string, T[]>>,
  label: (id: string) => string,
  skip: readonly string[] = [],
): Authored<T>[] {
  if (!existsSync(dir)) return [];
  const out: Authored<T>[] = [];
  const ids = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && !skip.includes(f)).sort()) {
    const at = `data/${folder}/${file}`;
    let raw: Record<string, { id?: string }[] | undefined>;
    try {
      raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as typeof raw;
    } catch (e) {
      throw new DataBuildError(`${at}: not valid JSON (${(e as Error).message})`);
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const i = parsed.error.issues[0];
      const id = i.path[0] === key && typeof i.path[1] === 'number' ? raw?.[key]?.[i.path[1]]?.id : undefined;
      throw new DataBuildError(`${at}${id ? ` ${label(id)}` : ''}: ${i.path.join('.')}: ${i.message}`);
    }
    for (const item of parsed.data[key]) {
      const where = `${at} ${label(item.id)}`;
      if (ids.has(item.id)) throw new DataBuildError(`${where}: duplicate id`);
      ids.add(item.id);
      out.push({ item, where });
    }
  }
  return out;
}

/** {@link locate}, with a failure re-thrown as a DataBuildError naming `where`. */
export function citeAt(where: string, planText: string, source: Source): Citation {
  try {
    return locate(planText, source);
  } catch (e) {
    throw new DataBuildError(`${where}: ${(e as Error).message}`);
  }
}
