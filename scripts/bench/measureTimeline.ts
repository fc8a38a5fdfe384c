/**
 * Measures the time slider's analysis on the generated data (issue 14): the share of the 832
 * poverty counties (map units, seats) within 50 km of a railway in service in each year, over all
 * of China (a region that holds every county), and the delivery series. Prints a table; not a test.
 * Run: `npx tsx scripts/bench/measureTimeline.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../../src/domain/types';
import type { PovertyData } from '../../src/domain/poverty';
import { YEARS, deliverySeries, seatsWithinKm, stateAtYear, countProjectStates } from '../../src/domain/timeline';

const dir = join(import.meta.dirname, '..', '..', 'public', 'generated');
const catalog = JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')) as Catalog;
const poverty = JSON.parse(readFileSync(join(dir, 'poverty-counties.json'), 'utf8')) as PovertyData;
const labels = JSON.parse(readFileSync(join(dir, 'admin.topo.json'), 'utf8')) as { objects: { counties: { geometries: { properties: { adcode: string; seatLon: number | null; seatLat: number | null } }[] } } };
const seatOf = new Map(labels.objects.counties.geometries.map((g) => [g.properties.adcode, g.properties]));
const seats = poverty.counties.map((c) => seatOf.get(c.adcode)).filter((s) => s && s.seatLon !== null).map((s) => [s!.seatLon!, s!.seatLat!]);
const withDelivery = catalog.features.filter((f) => f.properties.delivery).length;
console.log(`records ${catalog.features.length}, with delivery ${withDelivery}; poverty units with a seat ${seats.length} of ${poverty.counties.length}`);
for (const y of YEARS) {
  const lines = catalog.features
    .filter((f) => f.properties.layer === 'railway' && ['in-service', 'partial-service'].includes(stateAtYear(f.properties.delivery, y)))
    .map((f) => f.geometry.coordinates as number[][]);
  const n = seatsWithinKm(seats, lines, 50);
  const st = countProjectStates(catalog.features, y);
  console.log(`${y}: railways in service ${lines.length}, poverty seats within 50 km ${n}/${seats.length} = ${((n / seats.length) * 100).toFixed(1)}%; all projects ${JSON.stringify(st)}`);
}
console.log(JSON.stringify(deliverySeries(catalog.features, poverty.counties)));
