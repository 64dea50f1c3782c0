// The open-data export of heritage.sites as GeoJSON and CSV (pure: rows in, text out).
import type { ExportRow } from './heritage-queries.ts';

/** Where each `source` value of a row comes from and under what terms (data/README.md has the details). */
export const EXPORT_SOURCES = {
  'wikidata-castles': {
    title: 'Castles, chateaux and ruins: Wikidata (identity, kind, position), NPÚ/NIPOS visitor statistics',
    licence: 'CC0 1.0 (Wikidata); credit "Wikidata, NPÚ/NIPOS"',
    url: 'https://www.wikidata.org',
  },
  'regional-museums': {
    title:
      'Museums and galleries named in the Liberec Region documents (founder, address, website as the institutions publish them); positions placed by hand from the address, ±100–300 m',
    licence: 'CC0 1.0 (compiled facts, Regiomap)',
    url: null,
  },
} as const;

/** ASCII, so that it can also travel in an HTTP header (X-License) beside the CSV. */
export const EXPORT_LICENCE =
  'CC0 1.0 (Wikidata facts; Regiomap museum list); credit "Wikidata, NPU/NIPOS" for castle visitor numbers';

const COLUMNS = [
  'id',
  'name',
  'kind',
  'municipality',
  'address',
  'founded',
  'manager',
  'website',
  'wikipedia',
  'wikidata',
  'visitors_2023',
  'visitors_2024',
  'visitors_2025',
  'nkp',
  'access',
  'source',
  'lon',
  'lat',
] as const satisfies readonly (keyof ExportRow)[];

export const CSV_HEADER = COLUMNS.join(',');

/** RFC 7946 FeatureCollection with a foreign `metadata` member naming licence and sources. */
export function toGeoJson(rows: readonly ExportRow[]): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    metadata: {
      title: 'Heritage sites of the Liberec Region (Regiomap)',
      licence: EXPORT_LICENCE,
      sources: EXPORT_SOURCES,
      count: rows.length,
    },
    features: rows.map(({ lon, lat, ...properties }) => ({
      type: 'Feature',
      id: properties.id,
      properties,
      geometry: { type: 'Point', coordinates: [Number(lon), Number(lat)] },
    })),
  });
}

const csvCell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  const s = String(value);
  // Quote what would break the row; a leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(s) && typeof value === 'string' ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** RFC 4180 CSV, one header row, CRLF line ends; licence and sources travel in the response headers. */
export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [CSV_HEADER, ...rows.map((row) => COLUMNS.map((c) => csvCell(row[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
