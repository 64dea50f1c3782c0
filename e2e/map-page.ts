import { expect } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS } from './server-process.ts';

/** Browser-side errors and failed requests of one page, so that a test can assert there were none. */
export interface PageProblems {
  errors: string[];
  failedRequests: string[];
}

/** Opens the map at `hash` in a fresh page and collects console errors and failed requests. */
export async function openMap(
  browser: Browser,
  baseUrl: string,
  hash = '',
  viewport = { width: 1280, height: 800 },
): Promise<{ page: Page; problems: PageProblems }> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  const problems: PageProblems = { errors: [], failedRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.errors.push(msg.text());
  });
  page.on('pageerror', (err) => problems.errors.push(err.message));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.failedRequests.push(`${res.status()} ${res.url()}`);
  });
  page.on('requestfailed', (req) => {
    const reason = req.failure()?.errorText;
    // The map cancels the tile requests a zoom or fly-to leaves behind; a cancel is not a failure.
    if (reason !== 'net::ERR_ABORTED') problems.failedRequests.push(`${reason} ${req.url()}`);
  });
  await page.goto(`${baseUrl}/${hash}`);
  return { page, problems };
}

/** Waits for the readiness signal (map idle with all active tiles, deck drawn, two frames). */
export async function waitReady(page: Page, timeout = 150_000): Promise<void> {
  await page.waitForFunction(
    () => document.body.dataset.ready === 'true' || document.body.dataset.error !== undefined,
    undefined,
    { timeout, polling: 100 },
  );
  const error = await page.evaluate(() => document.body.dataset.error);
  if (error) throw new Error(`the map failed to load: ${error}`);
}

/**
 * Runs `action` (a click, a hash change …) and waits until the readiness signal has gone to `false`
 * and back to `true`: a change must not be judged on the frame from before it.
 */
export async function changeAndSettle(page: Page, action: () => Promise<unknown>): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __readySeen: string[] }).__readySeen = seen;
    new MutationObserver(() => seen.push(document.body.dataset.ready ?? '')).observe(document.body, {
      attributes: true,
      attributeFilter: ['data-ready'],
    });
  });
  await action();
  await page.waitForFunction(
    () => (window as unknown as { __readySeen: string[] }).__readySeen.includes('false'),
    undefined,
    {
      timeout: 30_000,
      polling: 50,
    },
  );
  await waitReady(page);
}

export async function screenshot(page: Page, name: string): Promise<Buffer> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** Colour statistics of a PNG, computed by the browser's own decoder (no image library needed). */
export interface ImageStats {
  width: number;
  height: number;
  /** Distinct colours after reducing each channel to 5 bits. */
  distinctColors: number;
  /** Share of pixels within `tolerance` (max channel difference) of each probe colour. */
  shares: number[];
}

export async function imageStats(
  page: Page,
  png: Buffer,
  probes: [number, number, number][],
  tolerance = 10,
): Promise<ImageStats> {
  return page.evaluate(
    async ({ b64, probes, tolerance }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, img.width, img.height);
      const colors = new Set<number>();
      const counts = probes.map(() => 0);
      for (let i = 0; i < data.length; i += 4) {
        const r = data[i] ?? 0;
        const g = data[i + 1] ?? 0;
        const b = data[i + 2] ?? 0;
        colors.add(((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3));
        probes.forEach(([pr, pg, pb], k) => {
          if (
            Math.abs(r - pr) <= tolerance &&
            Math.abs(g - pg) <= tolerance &&
            Math.abs(b - pb) <= tolerance
          ) {
            counts[k] = (counts[k] ?? 0) + 1;
          }
        });
      }
      const total = data.length / 4;
      return {
        width: img.width,
        height: img.height,
        distinctColors: colors.size,
        shares: counts.map((c) => c / total),
      };
    },
    { b64: png.toString('base64'), probes, tolerance },
  );
}

/** `#rrggbb` drawn at `alpha` over `under` (what a semi-transparent fill looks like on screen). */
export function blend(hex: string, alpha: number, under: string): [number, number, number] {
  const rgb = (h: string) => {
    const n = Number.parseInt(h.slice(1), 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255] as const;
  };
  const top = rgb(hex);
  const bottom = rgb(under);
  return [0, 1, 2].map((i) => Math.round((top[i] ?? 0) * alpha + (bottom[i] ?? 0) * (1 - alpha))) as [
    number,
    number,
    number,
  ];
}

/** No console error and no failed request (a cancelled tile is not one) since the page opened. */
export function expectNoProblems(problems: PageProblems): void {
  expect(problems.errors, 'console errors').toEqual([]);
  expect(problems.failedRequests, 'failed requests').toEqual([]);
}
