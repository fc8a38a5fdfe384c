/**
 * The time slider in Chromium (issue 14): a year redraws a project by its delivery state (an
 * airport hollow while planned, filled once in service) and the legend counts per state; play
 * steps the years; the year survives a reload through the link (y=).
 */
import type { Page } from '@playwright/test';
import { stateAtYear } from '../../src/domain/timeline';
import type { Delivery } from '../../src/domain/delivery';
import { expect, test } from './fixtures';
import { catalog } from './catalog';
import { decode, rgb } from './pixels';

type Rec = (typeof catalog.features)[number] & { properties: { delivery?: Delivery } };
const records = catalog.features as Rec[];
const airports = records.filter((r) => r.properties.layer === 'airport');

/** An airport planned in one year and in service in a later one (chosen from the shipped data). */
function changingAirport(): { rec: Rec; planned: number; inService: number } {
  for (const rec of airports) {
    const d = rec.properties.delivery;
    const planned = [2016, 2017, 2018, 2019, 2020].find((y) => stateAtYear(d, y) === 'planned');
    const inService = [2025, 2024, 2023, 2022, 2021].find((y) => stateAtYear(d, y) === 'in-service');
    if (planned && inService) return { rec, planned, inService };
  }
  throw new Error('no airport of the catalog is planned in one year and in service in a later one: the delivery data has none');
}

/** How many of the shown airports are in `state` in `year`, as the legend should count them. */
const airportsIn = (state: string, year: number) => airports.filter((r) => stateAtYear(r.properties.delivery, year) === state).length;

/** The map canvas's colour at the page point `p` (the canvas is read in the page, overlays excluded). */
async function mapColourAt(page: Page, p: { x: number; y: number }): Promise<[number, number, number]> {
  const url = await page.evaluate(() => (document.querySelector('.map canvas') as HTMLCanvasElement).toDataURL('image/png'));
  const box = await page.locator('.map canvas').boundingBox();
  const img = decode(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
  return rgb(img, Math.round(p.x - box!.x), Math.round(p.y - box!.y));
}

async function setYear(page: Page, year: number) {
  await page.getByTestId('time-range').fill(String(year));
  await expect(page.getByTestId('time-year')).toHaveText(String(year));
}

test('the slider redraws an airport by its state and the legend counts per state', async ({ atlas }) => {
  const p = atlas.page;
  const { rec, planned, inService } = changingAirport();
  const at = rec.geometry.coordinates as [number, number];
  await atlas.open(`#v=1&c=${at[0]},${at[1]},8&l=airport`);
  await expect(p.getByTestId('time-legend')).toHaveCount(0); // the plan view has no year
  await p.getByTestId('time-toggle').check();
  await expect(p.getByTestId('time-year')).toHaveText('2025');

  await setYear(p, planned);
  await atlas.idle();
  const legend = p.getByTestId('time-legend');
  await expect(legend.locator('[data-state="planned"] .count')).toHaveText(`(${airportsIn('planned', planned)})`);
  await expect(legend.locator('[data-state="unknown"] .count')).toHaveText(`(${airportsIn('unknown', planned)})`);
  const centre = await atlas.screenOf(at);
  // planned: a hollow triangle, white inside
  const hollow = await mapColourAt(p, centre);
  expect(Math.min(...hollow), `planned airport ${rec.properties.id} centre ${hollow}`).toBeGreaterThan(200);

  await setYear(p, inService);
  await atlas.idle();
  await expect(legend.locator('[data-state="in-service"] .count')).toHaveText(`(${airportsIn('in-service', inService)})`);
  // in service: filled in the airport blue (0, 119, 187)
  const filled = await mapColourAt(p, centre);
  expect(filled[2] - filled[0], `in-service airport ${rec.properties.id} centre ${filled}`).toBeGreaterThan(80);
});

test('play steps through the years and stops at 2025', async ({ atlas }) => {
  const p = atlas.page;
  await atlas.open('#v=1&l=railway&y=2022', { idle: false });
  await expect(p.getByTestId('time-year')).toHaveText('2022');
  await p.getByTestId('time-play').click();
  await expect(p.getByTestId('time-year')).toHaveText('2023');
  await expect(p.getByTestId('time-year')).toHaveText('2024');
  await expect(p.getByTestId('time-year')).toHaveText('2025');
  await expect(p.getByTestId('time-play')).toHaveAttribute('aria-pressed', 'false');
  // playing from the end starts again at 2016
  await p.getByTestId('time-play').click();
  await expect(p.getByTestId('time-year')).toHaveText('2016');
  await expect(p.getByTestId('time-year')).toHaveText('2017');
  await p.getByTestId('time-play').click();
});

test('the year is in the link and survives a reload; keyboard steps it; a bad year gives a notice', async ({ atlas }) => {
  const p = atlas.page;
  await atlas.open('#v=1&l=railway', { idle: false });
  await p.getByTestId('time-toggle').check();
  await p.getByTestId('time-range').focus();
  await p.keyboard.press('Home');
  await expect(p.getByTestId('time-year')).toHaveText('2016');
  await p.keyboard.press('ArrowRight');
  await p.keyboard.press('ArrowRight');
  await expect(p.getByTestId('time-year')).toHaveText('2018');
  await expect.poll(() => p.url()).toMatch(/[#&]y=2018(&|$)/);
  await p.reload();
  await expect(p.getByTestId('time-year')).toHaveText('2018');
  await expect(p.getByTestId('time-toggle')).toBeChecked();
  await p.getByTestId('time-toggle').uncheck();
  await expect.poll(() => p.url()).not.toMatch(/[#&]y=/);
  // a new page load (a hash change alone does not reload the app)
  await p.goto('about:blank');
  await atlas.open('#v=1&l=railway&y=2031', { idle: false });
  await expect(p.getByTestId('notice')).toContainText('2031');
  await expect(p.getByTestId('time-toggle')).not.toBeChecked();
});

test('a saved view keeps its year; present mode steps the year with ↑/↓', async ({ atlas }) => {
  const p = atlas.page;
  await p.setViewportSize({ width: 800, height: 560 });
  await atlas.open('#v=1&l=railway&y=2018', { idle: false });
  await p.getByTestId('tab-views').click();
  await p.getByTestId('view-title').fill('2018');
  await p.getByTestId('add-view').click();
  await expect(p.locator('.view-list li')).toHaveCount(1);
  await p.getByTestId('time-toggle').uncheck(); // back to the plan view: the view brings its year back
  await expect(p.getByTestId('time-year')).toHaveCount(0);
  await p.getByTestId('present').click();
  await expect(p.getByTestId('present-caption').locator('h2')).toHaveText('2018');
  await expect(p.getByTestId('time-year')).toHaveText('2018');
  await p.keyboard.press('ArrowUp');
  await expect(p.getByTestId('time-year')).toHaveText('2019');
  await p.keyboard.press('ArrowDown');
  await p.keyboard.press('ArrowDown');
  await expect(p.getByTestId('time-year')).toHaveText('2017');
  await expect.poll(() => p.url()).toMatch(/[#&]y=2017(&|$)/);
  await p.keyboard.press('Escape');
});
