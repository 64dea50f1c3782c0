import { classLabels, colorOf, type ClassScale } from '../layers/class-scale.ts';
import { num, type LegendItem, type Properties } from '../layers/theme-layer.ts';
import type { I18n } from '../i18n/i18n.ts';
import { NO_DATA_COLOR, RATIO_SCALE, SAVINGS_SCALE } from './energy-palette.ts';

/** What colours the buildings: savings potential in CZK/year, or energy intensity ÷ benchmark. */
export const COLOR_MODES = ['savings', 'ratio'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

const SCALES: Record<ColorMode, { scale: ClassScale; property: string }> = {
  savings: { scale: SAVINGS_SCALE, property: 'savings_czk' },
  ratio: { scale: RATIO_SCALE, property: 'intensity_ratio' },
};

/** The colour of a building in `mode`; grey when it has no value (no readings in the year). */
export function buildingColor(props: Properties, mode: ColorMode): string {
  const { scale, property } = SCALES[mode];
  const value = num(props[property]);
  return value === undefined ? NO_DATA_COLOR : colorOf(scale, value);
}

// Radii in pixels grow with the square root of floor area (the dot's area reads as the building's).
const AREA_MAX_M2 = 30_000;
const RADIUS_MIN_PX = 4;
const RADIUS_MAX_PX = 16;

export function buildingRadius(floorArea: unknown): number {
  const area = num(floorArea);
  if (area === undefined || area <= 0) return RADIUS_MIN_PX;
  return (
    RADIUS_MIN_PX + (RADIUS_MAX_PX - RADIUS_MIN_PX) * Math.sqrt(Math.min(area, AREA_MAX_M2) / AREA_MAX_M2)
  );
}

const PV_MAX_KWP = 200;

/** PV dots from 3 px (no capacity known) to 14 px at 200 kWp and more. */
export function pvRadius(capacityKwp: unknown): number {
  const kwp = num(capacityKwp);
  if (kwp === undefined || kwp <= 0) return 3;
  return 3 + 11 * Math.sqrt(Math.min(kwp, PV_MAX_KWP) / PV_MAX_KWP);
}

/** Legend of a colour mode: its classes, then the grey of buildings without data. */
export function colorLegend(mode: ColorMode, i18n: I18n): LegendItem[] {
  const { scale } = SCALES[mode];
  const format =
    mode === 'savings'
      ? (n: number) => `${i18n.number(n / 1000)} ${i18n.t('energy.unit.thousandCzk')}`
      : (n: number) => `${i18n.number(n * 100)} %`;
  const labels = classLabels(scale, format);
  return [
    ...scale.colors.map((color, k) => ({
      symbol: 'circle' as const,
      color,
      outline: '#ffffff',
      label: labels[k] ?? '',
    })),
    { symbol: 'circle', color: NO_DATA_COLOR, outline: '#ffffff', label: i18n.t('energy.noData') },
  ];
}
