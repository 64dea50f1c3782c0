/**
 * A small chart described as data, so that layers build it in pure code (and unit-test it) and the
 * popup or a panel draws it with uPlot (`chart.ts`).
 *
 * @example A hydrograph with two SPA lines:
 * ```ts
 * const spec: ChartSpec = {
 *   type: 'line', lang: 'cs', unit: 'cm', caption: 'Vodní stav',
 *   x: { time: ['2026-02-01T00:00:00Z', '2026-02-01T01:00:00Z'], resolution: 'hour' },
 *   series: [{ label: 'stav', values: [120, 131], color: '#1f77b4' }],
 *   thresholds: [{ value: 180, label: 'SPA 1', color: '#e6ab02' }, { value: 240, label: 'SPA 2', color: '#d95f02' }],
 * };
 * ```
 */
export interface ChartSpec {
  /** Lines over time or categories; bars grouped side by side when there are several series. */
  type: 'line' | 'bar';
  /** Language of the axis labels and numbers. */
  lang: 'cs' | 'en';
  /**
   * The x axis: instants (ISO strings or epoch milliseconds) with the step they stand for, which
   * sets how ticks are labelled (a month as "led 2025", a day as "5. 1.", an hour as "14:00"), or
   * plain labels (years, names) spaced evenly.
   */
  x: { time: (string | number)[]; resolution: TimeResolution } | { categories: string[] };
  series: ChartSeries[];
  /** The y axis unit, shown beside the axis ("kWh", "m³/s"). */
  unit?: string;
  /** Horizontal reference lines (flood activity levels, a benchmark), always kept in view. */
  thresholds?: ChartThreshold[];
  /** A short title above the chart; also the chart's accessible name. */
  caption?: string;
  /** Drawing size in CSS pixels; defaults fit a map popup (see CHART_DEFAULTS). */
  width?: number;
  height?: number;
}

export type TimeResolution = 'hour' | 'day' | 'month' | 'year';

export interface ChartSeries {
  label: string;
  /** One value per x; `null` is a gap (no reading), not zero. */
  values: (number | null)[];
  /** `#rrggbb`. */
  color: string;
}

export interface ChartThreshold {
  value: number;
  label: string;
  /** `#rrggbb`. */
  color: string;
}

/** Sizes that fit the map popup (340 px wide with its padding). */
export const CHART_DEFAULTS = {
  /** Drawing width in CSS pixels. */
  width: 300,
  /** Drawing height in CSS pixels (plot, axes and legend). */
  height: 150,
  /** Share of the space between two x positions that a group of bars fills. */
  barGroupWidth: 0.8,
} as const;
