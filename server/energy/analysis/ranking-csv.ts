import type { BuildingStats } from './energy-queries.ts';

/** The export's columns, in order; numbers rounded as the table shows them. */
const COLUMNS: readonly [keyof BuildingStats, number | null][] = [
  ['id', null],
  ['code', null],
  ['name', null],
  ['type', null],
  ['municipality', null],
  ['okres', null],
  ['floor_area_m2', 0],
  ['built_year', null],
  ['occupants', null],
  ['heat_intensity', 1],
  ['electricity_intensity', 1],
  ['water_intensity', 3],
  ['water_per_person', 2],
  ['pv_kwh', 0],
  ['self_sufficiency', 3],
  ['intensity_ratio', 3],
  ['completeness', 3],
  ['savings_kwh', 0],
  ['savings_m3', 1],
  ['savings_czk', 0],
];

/** A field quoted when it holds a separator, quote or line break (RFC 4180). */
const field = (v: unknown, digits: number | null): string => {
  if (v === null || v === undefined) return '';
  const text = typeof v === 'number' && digits !== null ? v.toFixed(digits) : String(v);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** The ranking as RFC 4180 CSV with a header row (CRLF line ends). */
export function rankingCsv(rows: readonly BuildingStats[]): string {
  const lines = [COLUMNS.map(([name]) => name).join(',')];
  for (const r of rows) lines.push(COLUMNS.map(([name, digits]) => field(r[name], digits)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
