/**
 * Prefecture seats (地级行政中心) for labels: the `cp` (seat position) of each prefecture in the
 * province maps of npm echarts 4.9.0 (map/json/province/*.json, Apache-2.0), matched by the
 * first four digits of their adcode. Where a prefecture is missing there (codes changed after
 * 2016), the seat of its lowest-coded county stands in, and the label says so in `seatFrom`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { placeNameEn } from './placeNameEn';
import { join } from 'node:path';
import type { Feature, Point } from 'geojson';
import type { CountyProperties } from '../../src/domain/types';

/**
 * @param counties built counties
 * @param provinceDir echarts `map/json/province` folder
 * @returns one label point per prefecture (municipalities and provincial units excluded)
 */
export function prefectureSeats(counties: CountyProperties[], provinceDir: string): Feature<Point>[] {
  const cp = new Map<string, [number, number]>();
  for (const f of readdirSync(provinceDir).filter((n) => n.endsWith('.json'))) {
    const fc = JSON.parse(readFileSync(join(provinceDir, f), 'utf8')) as { features: { id?: string; properties: { cp?: [number, number] } }[] };
    for (const feat of fc.features) {
      if (feat.id && /^\d{6}$/.test(feat.id) && feat.id.endsWith('00') && feat.properties.cp) cp.set(feat.id.slice(0, 4), feat.properties.cp);
    }
  }
  const prefs = new Map<string, CountyProperties[]>();
  for (const c of counties) prefs.set(c.prefCode, [...(prefs.get(c.prefCode) ?? []), c]);
  const out: Feature<Point>[] = [];
  for (const [code, members] of prefs) {
    const first = members[0];
    if (['11', '12', '31', '50', '71', '81', '82'].includes(first.provCode) || code.endsWith('90')) continue;
    let at = cp.get(code);
    let seatFrom = 'echarts-province-cp';
    if (!at) {
      const c = [...members].sort((a, b) => a.adcode.localeCompare(b.adcode)).find((m) => m.seatLon !== null);
      if (!c) continue;
      at = [c.seatLon!, c.seatLat!];
      seatFrom = `county-seat:${c.adcode}`;
    }
    out.push({ type: 'Feature', properties: { kind: 'prefecture', name_zh: first.prefName, name_en: first.prefNameEn ?? placeNameEn(first.prefName), name_en_derived: true, code, province: first.provName, seatFrom }, geometry: { type: 'Point', coordinates: at } });
  }
  return out;
}
