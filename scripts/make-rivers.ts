/**
 * `npx tsx scripts/make-rivers.ts`: derives data/rivers/wdbii-china.json, China's river centrelines,
 * from the WDBII river network of GSHHG (Debian `gmt` + `gmt-gshhg-high`, LGPL-3.0).
 *
 * Not part of `npm run data`: the data build reads the committed file, so `npm install` alone
 * still builds everything. Run it again (with `apt-get install -y gmt gmt-gshhg-high` and a built
 * public/generated/admin.topo.json) only to re-derive the file.
 *
 * Steps: `gmt coast -R73/136/3/54 -Dh -Ia -M` prints every river segment (`> River Bin # …, Level N`
 * headers, then lon lat rows); the permanent rivers (levels 0–4) are kept where a segment has a
 * vertex inside China (the provinces of admin.topo.json), so border rivers such as the 黑龙江 stay
 * whole; segments are joined end to end by mapshaper and simplified (Douglas–Peucker, 150 m,
 * well inside the 2 km the river corridors must keep to), coordinates rounded to 0.0001°.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mapshaper from 'mapshaper';
import { feature } from 'topojson-client';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import bbox from '@turf/bbox';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { ROOT } from './lib/inputs';

/** WDBII river levels kept (GMT's numbering): 0 double-lined, 1 permanent major, 2 additional major, 3 additional, 4 minor. */
const LEVELS = [0, 1, 2, 3, 4];
const REGION = '73/136/3/54';

/** Parse `gmt coast -M` text into segments with their level. */
export function parseGmtSegments(text: string): { level: number; coords: Position[] }[] {
  const out: { level: number; coords: Position[] }[] = [];
  let cur: { level: number; coords: Position[] } | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('>')) {
      const m = /Level\s+(\d+)/.exec(line);
      cur = { level: m ? Number(m[1]) : -1, coords: [] };
      out.push(cur);
    } else if (cur && line.trim()) {
      const [x, y] = line.trim().split(/\s+/).map(Number);
      if (Number.isFinite(x) && Number.isFinite(y)) cur.coords.push([x, y]);
    }
  }
  return out.filter((s) => s.coords.length >= 2);
}

async function main(): Promise<void> {
  const version = execFileSync('gmt', ['--version'], { encoding: 'utf8' }).trim();
  const gshhg = execFileSync('dpkg-query', ['-W', '-f=${Version}', 'gmt-gshhg-high'], { encoding: 'utf8' }).trim();
  const text = execFileSync('gmt', ['coast', `-R${REGION}`, '-Dh', '-Ia', '-M'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const segs = parseGmtSegments(text).filter((s) => LEVELS.includes(s.level));

  const topo = JSON.parse(readFileSync(join(ROOT, 'public/generated/admin.topo.json'), 'utf8')) as Topology;
  const provinces = (feature(topo, topo.objects.provinces as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>).features
    .map((f) => ({ f: f as Feature<Polygon | MultiPolygon>, box: bbox(f) }));
  const inChina = (p: Position) => provinces.some(({ f, box }) => p[0] >= box[0] && p[0] <= box[2] && p[1] >= box[1] && p[1] <= box[3] && booleanPointInPolygon(p, f));
  const kept = segs.filter((s) => [s.coords[0], s.coords[Math.floor(s.coords.length / 2)], s.coords[s.coords.length - 1]].some(inChina));

  const fc: FeatureCollection<LineString> = {
    type: 'FeatureCollection',
    features: kept.map((s) => ({ type: 'Feature', properties: { level: s.level }, geometry: { type: 'LineString', coordinates: s.coords } })),
  };
  // mapshaper: dissolve joins the bin pieces of one level into continuous lines; DP keeps every
  // vertex within 150 m of the source line.
  const cmd = [
    '-i in.json',
    '-dissolve level',
    '-explode',
    '-simplify dp interval=150',
    '-o format=geojson geojson-type=FeatureCollection out.json precision=0.0001',
  ].join(' ');
  const out = await mapshaper.applyCommands(cmd, { 'in.json': JSON.stringify(fc) });
  const lines = JSON.parse(String(out['out.json'])) as FeatureCollection<LineString>;
  const file = {
    about:
      'China\'s river centrelines (no names): the WDBII river network of GSHHG, permanent rivers (levels 0–4: 0 double-lined, 1 permanent major, 2 additional major, 3 additional, 4 minor), ' +
      'segments with a vertex inside China (the atlas\'s provinces), joined per level and simplified (Douglas–Peucker, 150 m) by scripts/make-rivers.ts.',
    source: `GSHHG ${gshhg.split('-')[0]} WDBII rivers, Debian gmt-gshhg-high ${gshhg}; extracted with GMT ${version}: gmt coast -R${REGION} -Dh -Ia -M`,
    licence: 'LGPL-3.0 (GSHHG, Wessel & Smith)',
    type: 'FeatureCollection',
    features: lines.features.filter((f) => f.geometry && f.geometry.type === 'LineString'),
  };
  mkdirSync(join(ROOT, 'data/rivers'), { recursive: true });
  const path = join(ROOT, 'data/rivers/wdbii-china.json');
  writeFileSync(path, JSON.stringify(file) + '\n');
  const vertices = file.features.reduce((n, f) => n + f.geometry.coordinates.length, 0);
  console.log(`[rivers] ${segs.length} WDBII segments of levels ${LEVELS.join(',')}, ${kept.length} in China → ${file.features.length} lines, ${vertices} vertices → ${path}`);
}

main().catch((e: unknown) => {
  console.error(`[rivers] FAILED: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
