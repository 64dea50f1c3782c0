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
const LAND = '#f8f6f1';
// The classes as the client draws them (client/layers/class-scale.ts), opaque.
const TRAFFIC_HIGH = ['#f03b20', '#bd0026', '#5e0033'];
const LOAD_COLORS = ['#1a9641', '#a6d96a', '#fdae61', '#d7191c', '#7b0025'];
const SEVERITY_COLORS = ['#1a1a1a', '#d7191c', '#fdae61', '#7b8fb8'];
const FLOW_ENDS = ['#3182bd', '#e6550d'];
const LIBEREC_JABLONEC = '#map=11/50.74/15.12&layers=road-segments';

const rgb = (hex: string): [number, number, number] => blend(hex, 1, hex);
const total = (shares: number[]) => shares.reduce((a, b) => a + b, 0);

let browser: Browser;

beforeAll(async () => {
  browser = (await launchBrowser()).browser;
});

afterAll(async () => {
  await browser?.close();
});

/** URLs the page requested whose path contains `part`, counted from now on. */
function requestLog(page: Page, part: string): string[] {
  const urls: string[] = [];
  page.on('request', (req) => {
    if (req.url().includes(part)) urls.push(req.url());
  });
  return urls;
}

/** A point in the middle of a line feature (on the line, away from the nodes it shares). */
function midpoint(geometry: GeoJSON.Geometry): [number, number] {
  const line =
    geometry.type === 'MultiLineString'
      ? (geometry.coordinates[0] ?? [])
      : geometry.type === 'LineString'
        ? geometry.coordinates
        : [];
  const k = Math.max(0, Math.floor((line.length - 1) / 2));
  const a = line[k] ?? [0, 0];
  const b = line[k + 1] ?? a;
  return [((a[0] ?? 0) + (b[0] ?? 0)) / 2, ((a[1] ?? 0) + (b[1] ?? 0)) / 2];
}

async function clickAt(page: Page, lon: number, lat: number): Promise<void> {
  const point = await page.evaluate(([x, y]) => window.__regiomap!.map.project([x, y]), [lon, lat] as const);
  const box = (await page.locator('#map').boundingBox())!;
  await page.mouse.click(box.x + point.x, box.y + point.y);
}

describe('transport layers', () => {
  it('animates modelled traffic by the hour without refetching tiles', async () => {
    const { page, problems } = await openMap(browser, baseUrl, `${LIBEREC_JABLONEC}&hour=7&day=weekday`);
    const tiles = requestLog(page, '/tiles/road-segments/');
    const hourly = requestLog(page, '/api/traffic/hourly');
    await waitReady(page);
    expect(await page.locator('[data-time-panel]').isVisible()).toBe(true);
    expect(await page.locator('.time-output').innerText()).toBe('07:00');
    expect(await page.evaluate(() => window.__regiomap!.controller.deckLayerIds())).toEqual([
      'deck-road-segments',
    ]);
    const probes = TRAFFIC_HIGH.map(rgb);
    const at7 = await imageStats(page, await screenshot(page, 'traffic-0700'), probes, 12);
    const tilesAt7 = tiles.length;
    expect(tilesAt7).toBeGreaterThan(0);

    await changeAndSettle(page, () => page.locator('[data-time-hour]').fill('3'));
    expect(await page.locator('.time-output').innerText()).toBe('03:00');
    const at3 = await imageStats(page, await screenshot(page, 'traffic-0300'), probes, 12);
    const high7 = total(at7.shares);
    const high3 = total(at3.shares);
    expect(
      high7,
      `high-intensity share 07:00 ${high7.toFixed(4)} vs 03:00 ${high3.toFixed(4)}`,
    ).toBeGreaterThan(0.005);
    expect(high7).toBeGreaterThan(5 * high3);
    // The hour changed the colours, not the tiles: no tile was requested again.
    expect(tiles.length).toBe(tilesAt7);
    expect(hourly.map((u) => new URL(u).search)).toEqual(['?day=weekday&hour=7', '?day=weekday&hour=3']);
    expect(await page.evaluate(() => location.hash)).toContain('hour=3&day=weekday');

    // Back to an hour seen before: answered from memory, no request, no tile.
    await changeAndSettle(page, () => page.locator('[data-time-hour]').fill('7'));
    await changeAndSettle(page, () => page.locator('[data-time-day="weekend"]').click());
    expect(hourly.map((u) => new URL(u).search)).toEqual([
      '?day=weekday&hour=7',
      '?day=weekday&hour=3',
      '?day=weekend&hour=7',
    ]);
    expect(tiles.length).toBe(tilesAt7);
    expect(await page.evaluate(() => location.hash)).toContain('hour=7&day=weekend');
    expectNoProblems(problems);
    await page.close();
  });

  it('opens a traffic popup with the hour, the daily total and the word model', async () => {
    const answer = (await (await fetch(`${baseUrl}/api/traffic/hourly?day=weekday&hour=7`)).json()) as {
      segment_ids: number[];
      vehicles: number[];
    };
    const vehicles = new Map(answer.segment_ids.map((id, i) => [id, answer.vehicles[i] ?? 0]));
    const features = await fetchTileFeatures(baseUrl, 'road-segments', 12, [15.0, 50.7, 15.2, 50.8]);
    // A busy segment long enough to click on its middle at zoom 14.
    const segment = features
      .filter((f) => Number(f.properties?.length_m) > 400)
      .sort(
        (a, b) =>
          (vehicles.get(Number(b.properties?.id)) ?? 0) - (vehicles.get(Number(a.properties?.id)) ?? 0),
      )[0];
    expect(segment, 'a busy road segment in the served tiles').toBeDefined();
    const [lon, lat] = midpoint(segment!.geometry);
    const { page, problems } = await openMap(
      browser,
      baseUrl,
      `#map=14/${lat}/${lon}&layers=road-segments&hour=7&day=weekday`,
    );
    await waitReady(page);
    await clickAt(page, lon, lat);
    const popup = page.locator('.maplibregl-popup');
    await popup.waitFor();
    expect(await popup.getAttribute('data-popup-layer')).toBe('road-segments');
    await page.locator('.maplibregl-popup[data-popup-state="complete"]').waitFor();
    const text = await popup.innerText();
    expect(text).toContain('model, ne měření');
    expect(text).toContain('Vozidla v hodině (pracovní den 07:00)');
    expect(text).toContain('Průměrná denní intenzita');
    expect(text).toContain('voz./den');
    expect(text).toContain('km/h');
    await screenshot(page, 'traffic-popup');
    expectNoProblems(problems);
    await page.close();
  });

  it('draws the modelled transit load of the hour over Liberec', async () => {
    const { page, problems } = await openMap(
      browser,
      baseUrl,
      '#map=13/50.768/15.06&layers=transit-segments&hour=7',
    );
    const load = requestLog(page, '/api/transit/load');
    await waitReady(page);
    // The legend in the picture too (the panel scrolls; the map does not move).
    await page.locator('[data-layer="transit-segments"] .legend').scrollIntoViewIfNeeded();
    expect(load.map((u) => new URL(u).search)).toEqual(['?hour=7']);
    const stats = await imageStats(
      page,
      await screenshot(page, 'transit-load-0700'),
      LOAD_COLORS.map(rgb),
      12,
    );
    const classes = stats.shares.filter((share) => share > 0.0003).length;
    expect(
      total(stats.shares),
      `load class shares ${stats.shares.map((s) => s.toFixed(4)).join(' ')}`,
    ).toBeGreaterThan(0.01);
    expect(classes).toBeGreaterThanOrEqual(2);
    const legend = await page.locator('[data-layer="transit-segments"] .legend').innerText();
    expect(legend).toContain('Obsazenost 30–60 %');
    expect(await page.locator('[data-layer="transit-segments"] .badge').isVisible()).toBe(true);
    expectNoProblems(problems);
    await page.close();
  });

  it('draws commuter flows above a minimum, with a filter and a municipality summary', async () => {
    const { page, problems } = await openMap(
      browser,
      baseUrl,
      '#map=9.3/50.72/15.0&layers=commuter-flows&flows=100/total',
    );
    const api = requestLog(page, '/api/flows');
    await waitReady(page);
    expect(await page.locator('[data-flows-min]').inputValue()).toBe('100');
    const probes = FLOW_ENDS.map((c) => blend(c, 210 / 255, LAND));
    const stats = await imageStats(page, await screenshot(page, 'flows'), probes, 24);
    expect(stats.shares[0], `origin colour share ${stats.shares[0]}`).toBeGreaterThan(0.001);
    expect(stats.shares[1], `destination colour share ${stats.shares[1]}`).toBeGreaterThan(0.001);

    await changeAndSettle(page, () => page.locator('[data-flows-purpose="work"]').check());
    expect(api.map((u) => new URL(u).search)).toEqual(['?min=100&purpose=total', '?min=100&purpose=work']);
    expect(await page.evaluate(() => location.hash)).toContain('flows=100/work');

    // Liberec, an arc end: its in/out summary.
    const flows = (await (await fetch(`${baseUrl}/api/flows?min=100&purpose=work`)).json()) as {
      modelled: boolean;
      places: Record<string, [number, number, string]>;
    };
    const [lon, lat] = flows.places['563889'] ?? [0, 0];
    await clickAt(page, lon, lat);
    await page.locator('.maplibregl-popup[data-popup-state="complete"]').waitFor();
    const text = await page.locator('.maplibregl-popup').innerText();
    expect(text).toContain('Liberec');
    expect(text).toContain('Přijíždějící');
    expect(text).toContain('Vyjíždějící');
    if (flows.modelled) expect(text).toContain('model, ne měření');
    await screenshot(page, 'flows-summary');
    expectNoProblems(problems);
    await page.close();
  });

  it('shows night accidents by severity at zoom 12', async () => {
    const { page, problems } = await openMap(browser, baseUrl, '#map=12/50.765/15.06&layers=accidents-night');
    await waitReady(page);
    const stats = await imageStats(page, await screenshot(page, 'accidents'), SEVERITY_COLORS.map(rgb), 12);
    // Material damage is the most common outcome; injuries must show too.
    expect(
      stats.shares[3],
      `severity shares ${stats.shares.map((s) => s.toFixed(4)).join(' ')}`,
    ).toBeGreaterThan(0.002);
    expect((stats.shares[1] ?? 0) + (stats.shares[2] ?? 0)).toBeGreaterThan(0.0002);
    expect(await page.locator('[data-time-panel]').isVisible()).toBe(false);

    // A popup with the date, the hour and the injuries of one accident with a severe injury.
    const accidents = await fetchTileFeatures(baseUrl, 'accidents-night', 12, [15.0, 50.74, 15.12, 50.79]);
    const severe = accidents.find((f) => Number(f.properties?.severely_injured) > 0);
    expect(severe, 'an accident with a severe injury in the served tiles').toBeDefined();
    const [lon, lat] = (severe!.geometry as GeoJSON.Point).coordinates as [number, number];
    await changeAndSettle(page, () =>
      page.evaluate(([x, y]) => window.__regiomap!.map.jumpTo({ center: [x, y], zoom: 16 }), [
        lon,
        lat,
      ] as const),
    );
    await clickAt(page, lon, lat);
    const popup = page.locator('.maplibregl-popup');
    await popup.waitFor();
    expect(await popup.getAttribute('data-popup-layer')).toBe('accidents-night');
    const text = await popup.innerText();
    for (const label of ['Datum', 'Čas', 'Usmrceno', 'Těžce zraněno', 'Lehce zraněno'])
      expect(text).toContain(label);
    expectNoProblems(problems);
    await page.close();
  });
  it('shows the next departures of a city transit stop from the timetable', async () => {
    const { page, problems } = await openMap(
      browser,
      baseUrl,
      '#map=16/50.7655/15.0574&layers=transit-stops',
    );
    await waitReady(page);
    const stops = await fetchTileFeatures(baseUrl, 'transit-stops', 14, [15.05, 50.76, 15.065, 50.77]);
    // Fügnerova, Liberec's central tram and bus interchange: a station whose board covers its platforms.
    const fugnerova = stops.find((f) => f.properties?.stop_id === '911');
    expect(fugnerova, 'station 911 (Fügnerova) in the served tiles').toBeDefined();
    expect(fugnerova!.properties?.name).toBe('Fügnerova');
    const [lon, lat] = (fugnerova!.geometry as GeoJSON.Point).coordinates as [number, number];
    await clickAt(page, lon, lat);
    const popup = page.locator('.maplibregl-popup');
    await popup.locator('table').waitFor();
    expect(await popup.getAttribute('data-popup-layer')).toBe('transit-stops');
    const text = await popup.innerText();
    for (const label of ['Fügnerova', 'Odjezd', 'Linka', 'Směr']) expect(text).toContain(label);
    const rows = await popup.locator('tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(5);
    await screenshot(page, 'transit-departures');
    expectNoProblems(problems);
    await page.close();
  });
});
