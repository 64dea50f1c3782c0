import { formatTime, monthOf } from './chart-format.ts';
import { CHART_DEFAULTS, type ChartSpec, type TimeResolution } from './chart-spec.ts';

/**
 * How a spec's x axis is drawn: instants on a time scale (seconds, uPlot's unit) for lines over
 * time, or evenly spaced positions 0…n-1 for bars and categories (a month of bars is as wide as any
 * other, whatever its length in days).
 */
export const usesIndexAxis = (spec: ChartSpec): boolean => spec.type === 'bar' || 'categories' in spec.x;

const toMs = (value: string | number): number => (typeof value === 'number' ? value : Date.parse(value));

/** The number of x positions of a spec. */
export const xCount = (spec: ChartSpec): number =>
  'categories' in spec.x ? spec.x.categories.length : spec.x.time.length;

/** uPlot's columnar data: x positions, then one value array per series padded with gaps to their length. */
export function alignedData(spec: ChartSpec): [number[], ...(number | null)[][]] {
  const n = xCount(spec);
  const xs =
    usesIndexAxis(spec) || 'categories' in spec.x
      ? Array.from({ length: n }, (_, i) => i)
      : spec.x.time.map((t) => toMs(t) / 1000);
  const ys = spec.series.map((series) =>
    Array.from({ length: n }, (_, i) => {
      const value = series.values[i];
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    }),
  );
  return [xs, ...ys];
}

/** The label of x position `x` (an index, or seconds on a time axis). */
export function xLabel(spec: ChartSpec, x: number): string {
  if ('categories' in spec.x) return spec.x.categories[Math.round(x)] ?? '';
  const ms = usesIndexAxis(spec) ? spec.x.time[Math.round(x)] : x * 1000;
  return ms === undefined ? '' : formatTime(toMs(ms), spec.x.resolution, spec.lang);
}

/**
 * Tick labels of x positions: months as "led" with the year under the first and under each January
 * (fourteen months fit a popup that way), other instants and categories as {@link xLabel}. On a
 * time axis the labels follow the tick step uPlot chose (`step`, seconds): days of an hourly series
 * a few days long are labelled as days, not as the same "00:00" again and again.
 */
export function xTickLabels(spec: ChartSpec, xs: number[], step = 0): string[] {
  if ('categories' in spec.x) return xs.map((x) => xLabel(spec, x));
  const index = usesIndexAxis(spec);
  const resolution = index ? spec.x.resolution : resolutionOfStep(step, spec.x.resolution);
  const { time } = spec.x;
  return xs.map((x, k) => {
    const t = index ? time[Math.round(x)] : x * 1000;
    if (t === undefined) return '';
    const ms = toMs(t);
    if (resolution !== 'month') return formatTime(ms, resolution, spec.lang);
    const month = formatTime(ms, 'month', spec.lang, false);
    return k === 0 || monthOf(ms) === 1 ? `${month}\n${formatTime(ms, 'year', spec.lang)}` : month;
  });
}

const DAY_S = 86_400;

/** The coarsest resolution a time-axis tick step shows, never finer than the data's own. */
function resolutionOfStep(step: number, data: TimeResolution): TimeResolution {
  const ofStep: TimeResolution =
    step >= 365 * DAY_S ? 'year' : step >= 28 * DAY_S ? 'month' : step >= DAY_S ? 'day' : 'hour';
  const order: TimeResolution[] = ['hour', 'day', 'month', 'year'];
  return order[Math.max(order.indexOf(ofStep), order.indexOf(data))] ?? data;
}

/**
 * The y range: all values and every threshold in view (a SPA line above the hydrograph must still
 * show), zero included for bars, a little headroom above.
 */
export function valueRange(spec: ChartSpec): [number, number] {
  const values = [
    ...spec.series.flatMap((s) =>
      s.values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)),
    ),
    ...(spec.thresholds ?? []).map((t) => t.value),
  ];
  if (spec.type === 'bar') values.push(0);
  if (values.length === 0) return [0, 1];
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (min === max) return min === 0 ? [0, 1] : [Math.min(0, min), Math.max(0, max) * 1.1 || 1];
  const pad = (max - min) * 0.08;
  return [spec.type === 'bar' && min >= 0 ? min : min - pad, max + pad];
}

/** Every how many positions an index axis gets a label so that at most `maxTicks` are drawn. */
export function tickIndices(count: number, maxTicks: number): number[] {
  if (count <= 0) return [];
  const step = Math.max(1, Math.ceil(count / Math.max(1, maxTicks)));
  return Array.from({ length: Math.ceil(count / step) }, (_, k) => k * step);
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Rectangles of one series of grouped bars, in canvas pixels: each group fills
 * `CHART_DEFAULTS.barGroupWidth` of the spacing between positions, series side by side in order.
 * `tops` holds each bar's value in pixels (`null` = no bar), `zero` the pixel row of the value 0.
 */
export function barRects(
  centers: number[],
  tops: (number | null)[],
  zero: number,
  seriesIndex: number,
  seriesCount: number,
  spacing: number,
): Rect[] {
  const group = Math.max(1, spacing * CHART_DEFAULTS.barGroupWidth);
  const width = group / Math.max(1, seriesCount);
  const rects: Rect[] = [];
  centers.forEach((center, i) => {
    const top = tops[i];
    if (top === null || top === undefined) return;
    rects.push({
      x: center - group / 2 + seriesIndex * width,
      y: Math.min(top, zero),
      width: Math.max(1, width - 1),
      height: Math.abs(zero - top),
    });
  });
  return rects;
}
