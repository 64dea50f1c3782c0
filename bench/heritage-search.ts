// Heritage search latency through the HTTP API (the server in its own process, real PostGIS) against
// the direct SQL the API runs (sql/heritage/search-sites.sql through `pg`), for a fixed set of queries.
import pg from 'pg';
import { HERITAGE_SQL } from '../server/heritage/heritage-sql.ts';
import { searchParams } from '../server/heritage/heritage-queries.ts';
import { SEARCH_QUERY } from '../server/heritage/search-params.ts';
import { startBenchServer } from './bench-server.ts';

/** What the panel sends: text with and without diacritics, filters alone and combined. Fixed, not random. */
export const BENCH_QUERIES = [
  'q=bezdez',
  'q=BEZD%C4%9AZ',
  'q=ceska%20lipa',
  'q=hrad',
  'q=zamek&kind=chateau,castle_chateau',
  'kind=ruin&nkp=true',
  'municipality=Liberec',
  'visitors_min=10000&visitors_max=100000',
  'open=true&limit=50',
  'q=muzeum&kind=museum,gallery',
  'q=la',
  'limit=200',
] as const;

export interface HeritageSearchOptions {
  databaseUrl: string;
  /** Passes over the whole query list per round and side. */
  passes: number;
  rounds: number;
}

export interface LatencySummary {
  medianMs: number;
  p95Ms: number;
}

export interface HeritageSearchResult {
  queries: number;
  requestsPerSide: number;
  api: LatencySummary;
  direct: LatencySummary;
  /** API median / direct median: the cost of HTTP, validation and JSON on top of the SQL. */
  ratio: number;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const summary = (samples: number[]): LatencySummary => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { medianMs: quantile(sorted, 0.5), p95Ms: quantile(sorted, 0.95) };
};

/** The statement's parameters for a query string, validated exactly as the route does. */
function paramsOf(query: string): unknown[] {
  const parsed = SEARCH_QUERY.parse(Object.fromEntries(new URLSearchParams(query)));
  return searchParams(parsed);
}

/**
 * One request at a time on each side (latency, not throughput), rounds alternating API and direct
 * so that both see the same machine state. The API side revalidates nothing: no If-None-Match is sent.
 */
export async function measureHeritageSearch(options: HeritageSearchOptions): Promise<HeritageSearchResult> {
  const server = await startBenchServer(options.databaseUrl, { LOG_LEVEL: 'warn' }, 300_000);
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const api: number[] = [];
  const direct: number[] = [];
  const statements = BENCH_QUERIES.map(paramsOf);
  try {
    // Warm-up: plans cached, connections open, JIT of both paths.
    for (const q of BENCH_QUERIES)
      await (await fetch(`${server.url}/api/heritage/search?${q}`)).arrayBuffer();
    for (const p of statements) await client.query(HERITAGE_SQL.searchSites, p);
    for (let round = 0; round < options.rounds; round++) {
      for (let pass = 0; pass < options.passes; pass++) {
        for (const q of BENCH_QUERIES) {
          const t0 = performance.now();
          const res = await fetch(`${server.url}/api/heritage/search?${q}`);
          await res.arrayBuffer();
          if (!res.ok) throw new Error(`bench: ${q} answered ${res.status}`);
          api.push(performance.now() - t0);
        }
      }
      for (let pass = 0; pass < options.passes; pass++) {
        for (const p of statements) {
          const t0 = performance.now();
          await client.query(HERITAGE_SQL.searchSites, p);
          direct.push(performance.now() - t0);
        }
      }
    }
  } finally {
    await client.end();
    server.stop();
  }
  const a = summary(api);
  const d = summary(direct);
  return {
    queries: BENCH_QUERIES.length,
    requestsPerSide: api.length,
    api: a,
    direct: d,
    ratio: a.medianMs / d.medianMs,
  };
}

export function heritageSearchMarkdown(r: HeritageSearchResult): string {
  const f = (x: number) => x.toFixed(2);
  return `## Heritage search latency on real PostGIS

${r.queries} fixed queries (text with/without diacritics, kind/NKP/municipality/visitor filters), ${r.requestsPerSide} requests per side, one at a time, rounds alternating. API: \`GET /api/heritage/search\` on the server in its own process (validation, SQL, JSON, ETag). Baseline: the same \`sql/heritage/search-sites.sql\` with the same parameters through one \`pg\` client.

| | median ms | p95 ms |
|---|---|---|
| API (HTTP, own process) | ${f(r.api.medianMs)} | ${f(r.api.p95Ms)} |
| direct SQL (pg) | ${f(r.direct.medianMs)} | ${f(r.direct.p95Ms)} |

**Ratio API / direct (medians): ${r.ratio.toFixed(2)}**
`;
}
