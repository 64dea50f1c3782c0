// The read side of heritage.sites for the search API and the open-data export.
import type { Queryable } from '../db/db.ts';
import { HERITAGE_SQL } from './heritage-sql.ts';
import type { SearchQuery, SiteKind } from './search-params.ts';

/** One search hit: enough to list it, put it on the map and fly there. */
export interface SearchHit {
  id: string;
  name: string;
  kind: SiteKind;
  municipality: string | null;
  lon: number;
  lat: number;
  nkp: boolean;
  access: 'free' | 'fee' | null;
  /** Visitors in the latest year published (null when none is). */
  visitors: number | null;
  visitors_year: number | null;
  /** 0 no text, 1 exact name, 2 name prefix, 3 word prefix, 4 in the name, 5–6 municipality, 7 all words. */
  rank: number;
}

export interface SearchResult {
  total: number;
  limit: number;
  offset: number;
  results: SearchHit[];
}

type HitRow = SearchHit & { total: number };

/** The statement's parameters for a validated query, in the order of sql/heritage/search-sites.sql. */
export function searchParams(query: SearchQuery): unknown[] {
  return [
    query.q ?? null,
    query.kind ?? null,
    query.municipality ?? null,
    query.nkp ?? null,
    query.visitors_min ?? null,
    query.visitors_max ?? null,
    query.open ?? null,
    query.limit,
    query.offset,
  ];
}

export async function searchSites(db: Queryable, query: SearchQuery): Promise<SearchResult> {
  const rows = await db.query<HitRow>(HERITAGE_SQL.searchSites, searchParams(query));
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && query.offset > 0) {
    // A page past the end has no row to carry the total; ask for the first page's.
    const first = await db.query<HitRow>(
      HERITAGE_SQL.searchSites,
      searchParams({ ...query, limit: 1, offset: 0 }),
    );
    total = first[0]?.total ?? 0;
  }
  return {
    total,
    limit: query.limit,
    offset: query.offset,
    results: rows.map(({ total: _total, ...hit }) => ({
      ...hit,
      lon: Number(hit.lon),
      lat: Number(hit.lat),
    })),
  };
}

/** A row of the open-data export. */
export interface ExportRow {
  id: string;
  name: string;
  kind: SiteKind;
  municipality: string | null;
  address: string | null;
  founded: number | null;
  manager: string | null;
  website: string | null;
  wikipedia: string | null;
  wikidata: string | null;
  visitors_2023: number | null;
  visitors_2024: number | null;
  visitors_2025: number | null;
  nkp: boolean;
  access: 'free' | 'fee' | null;
  source: string;
  lon: number;
  lat: number;
}

export const exportSites = (db: Queryable): Promise<ExportRow[]> =>
  db.query<ExportRow>(HERITAGE_SQL.exportSites);
