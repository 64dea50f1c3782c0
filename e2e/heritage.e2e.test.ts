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

const baseUrl = inject('baseUrl');
const BEZDEZ = { id: 'Q1186381', lon: 14.7197, lat: 50.53904 };
// Colours as the layer draws them: the cluster disc (90 % over the land) and the ruin / chateau icon
// discs (palettes.ts, opaque).
const CLUSTER = blend('#6b3d2e', 0.9, '#f8f6f1');
const RUIN = [0x63, 0x63, 0x63] as [number, number, number];
const CHATEAU = [0xe6, 0x55, 0x0d] as [number, number, number];

let browser: Browser;

beforeAll(async () => {
  browser = (await launchBrowser()).browser;
});

afterAll(async () => {
  await browser?.close();
});

/** Features MapLibre has drawn on one of the heritage style layers. */
async function rendered(page: Page, layer: 'clusters' | 'icons'): Promise<Record<string, unknown>[]> {
  return page.evaluate((id) => {
    const map = window.__regiomap?.map;
    if (!map) throw new Error('no window.__regiomap');
    return map.queryRenderedFeatures({ layers: [id] }).map((f) => f.properties as Record<string, unknown>);
  }, `theme-heritage-sites-${layer}`);
}

describe('heritage layer and search', () => {
  it('merges the sites into counted clusters at region zoom', async () => {
    const { page, problems } = await openMap(browser, baseUrl, '#map=8.7/50.76/14.95&layers=heritage-sites');
    await waitReady(page);
    const clusters = await rendered(page, 'clusters');
    expect(clusters.length).toBeGreaterThan(3);
    const counted = clusters.reduce((sum, c) => sum + Number(c.point_count), 0);
    const singles = (await rendered(page, 'icons')).length;
    // Every one of the 116 sites is either in a cluster or drawn alone (a few may sit off screen).
    expect(counted + singles).toBeGreaterThan(100);
    const png = await screenshot(page, 'heritage-clusters');
    const stats = await imageStats(page, png, [CLUSTER]);
    expect(stats.shares[0]).toBeGreaterThan(0.002);
    expectNoProblems(problems);
    await page.close();
  });

  it('draws icons by kind with names at street zoom', async () => {
    const { page, problems } = await openMap(browser, baseUrl, '#map=11.3/50.59/15.2&layers=heritage-sites');
    await waitReady(page);
    expect(await rendered(page, 'clusters')).toEqual([]);
    const icons = await rendered(page, 'icons');
    const kinds = new Set(icons.map((p) => p.kind));
    expect(icons.length).toBeGreaterThan(3);
    expect(kinds.size).toBeGreaterThan(1);
    const png = await screenshot(page, 'heritage-icons');
    const stats = await imageStats(page, png, [RUIN, CHATEAU, CLUSTER], 6);
    expect(stats.shares[0]! + stats.shares[1]!).toBeGreaterThan(0.0003);
    expect(stats.shares[2]).toBeLessThan(0.0003);
    expectNoProblems(problems);
    await page.close();
  });

  it('finds Bezděz typed without diacritics, flies there and opens its popup', async () => {
    const { page, problems } = await openMap(browser, baseUrl, '#map=9/50.75/15.0&layers=municipalities');
    await waitReady(page);
    await page.locator('[data-tool-tab="heritage-search"]').click();
    const tool = page.locator('[data-tool="heritage-search"]');
    await page.waitForSelector('[data-tool="heritage-search"][data-search-ready="true"]');
    await tool.locator('[data-heritage-search-input]').fill('bezdez');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-tool="heritage-search"]')?.getAttribute('data-search-ready') ===
          'true' &&
        document.querySelector('.heritage-result')?.getAttribute('data-heritage-result') === 'Q1186381',
      undefined,
      { timeout: 15_000, polling: 50 },
    );
    const first = tool.locator('.heritage-result').first();
    expect(await first.innerText()).toContain('Bezděz');
    await screenshot(page, 'heritage-search');

    await changeAndSettle(page, () => first.click());
    const popup = page.locator('.maplibregl-popup[data-popup-layer="heritage-sites"]');
    await popup.waitFor();
    expect(await popup.locator('.popup-title').innerText()).toContain('Bezděz');
    expect(await popup.innerText()).toContain('Q1186381');
    // The map flew to the site: at street zoom, on screen left of the panel and above the popup.
    const view = await page.evaluate(({ lon, lat }) => {
      const map = window.__regiomap!.map;
      const rect = map.getContainer().getBoundingClientRect();
      const panel = document.querySelector('[data-tool="heritage-search"]')!.getBoundingClientRect();
      const at = map.project([lon, lat]);
      return {
        zoom: map.getZoom(),
        x: rect.left + at.x,
        y: at.y,
        panelLeft: panel.left,
        height: rect.height,
        left: rect.left,
      };
    }, BEZDEZ);
    expect(view.zoom).toBeGreaterThanOrEqual(13.9);
    expect(view.x).toBeGreaterThan(view.left);
    expect(view.x).toBeLessThan(view.panelLeft);
    expect(view.y).toBeGreaterThan(0);
    expect(view.y).toBeLessThan(view.height / 2);
    const popupBox = await popup.boundingBox();
    expect(Math.abs((popupBox?.x ?? 0) + (popupBox?.width ?? 0) / 2 - view.x)).toBeLessThan(40);
    expect(await page.evaluate(() => document.body.dataset.activeLayers)).toContain('heritage-sites');
    expect(await popup.locator('canvas').count()).toBeGreaterThan(0);
    await screenshot(page, 'heritage-popup');

    // Kind and national-monument filters: only NKP ruins remain, the text cleared.
    await tool.locator('[data-heritage-search-input]').fill('');
    await tool.locator('[data-heritage-kind="ruin"]').check();
    await tool.locator('[data-heritage-nkp]').selectOption('true');
    await page.waitForFunction(
      () => {
        const items = [...document.querySelectorAll('.heritage-result')];
        return (
          document.querySelector('[data-tool="heritage-search"]')?.getAttribute('data-search-ready') ===
            'true' &&
          items.length > 0 &&
          items.every((b) => b.textContent?.includes('★'))
        );
      },
      undefined,
      { timeout: 15_000, polling: 50 },
    );
    const ids = await tool
      .locator('.heritage-result')
      .evaluateAll((items) => items.map((b) => b.getAttribute('data-heritage-result')));
    expect(ids).toContain(BEZDEZ.id);
    expectNoProblems(problems);
    await page.close();
  });
});
