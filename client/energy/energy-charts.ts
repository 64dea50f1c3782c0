import type { ChartSpec } from '../charts/chart-spec.ts';
import type { I18n } from '../i18n/i18n.ts';
import { KIND_COLORS } from './energy-palette.ts';
import { METER_KINDS, type MeterKind, type SeriesAnswer } from './energy-api.ts';

// Energy kinds share one kWh axis (gas comes converted to kWh); water has its own chart in m³.
const ENERGY_KINDS: readonly MeterKind[] = METER_KINDS.filter((kind) => kind !== 'water');

/** Kinds of `answer` in the listed order that have at least one value. */
function kindsWithData(answer: SeriesAnswer, kinds: readonly MeterKind[]): MeterKind[] {
  return kinds.filter((kind) => answer.series[kind]?.some((v) => typeof v === 'number'));
}

function spec(
  answer: SeriesAnswer,
  kinds: MeterKind[],
  type: ChartSpec['type'],
  caption: string,
  unit: string,
  i18n: I18n,
): ChartSpec {
  return {
    type,
    lang: i18n.lang,
    caption,
    unit,
    x: { time: answer.timestamps, resolution: answer.resolution === 'month' ? 'month' : 'day' },
    series: kinds.map((kind) => ({
      label: i18n.t(`energy.kind.${kind}`),
      values: answer.series[kind] ?? [],
      color: KIND_COLORS[kind],
    })),
  };
}

/**
 * The building popup's charts: monthly energy as bars per kind (kWh), monthly water (m³) when the
 * building has a water meter, and the daily energy of each kind as lines. Kinds without data are
 * left out; a chart with no kind at all is not drawn.
 */
export function buildingCharts(
  monthly: SeriesAnswer | undefined,
  daily: SeriesAnswer | undefined,
  i18n: I18n,
): ChartSpec[] {
  const charts: ChartSpec[] = [];
  if (monthly) {
    const energy = kindsWithData(monthly, ENERGY_KINDS);
    if (energy.length > 0)
      charts.push(spec(monthly, energy, 'bar', i18n.t('energy.chart.monthly'), 'kWh', i18n));
    const water = kindsWithData(monthly, ['water']);
    if (water.length > 0)
      charts.push(spec(monthly, water, 'bar', i18n.t('energy.chart.monthlyWater'), 'm³', i18n));
  }
  if (daily) {
    const energy = kindsWithData(daily, ENERGY_KINDS);
    if (energy.length > 0)
      charts.push(spec(daily, energy, 'line', i18n.t('energy.chart.daily'), 'kWh', i18n));
  }
  return charts;
}
