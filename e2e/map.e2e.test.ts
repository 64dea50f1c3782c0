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
const REGION_BBOX: [number, number, number, number] = [14.3, 50.45, 15.65, 51.05];
// The choropleth classes as the client draws them (palettes.ts) at 75 % over the basemap's land colour.
const DENSITY_COLORS = ['#ffffcc', '#ffeda0', '#fed976', '#feb24c', '#fd8d3c', '#e31a1c', '#800026'];
const LAND = '#f8f6f1';

let browser: Browser;

beforeAll(async () => {
  const launched = await launchBrowser();
  browser = launched.browser;
  console.log(`e2e: WebGL renderer: ${launched.renderer}`);
});

afterAll(async () => {
  await browser?.close();
});

/** Style layer visibility and deck.gl layer ids, as the map has them now. */
async function mapLayers(page: Page): Promise<{ visible: string[]; deck: string[]; active: string }> {
  return page.evaluate(() => {
    const app = window.__regiomap;
    if (!app) throw new Error('no window.__regiomap');
    const visible = app.map
      .getStyle()
      .layers.filter(
        (l) => l.id.startsWith('theme-') && app.map.getLayoutProperty(l.id, 'visibility') !== 'none',
      )
      .map((l) => l.id);
    return { visible, deck: app.controller.deckLayerIds(), active: document.body.dataset.activeLayers ?? '' };
  });
}

describe('the map client', () => {
  it('loads the default layers, signals readiness and draws the choropleth, labels and attribution', async () => {
    const { page, problems } = await openMap(browser, baseUrl);
    const glyphs: string[] = [];
    page.on('response', (res) => {
      if (res.url().includes('/basemap/fonts/') && res.status() === 200) glyphs.push(res.url());
    });
    await waitReady(page);
    const layers = await mapLayers(page);
    expect(layers.active).toBe('municipalities,flood-zones,gauges,heritage-sites');
    expect(layers.visible).toContain('theme-municipalities-fill');
    // Heritage sites are clustered GeoJSON drawn by MapLibre (icons by kind), not a deck.gl layer.
    expect(layers.deck).toEqual(['deck-gauges']);
    expect(layers.visible).toContain('theme-heritage-sites-icons');

    const png = await screenshot(page, 'map-default');
    const stats = await imageStats(
      page,
      png,
      DENSITY_COLORS.map((c) => blend(c, 0.75, LAND)),
    );
    expect(stats.distinctColors).toBeGreaterThan(300);
    const classesShown = stats.shares.filter((share) => share > 0.002).length;
    expect(
      classesShown,
      `choropleth class shares ${stats.shares.map((s) => s.toFixed(4)).join(' ')}`,
    ).toBeGreaterThanOrEqual(4);

    const attribution = await page.locator('.maplibregl-ctrl-attrib-inner').innerText();
    const catalog = (await (await fetch(`${baseUrl}/catalog`)).json()) as {
      sources: { id: string; attribution: string }[];
    };
    const plain = (html: string) => html.replace(/<[^>]+>/g, '').trim();
    for (const id of ['municipalities', 'gauges', 'heritage-sites']) {
      const source = catalog.sources.find((s) => s.id === id);
      expect(attribution, `attribution of ${id}`).toContain(plain(source?.attribution ?? '???').slice(0, 20));
    }
    // Labels are drawn with our own glyphs, including the Latin Extended-A range (č, ř, ž, ů …).
    expect(glyphs.some((url) => url.includes('/0-255.pbf'))).toBe(true);
    expect(glyphs.some((url) => url.includes('/256-511.pbf'))).toBe(true);
    expectNoProblems(problems);
    await page.close();
  });

  it('switches layers on and off, and readiness follows', async () => {
    const { page, problems } = await openMap(browser, baseUrl, '#map=11/50.74/15.1');
    await waitReady(page);
    for (const [id, on] of [
      ['stops', true],
      ['hospitals', true],
      ['heritage-sites', false],
      ['flood-zones', false],
    ] as const) {
      const before = await mapLayers(page);
      await changeAndSettle(page, () => page.locator(`[data-layer-toggle="${id}"]`).setChecked(on));
      const after = await mapLayers(page);
      expect(after.active.split(',').includes(id)).toBe(on);
      expect(after).not.toEqual(before);
    }
    const layers = await mapLayers(page);
    expect(layers.visible).toEqual(
      expect.arrayContaining(['theme-stops-circle', 'theme-municipalities-fill']),
    );
    expect(layers.visible).not.toContain('theme-flood-zones-fill');
    expect(layers.deck).toEqual(['deck-gauges', 'deck-hospitals']);

    await changeAndSettle(page, () => page.locator('[data-layer-opacity="municipalities"]').fill('40'));
    const opacity = await page.evaluate(() =>
      window.__regiomap?.map.getPaintProperty('theme-municipalities-fill', 'fill-opacity'),
    );
    expect(JSON.stringify(opacity)).toContain('0.3');
    expect(await page.evaluate(() => location.hash)).toContain('municipalities:40');
    await screenshot(page, 'map-toggled');
    expectNoProblems(problems);
    await page.close();
  });

  it('opens popups on a gauge (deck.gl) and on a municipality (MapLibre)', async () => {
    const gauges = await fetchTileFeatures(baseUrl, 'gauges', 9, REGION_BBOX);
    const gauge = gauges.find(
      (f) => f.properties?.spa_type === 'H' && typeof f.properties?.spa1_h === 'number',
    );
    expect(gauge, 'a gauge with level thresholds in the served tiles').toBeDefined();
    const [lon, lat] = (gauge!.geometry as GeoJSON.Point).coordinates as [number, number];

    const { page, problems } = await openMap(
      browser,
      baseUrl,
      `#map=12/${lat}/${lon}&layers=municipalities,gauges`,
    );
    await waitReady(page);
    const point = await page.evaluate(([x, y]) => window.__regiomap!.map.project([x, y]), [
      lon,
      lat,
    ] as const);
    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.move(box.x + point.x, box.y + point.y);
    await expect
      .poll(() => page.locator('.map-tooltip').innerText())
      .toContain(String(gauge!.properties?.name));
    await page.mouse.click(box.x + point.x, box.y + point.y);
    const popup = page.locator('.maplibregl-popup');
    await popup.waitFor();
    expect(await popup.getAttribute('data-popup-layer')).toBe('gauges');
    expect(await popup.locator('.popup-title').innerText()).toBe(gauge!.properties?.name);
    const table = await popup.locator('table.popup-table').innerText();
    expect(table).toContain('SPA 1');
    expect(table).toContain(String(gauge!.properties?.spa1_h));
    expect(await popup.locator('th.applies').innerText()).toBe('Stav (cm)');
    await page.evaluate(() => new Promise(requestAnimationFrame));
    await screenshot(page, 'popup-gauge');

    // A municipality: Liberec's centre, with only the choropleth on.
    await changeAndSettle(page, () =>
      page.evaluate(() => {
        location.hash = '#map=12/50.7695/15.0585&layers=municipalities';
      }),
    );
    const center = await page.evaluate(() => window.__regiomap!.map.project([15.0585, 50.7695]));
    await page.mouse.click(box.x + center.x, box.y + center.y);
    await expect.poll(() => page.locator('.maplibregl-popup .popup-title').innerText()).toBe('Liberec');
    expect(await page.locator('.maplibregl-popup').innerText()).toContain('Hustota zalidnění');
    await screenshot(page, 'popup-municipality');
    expectNoProblems(problems);
    await page.close();
  });

  it('switches the language to English', async () => {
    const { page, problems } = await openMap(browser, baseUrl);
    await waitReady(page);
    expect(await page.locator('#theme-flood').textContent()).toBe('Povodně');
    await changeAndSettle(page, () => page.locator('button[data-lang="en"]').click());
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('#theme-flood').textContent()).toBe('Floods');
    expect(await page.locator('.app-title').innerText()).toBe('Regiomap – Liberec Region');
    const catalog = (await (await fetch(`${baseUrl}/catalog`)).json()) as {
      sources: { id: string; title: { en: string } }[];
    };
    const gauges = catalog.sources.find((s) => s.id === 'gauges');
    expect(await page.locator('label[for="layer-gauges"]').innerText()).toBe(gauges?.title.en);
    expect(await page.locator('[data-layer="municipalities"] .legend').innerText()).toContain('inh./km²');
    expect(await page.evaluate(() => location.hash)).toContain('lang=en');
    await screenshot(page, 'map-english');
    expectNoProblems(problems);
    await page.close();
  });

  it('restores view, layers, opacity and language from a shared link', async () => {
    const hash = '#map=12.5/50.7234/15.1712&layers=stops,hospitals:50,municipalities:70&lang=en';
    const { page, problems } = await openMap(browser, baseUrl, hash);
    await waitReady(page);
    const view = await page.evaluate(() => {
      const map = window.__regiomap!.map;
      return { zoom: map.getZoom(), center: map.getCenter().toArray() };
    });
    expect(view.zoom).toBeCloseTo(12.5, 5);
    expect(view.center[0]).toBeCloseTo(15.1712, 4);
    expect(view.center[1]).toBeCloseTo(50.7234, 4);
    const layers = await mapLayers(page);
    expect(layers.active).toBe('stops,hospitals,municipalities');
    expect(layers.deck).toEqual(['deck-hospitals']);
    expect(await page.locator('[data-layer-opacity="hospitals"]').inputValue()).toBe('50');
    expect(await page.locator('[data-layer-opacity="municipalities"]').inputValue()).toBe('70');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await screenshot(page, 'map-restored');

    // The link follows the map: pan, reload, and the same view comes back.
    await changeAndSettle(page, () =>
      page.evaluate(() => window.__regiomap!.map.jumpTo({ center: [14.8, 50.6], zoom: 10 })),
    );
    expect(await page.evaluate(() => location.hash)).toBe(
      '#map=10/50.6/14.8&layers=stops,hospitals:50,municipalities:70&lang=en',
    );
    await page.reload();
    await waitReady(page);
    const restored = await page.evaluate(() => window.__regiomap!.map.getCenter().toArray());
    expect(restored[0]).toBeCloseTo(14.8, 4);
    expect(restored[1]).toBeCloseTo(50.6, 4);
    expectNoProblems(problems);
    await page.close();
  });

  it('works on a phone: the panel collapses behind a button', async () => {
    const { page, problems } = await openMap(browser, baseUrl, '', { width: 390, height: 760 });
    await waitReady(page);
    const toggle = page.locator('button.panel-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#layer-panel').isVisible()).toBe(false);
    await screenshot(page, 'phone-map');
    await toggle.click();
    expect(await page.locator('#layer-panel').isVisible()).toBe(true);
    await page.locator('[data-layer-toggle="stops"]').focus();
    await changeAndSettle(page, () => page.keyboard.press('Space'));
    expect(await page.evaluate(() => document.body.dataset.activeLayers)).toContain('stops');
    await screenshot(page, 'phone-panel');
    await page.keyboard.press('Escape');
    expect(await page.locator('#layer-panel').isVisible()).toBe(false);
    expectNoProblems(problems);
    await page.close();
  });
});
