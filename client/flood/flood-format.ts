import type { I18n } from '../i18n/i18n.ts';
import type { GaugeStatus, Stage, Trend } from './flood-api.ts';
import { stageThreshold } from './stage-scale.ts';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A moment as the region reads it: local time in Prague, e.g. `12. 6. 2025 14:00`. */
export function formatMoment(iso: string | null | undefined, i18n: I18n): string {
  if (!iso) return '–';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = dateFormats.get(i18n.lang);
  if (!format) {
    format = new Intl.DateTimeFormat(i18n.lang === 'cs' ? 'cs-CZ' : 'en-GB', {
      timeZone: 'Europe/Prague',
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    dateFormats.set(i18n.lang, format);
  }
  return format.format(date);
}

export const TREND_ARROWS: Record<Trend, string> = { rising: '↑', falling: '↓', steady: '→' };

export function trendText(trend: Trend | null, i18n: I18n): string {
  return trend ? `${TREND_ARROWS[trend]} ${i18n.t(`flood.trend.${trend}`)}` : '–';
}

export const stageLabel = (stage: Stage, i18n: I18n): string => i18n.t(`flood.stage.${stage}`);

/** Centimetres without decimals, cubic metres per second with two. */
export function formatMeasure(value: number | null, measure: 'H' | 'Q', i18n: I18n): string {
  if (value === null) return '–';
  return measure === 'H' ? `${i18n.number(value, 0)} cm` : `${i18n.number(value, 2)} m³/s`;
}

/** `312 / 280 cm`: the reading against the threshold of the stage it is at. */
export function valueVersusThreshold(gauge: GaugeStatus, i18n: I18n): string {
  const threshold = stageThreshold(gauge);
  const value = formatMeasure(gauge.value, gauge.measure, i18n);
  if (threshold === null) return value;
  const digits = gauge.measure === 'H' ? 0 : 2;
  return `${gauge.value === null ? '–' : i18n.number(gauge.value, digits)} / ${formatMeasure(threshold, gauge.measure, i18n)}`;
}

export const formatRain = (mm: number | null, i18n: I18n): string =>
  mm === null ? '–' : `${i18n.number(mm, 1)} mm`;
