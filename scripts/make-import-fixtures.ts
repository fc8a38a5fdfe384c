/**
 * Writes the import fixtures of test/fixtures/import: one file per problem the importer explains,
 * and good files of every format with real Chinese places (WGS84, rounded to 0.01°–0.0001°).
 * Deterministic: the zip-based files (xlsx, shapefile, kmz) are re-packed with a fixed date.
 * Run: `npx tsx scripts/make-import-fixtures.ts`. Expectations live in cases.json (hand-written).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import writeXlsxFile from 'write-excel-file/universal';

const require = createRequire(import.meta.url);
const shpWrite = require('@mapbox/shp-write/src/write.js') as (
  rows: Record<string, unknown>[],
  type: 'POINT' | 'POLYLINE' | 'POLYGON',
  geometries: unknown[],
  cb: (err: unknown, files: { shp: DataView; shx: DataView; dbf: DataView; prj: string }) => void,
) => void;

const DIR = 'test/fixtures/import';
const MTIME = new Date('2026-01-01T00:00:00Z');

/** County seats, WGS84 [lon, lat] (approximate seat positions). */
const SEATS: { name: string; adcode: string; province: string; lonlat: [number, number] }[] = [
  { name: '金寨县', adcode: '341524', province: '安徽省', lonlat: [115.93, 31.73] },
  { name: '兰考县', adcode: '410225', province: '河南省', lonlat: [114.82, 34.82] },
  { name: '阜平县', adcode: '130624', province: '河北省', lonlat: [114.19, 38.85] },
  { name: '井冈山市', adcode: '360881', province: '江西省', lonlat: [114.29, 26.75] },
  { name: '花垣县', adcode: '433124', province: '湖南省', lonlat: [109.48, 28.58] },
];
/** A rough outline of 金寨县, counter-clockwise. */
const JINZHAI: [number, number][] = [[115.47, 31.68], [115.62, 31.29], [116.02, 31.3], [116.26, 31.55], [116.1, 31.93], [115.72, 31.97], [115.47, 31.68]];
/** 金寨 → 六安 road, roughly. */
const ROAD: [number, number][] = [[115.93, 31.73], [116.22, 31.59], [116.51, 31.74]];

const point = (lonlat: unknown, properties: Record<string, unknown> = {}) => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: lonlat } });
const fc = (features: unknown[], extra: Record<string, unknown> = {}) => ({ type: 'FeatureCollection', ...extra, features });
const seatPoints = () => SEATS.map((s) => point(s.lonlat, { name: s.name, adcode: s.adcode, province: s.province }));

/** Spherical Web Mercator, degrees → metres (EPSG:3857). */
const mercator = ([lon, lat]: [number, number]) => [+(6378137 * (lon * Math.PI) / 180).toFixed(2), +(6378137 * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))).toFixed(2)];

const files: Record<string, string | Uint8Array> = {};
const json = (name: string, v: unknown) => (files[name] = JSON.stringify(v, null, 1) + '\n');

/** Re-packs a zip with fixed dates and order so the bytes never change. */
function repack(entries: Record<string, Uint8Array>): Uint8Array {
  const z: Zippable = {};
  for (const name of Object.keys(entries).sort()) z[name] = [entries[name], { mtime: MTIME }];
  return zipSync(z, { level: 6, mtime: MTIME });
}

// ---- good files
json('good.geojson', fc([
  ...seatPoints(),
  { type: 'Feature', properties: { name: '金寨—六安公路', kind: 'road' }, geometry: { type: 'LineString', coordinates: ROAD } },
  { type: 'Feature', properties: { name: '金寨县', adcode: '341524', kind: 'county' }, geometry: { type: 'Polygon', coordinates: [JINZHAI] } },
]));
json('good.topojson', {
  type: 'Topology',
  arcs: [ROAD, JINZHAI],
  objects: {
    places: {
      type: 'GeometryCollection',
      geometries: [
        ...SEATS.slice(0, 3).map((s) => ({ type: 'Point', coordinates: s.lonlat, properties: { name: s.name } })),
        { type: 'LineString', arcs: [0], properties: { name: '金寨—六安公路' } },
        { type: 'Polygon', arcs: [[1]], properties: { name: '金寨县' } },
      ],
    },
  },
});
files['good.csv'] = '名称,省份,经度,纬度,人口（万）\n' + SEATS.map((s, i) => `${s.name},${s.province},${s.lonlat[0]},${s.lonlat[1]},${[68, 85, 23, 17, 31][i]}`).join('\n') + '\n';
files['good.kml'] = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2">
<Document>
<name>扶贫县城</name>
${SEATS.slice(0, 3).map((s) => `<Placemark><name>${s.name}</name><description><![CDATA[<b>${s.province}</b>]]></description><Point><coordinates>${s.lonlat[0]},${s.lonlat[1]},0</coordinates></Point></Placemark>`).join('\n')}
<Placemark><name>金寨—六安公路</name><LineString><coordinates>${ROAD.map((p) => p.join(',')).join(' ')}</coordinates></LineString></Placemark>
<Placemark><name>金寨县</name><Polygon><outerBoundaryIs><LinearRing><coordinates>${JINZHAI.map((p) => p.join(',')).join(' ')}</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
</Document>
</kml>
`;
files['good.kmz'] = repack({ 'doc.kml': strToU8(files['good.kml'] as string) });

// ---- one problem per file
files['invalid-json.geojson'] = '{\n  "type": "FeatureCollection",\n  "features": [ { "type": "Feature" "properties": {} } ]\n}\n';
json('not-geojson.json', { name: '金寨县', population: 680000 });
json('empty.geojson', fc([]));
json('unsupported-geometry.geojson', fc([point([115.93, 31.73], { name: '金寨县' }), { type: 'Feature', properties: { name: '圆' }, geometry: { type: 'Circle', coordinates: [114.82, 34.82], radius: 500 } }, point([114.19, 38.85], { name: '阜平县' })]));
json('projected-3857.geojson', fc(SEATS.slice(0, 3).map((s) => point(mercator(s.lonlat), { name: s.name })), { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } } }));
json('projected-cgcs2000-gk.geojson', fc([
  point([39447920.5, 4419012.3], { name: '北京' }),
  point([39458123.1, 4425678.9], { name: '北京东' }),
  point([39440001.0, 4410050.2], { name: '北京南' }),
]));
json('swapped.geojson', fc(SEATS.slice(0, 3).map((s) => point([s.lonlat[1], s.lonlat[0]], { name: s.name }))));
files['swapped.csv'] = '名称,经度,纬度\n' + SEATS.slice(0, 3).map((s) => `${s.name},${s.lonlat[1]},${s.lonlat[0]}`).join('\n') + '\n';
json('gcj02-amap.geojson', fc([point([116.3975, 39.9089], { name: '天安门', 来源: '高德地图坐标拾取' }), point([115.9361, 31.7271], { name: '金寨县', 来源: '高德地图坐标拾取' })]));
files['bd09-baidu.csv'] = 'name,lng,lat,source\n天安门,116.4039,39.9152,baidu map\n';
json('self-intersecting.geojson', fc([
  { type: 'Feature', properties: { name: '金寨县' }, geometry: { type: 'Polygon', coordinates: [JINZHAI] } },
  { type: 'Feature', properties: { name: '蝴蝶结' }, geometry: { type: 'Polygon', coordinates: [[[115.8, 31.6], [116.0, 31.8], [116.0, 31.6], [115.8, 31.8], [115.8, 31.6]]] } },
]));
json('wrong-winding.geojson', fc([{ type: 'Feature', properties: { name: '金寨县' }, geometry: { type: 'Polygon', coordinates: [[...JINZHAI].reverse()] } }]));
json('string-coords.geojson', fc([point(['115.93', '31.73'], { name: '金寨县' }), point([' 114.82 ', '34.82'], { name: '兰考县' }), point([114.19, 38.85], { name: '阜平县' })]));
json('null-coords.geojson', fc([point([115.93, 31.73], { name: '金寨县' }), point([null, 34.82], { name: '兰考县' }), { type: 'Feature', properties: { name: '阜平县' }, geometry: { type: 'Point', coordinates: null } }]));
json('3d.geojson', fc(SEATS.slice(0, 3).map((s, i) => point([...s.lonlat, [120, 60, 800][i]], { name: s.name }))));
files['no-lonlat-columns.csv'] = '名称,地址,人口\n金寨县,安徽省六安市,68\n兰考县,河南省开封市,85\n';
files['bad-rows.csv'] = '名称,经度,纬度\n金寨县,115.93,31.73\n兰考县,,34.82\n阜平县,abc,38.85\n井冈山市,"114,29",26.75\n花垣县,109.48,28.58\n';
json('outside-china.geojson', fc([point([2.3522, 48.8566], { name: 'Paris' }), point([13.405, 52.52], { name: 'Berlin' })]));
json('out-of-range.geojson', fc([...seatPoints(), point([215.93, 31.73], { name: '错误' })]));
json('unclosed-ring.geojson', fc([{ type: 'Feature', properties: { name: '金寨县' }, geometry: { type: 'Polygon', coordinates: [JINZHAI.slice(0, -1)] } }]));
json('degenerate.geojson', fc([
  point([115.93, 31.73], { name: '金寨县' }),
  { type: 'Feature', properties: { name: '一个点的线' }, geometry: { type: 'LineString', coordinates: [[114.82, 34.82], [114.82, 34.82]] } },
  { type: 'Feature', properties: { name: '两个点的面' }, geometry: { type: 'Polygon', coordinates: [[[114.19, 38.85], [114.2, 38.86], [114.19, 38.85]]] } },
]));
json('geometry-collection.geojson', fc([{ type: 'Feature', properties: { name: '金寨县' }, geometry: { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [115.93, 31.73] }, { type: 'Polygon', coordinates: [JINZHAI] }] } }]));
json('crs-4490.geojson', fc(seatPoints().slice(0, 2), { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4490' } } }));
json('xss.geojson', fc([point([115.93, 31.73], { name: '<img src=x onerror="window.__xss=1">', note: '<script>window.__xss=2</script>' })]));
files['prototype-pollution.geojson'] = '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"name":"金寨县"},"geometry":{"type":"Point","coordinates":[115.93,31.73]}}]}\n';
files['broken.kml'] = '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">\n<Document>\n<Placemark><name>金寨县</name>\n<Point><coordinates>115.93,31.73</coordinates></Point>\n</Document>\n</kml>\n';
files['track.gpx'] = '<?xml version="1.0"?>\n<gpx version="1.1" creator="x"><trk><trkseg><trkpt lat="31.73" lon="115.93"/></trkseg></trk></gpx>\n';
// issue 12's outside-data defects, one file each
json('world-copy.geojson', fc(SEATS.map((s) => point([s.lonlat[0] + 360, s.lonlat[1]], { name: s.name }))));
json('wrong-nesting.geojson', fc([point(SEATS[0].lonlat, { name: SEATS[0].name }), point([SEATS[1].lonlat], { name: SEATS[1].name })]));
// 斐济 (Fiji) on both sides of the antimeridian: Viti Levu's west coast near 177.4°E, Taveuni near 179.9°W
json('antimeridian.geojson', fc([
  point([177.44, -17.8], { name: 'Lautoka' }),
  point([178.44, -18.14], { name: 'Suva' }),
  point([-179.87, -16.8], { name: 'Taveuni' }),
]));
files['not-a-shapefile.zip'] = repack({ 'readme.txt': strToU8('金寨县\n'), 'data.csv': strToU8('name,lon,lat\n') });

// ---- Excel: two sheets, cells typed (numbers stay numbers, the adcode stays text)
async function xlsx(): Promise<Uint8Array> {
  const header = ['名称', '行政区划代码', '经度', '纬度'].map((value) => ({ value }));
  const rows = SEATS.map((s) => [{ value: s.name }, { value: s.adcode, type: String }, { value: s.lonlat[0] }, { value: s.lonlat[1] }]);
  const blob = await writeXlsxFile([
    { sheet: '县城', data: [header, ...rows] },
    { sheet: '说明', data: [[{ value: '数据为县城驻地的近似位置（WGS84）' }]] },
  ] as never).toBlob();
  const entries = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  // drop creation dates so the bytes are reproducible
  for (const name of Object.keys(entries)) {
    if (name.startsWith('docProps/')) entries[name] = strToU8(strFromU8(entries[name]).replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '2026-01-01T00:00:00Z'));
  }
  return repack(entries);
}

// ---- shapefile: a point layer and a polygon layer; UTF-8 text written as bytes, declared in .cpg
function shapefile(): Uint8Array {
  const bytes = (s: string) => String.fromCharCode(...new TextEncoder().encode(s));
  const entries: Record<string, Uint8Array> = {};
  const add = (base: string, rows: Record<string, unknown>[], type: 'POINT' | 'POLYGON', geometries: unknown[]) =>
    shpWrite(rows, type, geometries, (_e, f) => {
      entries[`${base}.shp`] = new Uint8Array(f.shp.buffer);
      entries[`${base}.shx`] = new Uint8Array(f.shx.buffer);
      entries[`${base}.dbf`] = new Uint8Array(f.dbf.buffer);
      entries[`${base}.prj`] = strToU8(f.prj);
      entries[`${base}.cpg`] = strToU8('UTF-8');
    });
  add('seats', SEATS.map((s) => ({ name: bytes(s.name), adcode: s.adcode })), 'POINT', SEATS.map((s) => s.lonlat));
  // shapefile outer rings run clockwise
  add('county', [{ name: bytes('金寨县'), adcode: '341524' }], 'POLYGON', [[[...JINZHAI].reverse()]]);
  return repack(entries);
}

/** A world-borders-like polygon layer: Chukotka's ring reaches 180.0000019° (float rounding in the source). */
function roundingShapefile(): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  const rings = [
    [[172, 64], [172, 70], [180.0000019, 70], [180.0000019, 64], [172, 64]], // clockwise
    [[-180, -90.0000004], [-180, -70], [180, -70], [180, -90.0000004], [-180, -90.0000004]],
  ];
  shpWrite([{ name: 'Chukotka' }, { name: 'Antarctica' }], 'POLYGON', rings.map((r) => [r]), (_e, f) => {
    entries['borders.shp'] = new Uint8Array(f.shp.buffer);
    entries['borders.shx'] = new Uint8Array(f.shx.buffer);
    entries['borders.dbf'] = new Uint8Array(f.dbf.buffer);
    entries['borders.prj'] = strToU8(f.prj);
  });
  return repack(entries);
}

/** The good shapefile with its polygon layer's .prj replaced by a saved 404 page (2,400+ characters). */
function htmlPrjShapefile(good: Uint8Array): Uint8Array {
  const entries = unzipSync(good);
  entries['county.prj'] = strToU8(`<!DOCTYPE html><html><head><title>404 Not Found</title></head><body>${'<p>The page you asked for is not here.</p>'.repeat(56)}</body></html>`);
  return repack(entries);
}

async function main() {
  files['good.xlsx'] = await xlsx();
  files['good-shapefile.zip'] = shapefile();
  files['prj-html.zip'] = htmlPrjShapefile(files['good-shapefile.zip']);
  files['rounding-180.zip'] = roundingShapefile();
  mkdirSync(DIR, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(DIR, name), content);
  console.log(`wrote ${Object.keys(files).length} files to ${DIR}`);
}

await main();
