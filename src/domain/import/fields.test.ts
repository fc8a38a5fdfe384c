/** The extent of an imported layer across the antimeridian (issue 12, defect 7). */
import { describe, expect, it } from 'vitest';
import { longitudeExtent } from './fields';
import { importFile } from './importFile';

const bytes = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
const fc = (...geometries: unknown[]) => ({ type: 'FeatureCollection', features: geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry })) });

async function bbox(v: unknown) {
  const out = await importFile('x.geojson', bytes(v));
  if (!out.ok) throw new Error(out.issues.map((i) => i.message.en).join(' | '));
  return out.data.bbox;
}

describe('extent of an imported layer', () => {
  it('Fiji on both sides of ±180°: 177°E…178°W (6° wide), not 360°', async () => {
    const west = { type: 'Polygon', coordinates: [[[177, -18], [180, -18], [180, -16], [177, -16], [177, -18]]] };
    const east = { type: 'Polygon', coordinates: [[[-180, -18], [-178, -18], [-178, -16], [-180, -16], [-180, -18]]] };
    expect(await bbox(fc(west, east))).toEqual([177, -18, 182, -16]);
  });

  it('Chukotka and China: the interval from China eastward across 180° (110°E…170°W = 80°), not 280° wide', async () => {
    expect(await bbox(fc({ type: 'Point', coordinates: [110, 30] }, { type: 'LineString', coordinates: [[175, 65], [180, 66]] }, { type: 'LineString', coordinates: [[-180, 66], [-170, 65]] }))).toEqual([110, 30, 190, 66]);
  });

  it('keeps the plain min/max extent when it is the smallest, even wider than 180°', async () => {
    expect(await bbox(fc({ type: 'Point', coordinates: [-100, 10] }, { type: 'Point', coordinates: [0, 20] }, { type: 'Point', coordinates: [100, 31.7] }))).toEqual([-100, 10, 100, 31.7]);
  });

  it('a ring drawn from −180 to 180 (Antarctica) covers every longitude: the extent is the whole world, not its vertices\' 8°', async () => {
    const chukotka = { type: 'Polygon', coordinates: [[[172, 64], [180, 64], [180, 70], [172, 70], [172, 64]]] };
    const antarctica = { type: 'Polygon', coordinates: [[[-180, -90], [180, -90], [180, -70], [-180, -70], [-180, -90]]] };
    expect(await bbox(fc(chukotka, antarctica))).toEqual([-180, -90, 180, 70]);
  });

  it('longitudeExtent: the largest gap is left out; −180 and 180 are one meridian', () => {
    expect(longitudeExtent([177, 180, -178])).toEqual([177, 182]);
    expect(longitudeExtent([-180, 180])).toEqual([180, 180]);
    expect(longitudeExtent([-179, 0, 179])).toEqual([0, 181]);
    expect(longitudeExtent([-100, 0, 100])).toEqual([-100, 100]);
    expect(longitudeExtent([-90, 100, 170])).toEqual([100, 270]);
    expect(longitudeExtent([5])).toEqual([5, 5]);
  });
});
