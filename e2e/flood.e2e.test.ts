import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { FloodStatus, FloodTimeline, GaugeStatus, Stage } from '../client/flood/flood-api.ts';
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

const baseUrl = inject('baseUrl');
// The stage colours as the client draws them (client/flood/stage-scale.ts), opaque.
const RED = '#e31a1c';
const ORANGE = '#ff8c00';
const FLOOD_RANK: Partial<Record<Stage, number>> = { SPA1: 1, SPA2: 2, SPA3: 3 };
const rgb = (hex: string): [number, number, number] => blend(hex, 1, hex);

let browser: Browser;
let timeline: FloodTimeline;
/** The moments replayed: before the event, its peak, after it; and the API's status at each. */
const moments: Record<'before' | 'peak' | 'after', { at: string; status: FloodStatus }> = {} as never;

const api = async <T>(path: string): Promise<T> => {
  const res = await fetch(`${baseUrl}${path}`);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
};
const statusAt = (at: string) => api<FloodStatus>(`/api/flood/status?at=${encodeURIComponent(at)}`);
const severe = (s: FloodStatus) => s.gauges.filter((g) => g.stage === 'SPA2' || g.stage === 'SPA3').length;
const flooding = (s: FloodStatus) => s.gauges.filter((g) => FLOOD_RANK[g.stage] !== undefined);
const hourBefore = (iso: string, hours: number) =>
  new Date(Date.parse(iso) - hours * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

beforeAll(async () => {
  browser = (await launchBrowser()).browser;
  timeline = await api<FloodTimeline>('/api/flood/timeline');
  expect(timeline.from && timeline.to && timeline.peakAt, 'the model has a flood event').toBeTruthy();
  // The slider's moments are whole steps from the first reading; the peak is one of them.
  const peak = timeline.peakAt!;
  // Before: the latest moment at least three days ahead of the peak with no gauge at SPA 2+;
  // after: the earliest such moment three days past it. Found through the API, not hard-coded.
  const calmNear = async (from: string, direction: -1 | 1) => {
    for (let hours = 72; hours <= 24 * 40; hours += 24) {
      const at = hourBefore(from, -direction * hours);
      if (Date.parse(at) < Date.parse(timeline.from!) || Date.parse(at) > Date.parse(timeline.to!)) break;
      const status = await statusAt(at);
      if (severe(status) === 0) return { at, status };
    }
    throw new Error(`no calm moment ${direction < 0 ? 'before' : 'after'} the peak ${from}`);
  };
  moments.peak = { at: peak, status: await statusAt(peak) };
  moments.before = await calmNear(peak, -1);
  moments.after = await calmNear(peak, 1);
  expect(severe(moments.peak.status), 'gauges at SPA 2+ at the peak').toBeGreaterThanOrEqual(3);
});

afterAll(async () => {
  await browser?.close();
});

/** Pixels in the gauges' SPA 3 red and SPA 2 orange on a screenshot of the page. */
async function floodPixels(page: Page, name: string): Promise<{ red: number; orange: number }> {
  const png = await screenshot(page, name);
  const stats = await imageStats(page, png, [rgb(RED), rgb(ORANGE)], 12);
  const total = stats.width * stats.height;
  return {
    red: Math.round((stats.shares[0] ?? 0) * total),
    orange: Math.round((stats.shares[1] ?? 0) * total),
  };
}

const shownAt = (page: Page) => page.evaluate(() => window.__regiomap!.flood.status()?.asOf);

describe('flood gauges', () => {
  it('replays the flood event: before, at the peak and after, the gauges recolour', async () => {
    const { page, problems } = await openMap(
      browser,
      baseUrl,
      `#layers=flood-zones,gauges&at=${moments.before.at}`,
    );
    // A still SPA 3 ring: the screenshots do not depend on the phase of the pulse.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await waitReady(page);
    await page.locator('[data-flood-replay="ready"]').waitFor();
    expect(Date.parse((await shownAt(page))!)).toBe(Date.parse(moments.before.at));
    const before = await floodPixels(page, 'flood-before');

    // The peak button: the slider moves, the URL follows, the gauges recolour without new tiles.
    const tiles: string[] = [];
    page.on('request', (req) => {
      if (req.url().includes('/tiles/gauges/')) tiles.push(req.url());
    });
    await changeAndSettle(page, () => page.locator('[data-flood-replay-action="peak"]').click());
    expect(Date.parse((await shownAt(page))!)).toBe(Date.parse(moments.peak.at));
    expect(await page.evaluate(() => location.hash)).toContain(
      `at=${moments.peak.at.replace(/\.\d{3}Z$/, 'Z')}`,
    );
    const peak = await floodPixels(page, 'flood-peak');
    const spa3 = moments.peak.status.gauges.filter((g) => g.stage === 'SPA3' && !g.stale).length;
    expect(await page.evaluate(() => document.body.dataset.floodPulses)).toBe(String(spa3));
    expect(await page.locator('.gauge-pulse').count()).toBe(spa3);

    // After: the slider dragged to the calm moment past the event.
    const afterIndex = String(
      Math.round(
        (Date.parse(moments.after.at) - Date.parse(timeline.from!)) / (timeline.stepMinutes * 60_000),
      ),
    );
    await changeAndSettle(page, () => page.locator('[data-flood-replay-slider]').fill(afterIndex));
    expect(Date.parse((await shownAt(page))!)).toBe(Date.parse(moments.after.at));
    const after = await floodPixels(page, 'flood-after');
    expect(tiles, 'no gauge tile fetched again while replaying').toEqual([]);

    const summary = `red/orange px before ${before.red}/${before.orange}, peak ${peak.red}/${peak.orange}, after ${after.red}/${after.orange}`;
    console.log(`e2e: flood replay ${summary}`);
    expect(peak.red + peak.orange, summary).toBeGreaterThan(400);
    expect(peak.red + peak.orange, summary).toBeGreaterThan(3 * (before.red + before.orange));
    expect(peak.red + peak.orange, summary).toBeGreaterThan(3 * (after.red + after.orange));
    expectNoProblems(problems);
    await page.close();
  });

  it('lists the gauges above SPA 1 at the peak, most severe first; a row flies there, exposure and export', async () => {
    const { page, problems } = await openMap(
      browser,
      baseUrl,
      `#layers=flood-zones,gauges&at=${moments.peak.at}`,
    );
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await waitReady(page);
    await page.locator('[data-tool-tab="flood-situation"]').click();
    await page.waitForFunction(() => document.body.dataset.situationReady === 'true', undefined, {
      polling: 100,
    });
    const rows = page.locator('[data-situation-gauge]');
    const expected = flooding(moments.peak.status);
    expect(expected.length).toBeGreaterThanOrEqual(5);
    expect(await rows.count()).toBe(expected.length);
    const stages = await rows.evaluateAll((trs) =>
      trs.map((tr) => (tr as HTMLElement).dataset.stage as Stage),
    );
    const ranks = stages.map((s) => FLOOD_RANK[s] ?? 0);
    expect(ranks, `stages in list order: ${stages.join(',')}`).toEqual([...ranks].sort((a, b) => b - a));
    expect(ranks[0]).toBe(3);
    expect(
      new Set(await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.situationGauge))),
    ).toEqual(new Set(expected.map((g) => g.id)));
    const text = await page.locator('[data-situation]').innerText();
    expect(text).toContain('SPA 3 – ohrožení');
    expect(text).toContain('přehrávání');
    await screenshot(page, 'flood-situation-peak');

    // The first row: the most severe gauge; a click flies the map to it.
    const first = (await rows.first().getAttribute('data-situation-gauge'))!;
    const gauge = moments.peak.status.gauges.find((g) => g.id === first) as GaugeStatus;
    await changeAndSettle(page, () => rows.first().locator('th button').click());
    const center = await page.evaluate(() => window.__regiomap!.map.getCenter().toArray());
    expect(center[0]).toBeCloseTo(gauge.lon, 3);
    expect(center[1]).toBeCloseTo(gauge.lat, 3);

    // Exposure of a gauge at SPA 2+ whose river has flood zones (or else the first one): the counts
    // are the API's, and the export links ask the same query as CSV and GeoJSON.
    const withZones = await (async () => {
      for (const g of expected.filter((x) => x.stage !== 'SPA1')) {
        const e = await api<{ zoneRivers: string[] }>(
          `/api/flood/exposure?gauge=${encodeURIComponent(g.id)}&zone=Q100`,
        );
        if (e.zoneRivers.length > 0) return g;
      }
      return expected.find((x) => x.stage !== 'SPA1')!;
    })();
    await page.locator('[data-exposure-zone]').selectOption('Q100');
    await page.locator(`[data-exposure-gauge="${withZones.id}"]`).click();
    await page.locator('.exposure[data-exposure-state="ready"]').waitFor();
    const answer = await api<{ zoneRivers: string[]; counts: Record<string, number> }>(
      `/api/flood/exposure?gauge=${encodeURIComponent(withZones.id)}&zone=Q100`,
    );
    if (answer.zoneRivers.length > 0) {
      for (const [layer, count] of Object.entries(answer.counts)) {
        const shown = await page.locator(`[data-exposure-count="${layer}"]`).innerText();
        expect(Number(shown.replace(/\s/g, '')), layer).toBe(count);
      }
      const csv = await page.locator('[data-exposure-export="csv"]').getAttribute('href');
      const res = await fetch(`${baseUrl}${csv}`);
      expect(res.headers.get('content-type')).toContain('text/csv');
      const lines = (await res.text()).trim().split('\n');
      expect(lines.length - 1).toBe(Object.values(answer.counts).reduce((a, b) => a + b, 0));
    } else {
      expect(await page.locator('.exposure-result').innerText()).toContain('nejsou v datech');
    }
    await page.locator('.exposure').scrollIntoViewIfNeeded();
    await screenshot(page, 'flood-exposure');
    expectNoProblems(problems);
    await page.close();
  });

  it('opens a gauge popup with its stage and a hydrograph with the SPA lines', async () => {
    const gauge = moments.peak.status.gauges.find((g) => g.stage === 'SPA3' && !g.stale)!;
    expect(gauge, 'a gauge at SPA 3 at the peak').toBeDefined();
    // The gauge in the upper part of the map, so that the popup opens below it with room to spare.
    const { page, problems } = await openMap(
      browser,
      baseUrl,
      `#map=12/${gauge.lat - 0.03}/${gauge.lon}&layers=gauges&at=${moments.peak.at}`,
    );
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await waitReady(page);
    const point = await page.evaluate(([x, y]) => window.__regiomap!.map.project([x, y]), [
      gauge.lon,
      gauge.lat,
    ] as const);
    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.click(box.x + point.x, box.y + point.y);
    const popup = page.locator('.maplibregl-popup[data-popup-state="complete"]');
    await popup.waitFor();
    expect(await popup.getAttribute('data-popup-layer')).toBe('gauges');
    const text = await popup.innerText();
    expect(text).toContain(gauge.name);
    // The stage row, the first of the popup, says SPA 3 (the threshold table lists all stages anyway).
    expect(await popup.locator('.popup-rows dd').first().innerText()).toBe('SPA 3 – ohrožení');
    expect(text).toContain('Trend');
    expect(text).toContain('modelová měření');
    expect(await popup.locator('figure.chart').count()).toBe(2);
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
      expect(chart.colors, 'series and threshold lines in their colours').toBeGreaterThan(3);
    }
    expect(await popup.locator('figure.chart').first().getAttribute('aria-label')).toMatch(/SPA|cm|m³\/s/);
    await page.waitForFunction(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    // The popup scrolls on a small map: the hydrograph into view for the screenshot.
    await popup.locator('figure.chart').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'flood-popup');
    expectNoProblems(problems);
    await page.close();
  });

  it('shows the rain gauges sized by the last 24 hours of rain', async () => {
    const { page, problems } = await openMap(
      browser,
      baseUrl,
      `#layers=rain-gauges&at=${hourBefore(moments.peak.at, 6)}`,
    );
    await waitReady(page);
    expect(await page.evaluate(() => window.__regiomap!.controller.deckLayerIds())).toEqual([
      'deck-rain-gauges',
    ]);
    const png = await screenshot(page, 'flood-rain');
    // The two wettest classes (client/flood/rain-layer.ts) at the alpha the layer fills with.
    const stats = await imageStats(
      page,
      png,
      [blend('#6a51a3', 190 / 255, '#f8f6f1'), blend('#3f007d', 190 / 255, '#f8f6f1')],
      14,
    );
    expect(stats.shares[0]! + stats.shares[1]!, `wet shares ${stats.shares.join(' ')}`).toBeGreaterThan(
      0.0005,
    );
    expectNoProblems(problems);
    await page.close();
  });
});
