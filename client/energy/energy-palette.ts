import type { ClassScale } from '../layers/class-scale.ts';
import type { MeterKind } from './energy-api.ts';

/** Colours of the meter kinds in charts: what people expect (heat red, water blue, sun yellow). */
export const KIND_COLORS: Record<MeterKind, string> = {
  electricity: '#6a51a3',
  gas: '#fd8d3c',
  heat: '#d7301f',
  water: '#2171b5',
  pv: '#e6ab02',
};

/**
 * Savings potential in CZK per year (modelled), lower bounds of the classes above the first. The
 * steps grow about fivefold: a fire station saves tens of thousands, a hospital millions.
 */
export const SAVINGS_SCALE: ClassScale = {
  breaks: [25_000, 100_000, 500_000, 2_500_000, 7_500_000],
  colors: ['#1a9850', '#d9ef8b', '#fee08b', '#fc8d59', '#d73027', '#7f0000'],
};

/**
 * Energy intensity against the type's benchmark (1 = as the benchmark): greens below, reds above.
 * The middle class straddles 1 so that "as expected" reads as neutral; below it three greens, as
 * buildings well under an indicative benchmark are common.
 */
export const RATIO_SCALE: ClassScale = {
  breaks: [0.5, 0.75, 0.95, 1.05, 1.5],
  colors: ['#1a9850', '#66bd63', '#d9ef8b', '#ffffbf', '#fdae61', '#d73027'],
};

/** Buildings with no value for the chosen colour (no meters in the year). */
export const NO_DATA_COLOR = '#9e9e9e';

/** PV systems: one colour, sized by capacity. */
export const PV_COLOR = '#e6ab02';

export const BLUE_GREEN_KINDS = [
  'green_roof',
  'rain_tank',
  'grey_water',
  'rain_garden',
  'pond',
  'park',
] as const;
export type BlueGreenKind = (typeof BLUE_GREEN_KINDS)[number];
export const BLUE_GREEN_COLORS: Record<BlueGreenKind, string> = {
  green_roof: '#31a354',
  rain_tank: '#3182bd',
  grey_water: '#756bb1',
  rain_garden: '#a1d99b',
  pond: '#08519c',
  park: '#006d2c',
};
