// /api/flood/status throughput from the in-process cache and cold (FLOOD_STATUS_CACHE=off: every
// request runs the status SQL and builds the answer), each with the server in its own process on real
// PostGIS and wrk as the load generator, against the direct SQL baseline (the three status statements
// through a `pg.Pool` loop at the same concurrency). Also the exposure answer's latency against its SQL.
import pg from 'pg';
import { FLOOD_SQL } from '../server/flood/flood-sql.ts';
import { startBenchServer } from './bench-server.ts';
import { ensureWrk, wrkRate } from './wrk.ts';

export interface FloodStatusBenchOptions {
  databaseUrl: string;
  seconds: number;
  connections: number;
  rounds: number;
  /** Sequential exposure requests per side. */
  exposureRequests: number;
}

export interface FloodStatusBenchResult {
  seconds: number;
  connections: number;
  rounds: number;
  gauges: number;
  bytes: number;
  cachedPerSecond: number[];
  coldPerSecond: number[];
  baselinePerSecond: number[];
  /** Medians: cached / baseline and cold / baseline. */
  cachedRatio: number;
  coldRatio: number;
  exposure: { path: string; apiMedianMs: number; sqlMedianMs: number; ratio: number };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** The status statements as the server runs them, `connections` loops in parallel for `seconds`. */
async function baselineRate(pool: pg.Pool, seconds: number, connections: number): Promise<number> {
  const end = Date.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end) {
        const { rows } = await pool.query<{ clock: Date }>(FLOOD_SQL.modelClock);
        const clock = rows[0]!.clock.toISOString();
        await pool.query(FLOOD_SQL.statusGauges, [clock]);
        await pool.query(FLOOD_SQL.statusReadings, [clock]);
        done++;
      }
    }),
  );
  return done / seconds;
}

async function timed(fn: () => Promise<unknown>, n: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

export async function measureFloodStatus(o: FloodStatusBenchOptions): Promise<FloodStatusBenchResult> {
  await ensureWrk();
  const pool = new pg.Pool({ connectionString: o.databaseUrl, max: o.connections });
  const cachedPerSecond: number[] = [];
  const coldPerSecond: number[] = [];
  const baselinePerSecond: number[] = [];
  const answer = { gauges: 0, bytes: 0 };
  let exposure: FloodStatusBenchResult['exposure'] | undefined;
  try {
    // Rounds alternate server (cached), server (cold), baseline, so drift hits all three alike.
    const cached = await startBenchServer(
      o.databaseUrl,
      { LOG_LEVEL: 'warn', FLOOD_STATUS_CACHE: 'on' },
      600_000,
    );
    const cold = await startBenchServer(
      o.databaseUrl,
      { LOG_LEVEL: 'warn', FLOOD_STATUS_CACHE: 'off' },
      600_000,
    );
    try {
      const first = await fetch(`${cached.url}/api/flood/status`);
      const body = (await first.json()) as { gauges: unknown[]; asOf: string | null };
      if (!body.asOf) throw new Error('bench: no flood readings in the database');
      answer.gauges = body.gauges.length;
      answer.bytes = Number(first.headers.get('content-length') ?? 0);
      for (let r = 0; r < o.rounds + 1; r++) {
        const c = await wrkRate(cached.url, ['/api/flood/status'], o.connections, o.seconds);
        const k = await wrkRate(cold.url, ['/api/flood/status'], o.connections, o.seconds);
        const b = await baselineRate(pool, o.seconds, o.connections);
        if (r === 0) continue; // warm-up round
        cachedPerSecond.push(c);
        coldPerSecond.push(k);
        baselinePerSecond.push(b);
      }
      const river = 'Ploučnice';
      const exposurePath = `/api/flood/exposure?river=${encodeURIComponent(river)}&zone=Q100`;
      const apiMs = await timed(async () => {
        const res = await fetch(`${cold.url}${exposurePath}`);
        if (!res.ok) throw new Error(`bench: exposure answered ${res.status}`);
        await res.arrayBuffer();
      }, o.exposureRequests);
      const params = [[river], 'Q100'];
      const sqlMs = await timed(async () => {
        for (const sql of [
          FLOOD_SQL.exposureBuildings,
          FLOOD_SQL.exposureHeritage,
          FLOOD_SQL.exposureHospitals,
          FLOOD_SQL.exposureStops,
          FLOOD_SQL.exposureRoads,
        ])
          await pool.query(sql, params);
      }, o.exposureRequests);
      exposure = { path: exposurePath, apiMedianMs: apiMs, sqlMedianMs: sqlMs, ratio: apiMs / sqlMs };
    } finally {
      cached.stop();
      cold.stop();
    }
  } finally {
    await pool.end();
  }
  return {
    seconds: o.seconds,
    connections: o.connections,
    rounds: o.rounds,
    ...answer,
    cachedPerSecond,
    coldPerSecond,
    baselinePerSecond,
    cachedRatio: median(cachedPerSecond) / median(baselinePerSecond),
    coldRatio: median(coldPerSecond) / median(baselinePerSecond),
    exposure: exposure!,
  };
}

export function floodStatusMarkdown(r: FloodStatusBenchResult): string {
  const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  return `## Flood status API on real PostGIS

\`GET /api/flood/status\` (${r.gauges} gauges, ${(r.bytes / 1024).toFixed(1)} KB), wrk one thread, ${r.connections} connections, ${r.seconds} s per round, ${r.rounds} rounds after a warm-up; the server in its own process. Baseline: the three status statements (\`sql/flood/model-clock.sql\`, \`status-gauges.sql\`, \`status-readings.sql\`) through a \`pg.Pool\` loop at the same concurrency.

| | requests/s per round | median | ratio to baseline |
|---|---|---|---|
| server, in-process cache | ${fmt(r.cachedPerSecond)} | ${median(r.cachedPerSecond).toFixed(0)} | **${r.cachedRatio.toFixed(2)}** |
| server, cold (\`FLOOD_STATUS_CACHE=off\`) | ${fmt(r.coldPerSecond)} | ${median(r.coldPerSecond).toFixed(0)} | **${r.coldRatio.toFixed(2)}** |
| baseline: direct SQL | ${fmt(r.baselinePerSecond)} | ${median(r.baselinePerSecond).toFixed(0)} | 1 |

Exposure \`${r.exposure.path}\`: API median ${r.exposure.apiMedianMs.toFixed(0)} ms vs its five statements through \`pg\` ${r.exposure.sqlMedianMs.toFixed(0)} ms (ratio ${r.exposure.ratio.toFixed(2)}).
`;
}
