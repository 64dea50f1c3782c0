import type { MessageKey } from '../i18n/messages.ts';
import type { RankingQuery, RankingRow, RankingSort } from './energy-api.ts';

/** A column of the ranking table: what it shows, how, and the API sort key behind its header. */
export interface RankingColumn {
  key: keyof RankingRow;
  label: MessageKey;
  /** Numbers are shown divided by this (MWh, thousands of CZK) with `digits` decimals. */
  divisor?: number;
  digits?: number;
  sort?: RankingSort;
}

export const RANKING_COLUMNS: readonly RankingColumn[] = [
  { key: 'name', label: 'energy.ranking.name', sort: 'name' },
  { key: 'heat_intensity', label: 'energy.ranking.heat', digits: 0, sort: 'heat_intensity' },
  {
    key: 'electricity_intensity',
    label: 'energy.ranking.electricity',
    digits: 0,
    sort: 'electricity_intensity',
  },
  { key: 'water_intensity', label: 'energy.ranking.water', digits: 2, sort: 'water_intensity' },
  { key: 'savings_kwh', label: 'energy.ranking.savingsKwh', divisor: 1000, digits: 1, sort: 'savings_kwh' },
  { key: 'savings_m3', label: 'energy.ranking.savingsM3', digits: 0, sort: 'savings_m3' },
  { key: 'savings_czk', label: 'energy.ranking.savingsCzk', divisor: 1000, digits: 0, sort: 'savings_czk' },
];

export const DEFAULT_RANKING: RankingQuery = { sort: 'savings_czk', order: 'desc' };

/**
 * The query after a click on a sortable header: the same column flips the order; another column
 * starts with its most useful end (largest savings or intensities first, names A→Z).
 */
export function sortedBy(query: RankingQuery, sort: RankingSort): RankingQuery {
  if (query.sort === sort) return { ...query, order: query.order === 'desc' ? 'asc' : 'desc' };
  return { ...query, sort, order: sort === 'name' ? 'asc' : 'desc' };
}

export interface RankingTotals {
  count: number;
  savings_kwh: number;
  savings_m3: number;
  savings_czk: number;
}

/** The footer: number of buildings and their savings summed. */
export function rankingTotals(rows: readonly RankingRow[]): RankingTotals {
  return rows.reduce(
    (sum, row) => ({
      count: sum.count + 1,
      savings_kwh: sum.savings_kwh + (row.savings_kwh ?? 0),
      savings_m3: sum.savings_m3 + (row.savings_m3 ?? 0),
      savings_czk: sum.savings_czk + (row.savings_czk ?? 0),
    }),
    { count: 0, savings_kwh: 0, savings_m3: 0, savings_czk: 0 },
  );
}

const CZECH = new Intl.Collator('cs');

/** Districts present in an (unfiltered) answer, in Czech alphabetical order. */
export function okresOptions(rows: readonly RankingRow[]): string[] {
  return [...new Set(rows.map((row) => row.okres).filter((okres): okres is string => !!okres))].sort(
    CZECH.compare,
  );
}

/** A cell's value as text: numbers scaled and formatted by `format`, a missing value as a dash. */
export function cellValue(
  row: RankingRow,
  column: RankingColumn,
  format: (n: number, digits: number) => string,
) {
  const value = row[column.key];
  if (typeof value === 'number') return format(value / (column.divisor ?? 1), column.digits ?? 0);
  return value === null || value === undefined || value === '' ? '–' : String(value);
}
