// Ranking latency over all buildings with a year of readings, on real PostGIS: the server's
// endpoint (Koa app on a local port, HTTP + validation + JSON) against the direct SQL it runs
// (sql/energy/ranking.sql through `pg` with the same parameters), alternated request by request.
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import pino from 'pino';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import type { Db } from '../server/db/db.ts';
import { migrate } from '../server/db/migrate.ts';
import { openDb } from '../server/db/open-db.ts';
import { refreshEnergyAnalysesIfBehind } from '../server/energy/analysis/energy-analyses.ts';
import { DEFAULT_ENERGY_YEAR } from '../server/energy/analysis/energy-queries.ts';
import { ENERGY_SQL } from '../server/energy/analysis/energy-sql.ts';
import { loadEnergyModelIfEmpty } from '../server/energy/model/load-energy-model.ts';

export interface EnergyRankingOptions {
  /** A PostGIS database of its own; the energy model is loaded into it when empty. */
  databaseUrl: string;
  /** Requests per side after the warm-up. */
  requests: number;
}

export interface LatencySummary {
  medianMs: number;
  p95Ms: number;
}

export interface EnergyRankingResult {
  buildings: number;
  readings: number;
  requestsPerSide: number;
  api: LatencySummary;
  direct: LatencySummary;
  /** API median / direct median: what HTTP, validation and JSON add to the SQL. */
  ratio: number;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const summary = (samples: number[]): LatencySummary => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { medianMs: quantile(sorted, 0.5), p95Ms: quantile(sorted, 0.95) };
};

async function prepare(db: Db): Promise<{ buildings: number; readings: number }> {
  await migrate(db);
  const logger = pino({ level: 'silent' });
  await loadEnergyModelIfEmpty(db, logger);
  await refreshEnergyAnalysesIfBehind(db, logger);
  const [c] = await db.query<{ buildings: number; readings: number }>(
    `select (select count(*) from energy.buildings)::int as buildings, (select count(*) from energy.readings)::int as readings`,
  );
  return c ?? { buildings: 0, readings: 0 };
}

export async function measureEnergyRanking(options: EnergyRankingOptions): Promise<EnergyRankingResult> {
  const config = loadConfig({ DATABASE_URL: options.databaseUrl, LOG_LEVEL: 'silent' });
  const db = await openDb({
    databaseUrl: options.databaseUrl,
    dataDir: undefined,
    statementTimeoutMs: 600_000,
    maxConnections: 4,
  });
  const direct = new pg.Client({ connectionString: options.databaseUrl });
  try {
    const counts = await prepare(db);
    const server = buildApp({ config, db, logger: pino({ level: 'silent' }) }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/energy/ranking`;
    await direct.connect();
    const p = config.energy;
    // The endpoint's defaults: year 2025, all buildings, sorted by savings in CZK.
    const params = [
      DEFAULT_ENERGY_YEAR,
      p.gasKwhPerM3,
      p.electricityCzkKwh,
      p.heatCzkKwh,
      p.gasCzkKwh,
      p.waterCzkM3,
      null,
      null,
      null,
      'savings_czk',
      'desc',
      10_000,
    ];
    const api: number[] = [];
    const sql: number[] = [];
    try {
      for (let i = -5; i < options.requests; i++) {
        let t = performance.now();
        const res = await fetch(url);
        if (!res.ok) throw new Error(`ranking answered ${res.status}`);
        await res.arrayBuffer();
        if (i >= 0) api.push(performance.now() - t);
        t = performance.now();
        await direct.query(ENERGY_SQL.ranking, params);
        if (i >= 0) sql.push(performance.now() - t);
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    const a = summary(api);
    const d = summary(sql);
    return {
      ...counts,
      requestsPerSide: options.requests,
      api: a,
      direct: d,
      ratio: a.medianMs / d.medianMs,
    };
  } finally {
    await direct.end().catch(() => undefined);
    await db.close();
  }
}

export function energyRankingMarkdown(r: EnergyRankingResult): string {
  const f = (x: number) => x.toFixed(1);
  return `## Energy ranking latency on real PostGIS

All ${r.buildings} buildings, ${r.readings.toLocaleString('en')} modelled readings (2025-01 – 2026-02), year 2025, sorted by savings in CZK; ${r.requestsPerSide} requests per side, alternated, after 5 warm-up pairs.

| | median ms | p95 ms |
|---|---|---|
| \`GET /api/energy/ranking\` (Koa in-process, HTTP, JSON) | ${f(r.api.medianMs)} | ${f(r.api.p95Ms)} |
| direct SQL (\`sql/energy/ranking.sql\` through \`pg\`) | ${f(r.direct.medianMs)} | ${f(r.direct.p95Ms)} |

**Ratio API / direct SQL (median): ${r.ratio.toFixed(2)}**
`;
}
