import type { TimeResolution } from './chart-spec.ts';

type Lang = 'cs' | 'en';

const LOCALES: Record<Lang, string> = { cs: 'cs-CZ', en: 'en-GB' };
// All instants are labelled in the region's own time zone, whatever the viewer's machine says.
const TIME_ZONE = 'Europe/Prague';

const TIME_FORMATS: Record<TimeResolution, Intl.DateTimeFormatOptions> = {
  hour: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  day: { day: 'numeric', month: 'numeric' },
  month: { month: 'short' },
  year: { year: 'numeric' },
};

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant (epoch milliseconds) as a label of its resolution: "led 2025", "5. 1.", "14:00".
 * `withYear: false` leaves the year out of a month ("led"), for axis ticks that show it once.
 */
export function formatTime(ms: number, resolution: TimeResolution, lang: Lang, withYear = true): string {
  // Czech writes a month with its year in full ("leden 2025"); short month + year reads alike in both.
  if (resolution === 'month' && withYear)
    return `${formatTime(ms, 'month', lang, false)} ${formatTime(ms, 'year', lang)}`;
  const key = `${lang}:${resolution}`;
  let format = timeFormats.get(key);
  if (!format) {
    const options = { ...TIME_FORMATS[resolution], timeZone: TIME_ZONE };
    // English days read better as "5 Jan" than "05/01".
    if (resolution === 'day' && lang === 'en') options.month = 'short';
    format = new Intl.DateTimeFormat(LOCALES[lang], options);
    timeFormats.set(key, format);
  }
  return format.format(ms);
}

/**
 * Axis numbers: grouped thousands in the language's style with the decimals the tick step needs,
 * and, once a tick reaches ten thousand, a compact form for all ("120 tis.", "120k") so that the y
 * axis of a yearly energy total stays narrow.
 */
export function formatAxisNumbers(ticks: number[], lang: Lang, step: number): string[] {
  const compact = ticks.some((tick) => Math.abs(tick) >= 10_000);
  const digits = step > 0 ? decimalsOf(step) : 0;
  const format = new Intl.NumberFormat(LOCALES[lang], {
    notation: compact ? 'compact' : 'standard',
    maximumFractionDigits: compact ? 1 : digits,
  });
  return ticks.map((tick) => format.format(tick));
}

/** Decimals a step shows with (0.25 → 2, 0.5 → 1, 20 → 0). */
function decimalsOf(step: number): number {
  for (let digits = 0; digits < 6; digits++) {
    const scaled = step * 10 ** digits;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, scaled)) return digits;
  }
  return 6;
}

/** A value as the legend and tooltips show it: grouped thousands, at most `digits` decimals. */
export function formatValue(value: number | null | undefined, lang: Lang, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits }).format(value);
}

const monthNumber = new Intl.DateTimeFormat('en-GB', { month: 'numeric', timeZone: TIME_ZONE });

/** The calendar month (1–12) of an instant in the region's time zone. */
export const monthOf = (ms: number): number => Number(monthNumber.format(ms));
