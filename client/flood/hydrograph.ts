import type { ChartSpec, ChartThreshold } from '../charts/chart-spec.ts';
import type { I18n } from '../i18n/i18n.ts';
import { isoSeconds } from './replay-steps.ts';

/** `GET /api/flood/gauges/:id/series`: a gauge's hourly readings as columns, with its thresholds. */
export interface GaugeSeries {
  gauge: { id: string; name: string; river: string; measure: 'H' | 'Q' };
  timestamps: string[];
  level_cm: (number | null)[];
  discharge_m3s: (number | null)[];
  precipitation_mm: (number | null)[];
  /** In the unit of the measure the stages are judged on. */
  thresholds: { spa1: number | null; spa2: number | null; spa3: number | null; dry: number | null };
}

/** How much of a gauge's history the popup shows: the week up to the moment shown. */
export const HYDROGRAPH_DAYS = 7;
const DAY_MS = 86_400_000;

export function hydrographWindow(asOf: string): { from: string; to: string } {
  const to = Date.parse(asOf);
  return { from: isoSeconds(to - HYDROGRAPH_DAYS * DAY_MS), to: isoSeconds(to) };
}

/** Threshold lines, darker than the map's stage colours so that they read on the white chart. */
const LINE_COLORS = { spa1: '#c29b00', spa2: '#e07000', spa3: '#d7191c', dry: '#8c510a' } as const;
const HYDROGRAPH_COLOR = '#1f78b4';
const RAIN_COLOR = '#6a51a3';

/**
 * The popup's two charts of one series: the hydrograph of the measure the gauge's stages are judged
 * on (level in cm or discharge in m³/s) with its SPA 1–3 and drought lines, and the daily rain
 * totals as bars under it (hourly bars would be a pixel wide in a popup).
 */
export function hydrographCharts(series: GaugeSeries, i18n: I18n): ChartSpec[] {
  const measure = series.gauge.measure;
  const values = measure === 'H' ? series.level_cm : series.discharge_m3s;
  const thresholds: ChartThreshold[] = [];
  const t = series.thresholds;
  if (t.spa1 !== null) thresholds.push({ value: t.spa1, label: 'SPA 1', color: LINE_COLORS.spa1 });
  if (t.spa2 !== null) thresholds.push({ value: t.spa2, label: 'SPA 2', color: LINE_COLORS.spa2 });
  if (t.spa3 !== null) thresholds.push({ value: t.spa3, label: 'SPA 3', color: LINE_COLORS.spa3 });
  if (t.dry !== null)
    thresholds.push({ value: t.dry, label: i18n.t('flood.chart.dry'), color: LINE_COLORS.dry });
  const label = i18n.t(measure === 'H' ? 'flood.chart.level' : 'flood.chart.discharge');
  const rain = dailyTotals(series.timestamps, series.precipitation_mm);
  return [
    {
      type: 'line',
      lang: i18n.lang,
      caption: label,
      unit: measure === 'H' ? 'cm' : 'm³/s',
      x: { time: series.timestamps, resolution: 'hour' },
      series: [{ label, values, color: HYDROGRAPH_COLOR }],
      thresholds,
    },
    {
      type: 'bar',
      lang: i18n.lang,
      caption: i18n.t('flood.chart.rain'),
      unit: 'mm',
      height: 100,
      x: { time: rain.days, resolution: 'day' },
      series: [{ label: i18n.t('flood.chart.rain'), values: rain.totals, color: RAIN_COLOR }],
    },
  ];
}

/**
 * Rain per calendar day (UTC days: the readings are hourly in UTC; a Prague day is shifted by one or
 * two hours, which a daily bar does not show). A day without any reading is a gap, not zero.
 */
export function dailyTotals(
  timestamps: string[],
  values: (number | null)[],
): { days: string[]; totals: (number | null)[] } {
  const totals = new Map<string, number | null>();
  timestamps.forEach((ts, i) => {
    const day = `${ts.slice(0, 10)}T00:00:00Z`;
    const value = values[i];
    const sum = totals.get(day) ?? null;
    totals.set(day, typeof value === 'number' ? (sum ?? 0) + value : sum);
  });
  return { days: [...totals.keys()], totals: [...totals.values()] };
}
