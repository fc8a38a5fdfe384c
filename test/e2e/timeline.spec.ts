/**
 * The time slider in Chromium (issue 14): a year redraws a project by its delivery state (an
 * airport hollow while planned, filled once in service) and the legend counts per state; play
 * steps the years; the year survives a reload through the link (y=).
 */
import type { Page } from '@playwright/test';
import { stateAtYear, YEARS } from '../../src/domain/timeline';
import type { Delivery } from '../../src/domain/delivery';
import { expect, test } from './fixtures';
import { catalog } from './catalog';
import { changedPixels, mapPixels, type Image } from './pixels';

type Rec = (typeof catalog.features)[number] & { properties: { delivery?: Delivery } };
const records = catalog.features as Rec[];
const airports = records.filter((r) => r.properties.layer === 'airport');

/**
 * An airport not yet in service in one slider year (planned, under construction) and in service
 * in a later one, chosen from the shipped data; the latest such pair of years.
 */
function changingAirport(): { rec: Rec; before: number; inService: number } {
  for (const rec of airports) {
    const d = rec.properties.delivery;
    const inService = YEARS.find((y) => stateAtYear(d, y) === 'in-service' && y > YEARS[0]);
    const before = inService && [...YEARS].reverse().find((y) => y < inService && ['planned', 'under-construction'].includes(stateAtYear(d, y)));
    if (inService && before) return { rec, before, inService };
  }
  throw new Error('no airport of the catalog is planned or under construction in one year and in service in a later one: the delivery data has none');
}

/** How many of the shown airports are in `state` in `year`, as the legend should count them. */
const airportsIn = (state: string, year: number) => airports.filter((r) => stateAtYear(r.properties.delivery, year) === state).length;

/** The map canvas (overlays excluded) and the canvas position of the page point `p`. */
async function mapAt(page: Page, p: { x: number; y: number }): Promise<{ img: Image; x: number; y: number }> {
  const img = await mapPixels(page);
  const box = await page.locator('.map canvas').boundingBox();
  return { img, x: Math.round(p.x - box!.x), y: Math.round(p.y - box!.y) };
}
/** Pixels that differ (by more than 40 summed RGB) between two pictures within 12 px of (x, y). */
const changedNear = (a: Image, b: Image, x: number, y: number) => changedPixels(a, b, 40).filter((q) => Math.abs(q.x - x) <= 12 && Math.abs(q.y - y) <= 12).length;

async function setYear(page: Page, year: number) {
  await page.getByTestId('time-range').fill(String(year));
  await expect(page.getByTestId('time-year')).toHaveText(String(year));
}

test('the slider redraws an airport by its state and the legend counts per state', async ({ atlas }) => {
  const p = atlas.page;
  const { rec, before, inService } = changingAirport();
  const at = rec.geometry.coordinates as [number, number];
  await atlas.open(`#v=1&c=${at[0]},${at[1]},8&l=airport`);
  await expect(p.getByTestId('time-legend')).toHaveCount(0); // the plan view has no year
  const centre = await atlas.screenOf(at);
  const planView = await mapAt(p, centre);
  await p.getByTestId('time-toggle').check();
  await expect(p.getByTestId('time-year')).toHaveText('2025');

  await setYear(p, before);
  await atlas.idle();
  const legend = p.getByTestId('time-legend');
  const state = stateAtYear(rec.properties.delivery, before);
  await expect(legend.locator(`[data-state="${state}"] .count`)).toHaveText(`(${airportsIn(state, before)})`);
  await expect(legend.locator('[data-state="unknown"] .count')).toHaveText(`(${airportsIn('unknown', before)})`);
  const notYet = await mapAt(p, centre);

  await setYear(p, inService);
  await atlas.idle();
  await expect(legend.locator('[data-state="in-service"] .count')).toHaveText(`(${airportsIn('in-service', inService)})`);
  const filled = await mapAt(p, centre);
  // not yet in service it is drawn otherwise (hollow or half-filled) than in service …
  const differs = changedNear(notYet.img, filled.img, filled.x, filled.y);
  expect(differs, `${rec.properties.id}: pixels around it that differ between ${before} (${state}) and ${inService} (in service)`).toBeGreaterThan(20);
  // … and in service as in the plan view: the filled symbol
  expect(changedNear(planView.img, filled.img, filled.x, filled.y), `${rec.properties.id}: in service vs the plan view`).toBeLessThan(differs / 4);
});

test('play steps to 2025 and stops; the keyboard steps the year, kept in the link across a reload; a bad year gives a notice', async ({ atlas }) => {
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
  await expect(p.getByTestId('time-play')).toHaveAttribute('aria-pressed', 'false');
  // the keyboard on the slider
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
