import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './chromium.ts';
import {
  blend,
  changeAndSettle,
  expectNoProblems,
  imageStats,
  openMap,
  screenshot,
  waitReady,
} from './map-page.ts';
import { fetchTileFeatures } from './tile-features.ts';

const baseUrl = inject('baseUrl');
// The whole region: every region-owned building in view.
const REGION = '#map=9/50.74/15.05';
// The classes as the client draws them (client/energy/energy-palette.ts), opaque.
const SAVINGS_COLORS = ['#1a9850', '#d9ef8b', '#fee08b', '#fc8d59', '#d73027', '#7f0000'];
const RATIO_COLORS = ['#1a9850', '#66bd63', '#d9ef8b', '#ffffbf', '#fdae61', '#d73027'];
const BLUE_GREEN_COLORS = ['#31a354', '#3182bd', '#756bb1', '#a1d99b', '#08519c', '#006d2c'];
const PV_COLOR = '#e6ab02';

const rgb = (hex: string): [number, number, number] => blend(hex, 1, hex);
const total = (shares: number[]) => shares.reduce((a, b) => a + b, 0);

interface RankingRowJson {
  id: number;
  name: string;
  type: string;
  okres: string | null;
  savings_czk: number;
}

let browser: Browser;

beforeAll(async () => {
  browser = (await launchBrowser()).browser;
});

afterAll(async () => {
  await browser?.close();
});

async function ranking(query = ''): Promise<RankingRowJson[]> {
  const res = await fetch(`${baseUrl}/api/energy/ranking${query}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { buildings: RankingRowJson[] }).buildings;
}

/** Opens the ranking tool (or waits for its next answer after `action`) until its table is ready. */
async function rankingSettled(page: Page, action: () => Promise<unknown>): Promise<void> {
  await action();
  await page.waitForFunction(() => document.body.dataset.rankingReady === 'true', undefined, {
    timeout: 60_000,
    polling: 50,
  });
}

/** The unformatted values of one ranking column, top to bottom. */
const columnValues = (page: Page, column: string) =>
  page.$$eval(`[data-ranking-table] tbody td[data-column="${column}"]`, (cells) =>
    cells.map((cell) =>
      cell.getAttribute('data-value') === null ? null : Number(cell.getAttribute('data-value')),
    ),
  );

function expectOrdered(values: (number | null)[], order: 'asc' | 'desc'): void {
  const present = values.filter((v): v is number => v !== null);
  // Buildings without a value come last either way.
  expect(values.slice(0, present.length).every((v) => v !== null)).toBe(true);
  for (let i = 1; i < present.length; i++) {
    const [a, b] = [present[i - 1]!, present[i]!];
    expect(order === 'desc' ? a >= b : a <= b, `${a} then ${b} (${order})`).toBe(true);
  }
}

describe('energy layers and ranking', () => {
  it('draws the buildings coloured by savings, and by intensity after the switch', async () => {
    const { page, problems } = await openMap(browser, baseUrl, `${REGION}&layers=buildings`);
    await waitReady(page);
    const bySavings = await imageStats(
      page,
      await screenshot(page, 'energy-map'),
      SAVINGS_COLORS.map(rgb),
      6,
    );
    expect(total(bySavings.shares), 'savings colours on the map').toBeGreaterThan(0.0005);
    // More than one class is used: the colour carries information.
    expect(bySavings.shares.filter((share) => share > 0.00002).length).toBeGreaterThanOrEqual(2);
    const legend = page.locator('li[data-layer="buildings"] ul.legend li');
    expect(await legend.count()).toBe(SAVINGS_COLORS.length + 1);
    const firstSavingsLabel = await legend.first().innerText();

    await changeAndSettle(page, () => page.locator('[data-energy-color="ratio"]').check());
    const byRatio = await imageStats(
      page,
      await screenshot(page, 'energy-map-ratio'),
      RATIO_COLORS.map(rgb),
      6,
    );
    // The classes that exist only in the ratio palette appear; the legend follows the mode.
    expect(total(byRatio.shares.slice(1)), 'intensity colours on the map').toBeGreaterThan(0.0005);
    expect(await legend.first().innerText()).not.toBe(firstSavingsLabel);
    expect(await legend.first().innerText()).toContain('%');
    expectNoProblems(problems);
    await page.close();
  });

  it('ranks, sorts, filters and exports the buildings; a row opens the building popup with charts', async () => {
    const { page, problems } = await openMap(browser, baseUrl, `${REGION}&layers=buildings`);
    await waitReady(page);
    await rankingSettled(page, () => page.locator('[data-tool-tab="ranking"]').click());
    const rows = page.locator('[data-ranking-table] tbody tr');
    const all = await ranking();
    expect(all.length).toBeGreaterThan(20);
    expect(await rows.count()).toBe(all.length);
    expect(await page.locator('.tool-body[data-tool="ranking"] .badge').innerText()).toBe('modelová data');

    // Default: largest savings first, as the API ranks them.
    const savings = await columnValues(page, 'savings_czk');
    expectOrdered(savings, 'desc');
    expect(savings[0]).toBe(all[0]!.savings_czk);
    // The footer sums what is listed (thousands of CZK, rounded).
    const footer = await page.locator('[data-total="savings_czk"]').innerText();
    const sum = savings.reduce<number>((a, b) => a + (b ?? 0), 0) / 1000;
    expect(Number(footer.replace(/\s/g, ''))).toBeCloseTo(sum, -1);
    await screenshot(page, 'energy-ranking');

    // A header sorts by its column, a second click turns the order.
    await rankingSettled(page, () => page.locator('[data-ranking-sort="heat_intensity"]').click());
    expect(await page.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
    expectOrdered(await columnValues(page, 'heat_intensity'), 'desc');
    await rankingSettled(page, () => page.locator('[data-ranking-sort="heat_intensity"]').click());
    expect(await page.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
    expectOrdered(await columnValues(page, 'heat_intensity'), 'asc');

    // Filters: only schools, then only schools of one district; counts match the API.
    const schools = all.filter((b) => b.type === 'school');
    expect(schools.length).toBeGreaterThan(0);
    expect(schools.length).toBeLessThan(all.length);
    await rankingSettled(page, () => page.locator('[data-ranking-filter="type"]').selectOption('school'));
    expect(await rows.count()).toBe(schools.length);
    expect(new Set(await page.$$eval('tr[data-type]', (trs) => trs.map((tr) => tr.dataset.type)))).toEqual(
      new Set(['school']),
    );
    expect(await rows.first().locator('.ranking-sub').innerText()).toContain('škola');
    const okres = schools[0]!.okres!;
    await rankingSettled(page, () => page.locator('[data-ranking-filter="okres"]').selectOption(okres));
    const schoolsThere = schools.filter((b) => b.okres === okres).length;
    expect(await rows.count()).toBe(schoolsThere);
    expect(schoolsThere).toBeLessThan(schools.length);

    // The export link carries the filters and sort shown, and answers the same rows as CSV.
    const href = (await page.locator('[data-ranking-csv]').getAttribute('href'))!;
    const url = new URL(href, baseUrl);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      type: 'school',
      okres,
      sort: 'heat_intensity',
      order: 'asc',
      format: 'csv',
    });
    const csv = await fetch(url);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).trim().split(/\r?\n/);
    expect(lines.length).toBe(schoolsThere + 1);

    // A row flies the map to its building and opens the building's popup with charts.
    await rankingSettled(page, () => page.locator('[data-ranking-filter="okres"]').selectOption(''));
    await rankingSettled(page, () => page.locator('[data-ranking-filter="type"]').selectOption(''));
    const first = rows.first();
    const name = await first.locator('.ranking-name').innerText();
    await changeAndSettle(page, () => first.click());
    const popup = page.locator(
      '.maplibregl-popup[data-popup-layer="buildings"][data-popup-state="complete"]',
    );
    await popup.waitFor({ timeout: 60_000 });
    expect(await popup.locator('.popup-title').innerText()).toContain(name);
    expect(await popup.locator('.popup-badge').innerText()).toBe('modelová data');
    const charts = popup.locator('figure.chart');
    expect(await charts.count()).toBeGreaterThanOrEqual(2);
    const inked = await popup.evaluate((el) =>
      [...el.querySelectorAll<HTMLCanvasElement>('figure.chart canvas')].map((canvas) => {
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        const colors = new Set<number>();
        let painted = 0;
        for (let i = 0; i < data.length; i += 4) {
          if ((data[i + 3] ?? 0) === 0) continue;
          painted += 1;
          colors.add(((data[i]! >> 4) << 8) | ((data[i + 1]! >> 4) << 4) | (data[i + 2]! >> 4));
        }
        return { share: painted / (data.length / 4), colors: colors.size };
      }),
    );
    for (const chart of inked) {
      expect(chart.share, 'chart canvas painted').toBeGreaterThan(0.02);
      expect(chart.colors, 'series in their colours').toBeGreaterThan(3);
    }
    // The charts are below the key figures: scrolled into the popup's view for the screenshot.
    await popup.locator('.popup-charts').evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await page.waitForFunction(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)))),
    );
    await screenshot(page, 'energy-popup');
    expectNoProblems(problems);
    await page.close();
  });

  it('shows blue-green infrastructure by kind and PV systems; the popup tells the water retained', async () => {
    const { page, problems } = await openMap(browser, baseUrl, `${REGION}&layers=blue-green,pv-systems`);
    await waitReady(page);
    const stats = await imageStats(
      page,
      await screenshot(page, 'energy-blue-green'),
      [...BLUE_GREEN_COLORS, PV_COLOR].map(rgb),
      6,
    );
    expect(total(stats.shares.slice(0, -1)), 'blue-green kinds on the map').toBeGreaterThan(0.0002);
    expect(stats.shares.at(-1), 'PV systems on the map').toBeGreaterThan(0.00005);

    const features = await fetchTileFeatures(baseUrl, 'blue-green', 10, [14.4, 50.4, 15.6, 51.1]);
    const item = features.find((f) => f.properties?.kind === 'green_roof') ?? features[0];
    expect(item, 'a blue-green feature in the tiles').toBeDefined();
    const [lon, lat] = representativePoint(item!.geometry);
    await changeAndSettle(page, () =>
      page.evaluate(([x, y]) => window.__regiomap!.map.jumpTo({ center: [x, y], zoom: 15 }), [
        lon,
        lat,
      ] as const),
    );
    const point = await page.evaluate(([x, y]) => window.__regiomap!.map.project([x, y]), [
      lon,
      lat,
    ] as const);
    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.click(box.x + point.x, box.y + point.y);
    const popup = page.locator('.maplibregl-popup[data-popup-layer="blue-green"]');
    await popup.waitFor();
    const text = await popup.innerText();
    expect(text).toContain('Zadržená srážková voda');
    expect(text).toMatch(/m³\/rok/);
    await screenshot(page, 'energy-blue-green-popup');
    expectNoProblems(problems);
    await page.close();
  });
});

/** A point on the feature: the point itself, or the first vertex's neighbourhood of an area's centre. */
function representativePoint(geometry: GeoJSON.Geometry): [number, number] {
  if (geometry.type === 'Point') return geometry.coordinates as [number, number];
  const ring =
    geometry.type === 'Polygon'
      ? geometry.coordinates[0]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates[0]?.[0]
        : undefined;
  const points = ring ?? [];
  const lon = points.reduce((a, p) => a + (p[0] ?? 0), 0) / Math.max(1, points.length);
  const lat = points.reduce((a, p) => a + (p[1] ?? 0), 0) / Math.max(1, points.length);
  return [lon, lat];
}
