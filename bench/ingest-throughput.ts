// Readings ingest throughput on real PostGIS: the authenticated HTTP API (in-process server on a real
// port, JSON batches of 10,000 rows) and the same function called directly, against COPY of the same
// rows into the same table. Every contender starts from an empty energy.readings with its partitions
// already made, in alternating rounds; medians. Seeded, so every run sends the same rows.
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import pino from 'pino';
import { buildApp } from '../server/app.ts';
import { createApiToken } from '../server/auth/api-tokens.ts';
import { loadConfig } from '../server/config.ts';
import type { Db } from '../server/db/db.ts';
import { migrate } from '../server/db/migrate.ts';
import { openDb } from '../server/db/open-db.ts';
import { ingestMeterReadings } from '../server/readings-ingest/index.ts';
import { mulberry32 } from '../server/model/random.ts';

export interface IngestBenchOptions {
  databaseUrl: string;
  /** 15-minute electricity meters to write for. */
  meters: number;
  /** Days of readings per meter (96 rows a day). */
  days: number;
  batchRows: number;
  rounds: number;
  seed: number;
}

export interface IngestBenchResult {
  database: string;
  rows: number;
  batches: number;
  batchRows: number;
  rounds: number;
  loadAverage: [number, number];
  /** Seconds per round. */
  seconds: { api: number[]; direct: number[]; copy: number[]; apiRepost: number[] };
  rowsPerSecond: { api: number; direct: number; copy: number; apiRepost: number };
  /** API rows/s ÷ COPY rows/s (and the direct call's). */
  ratio: { api: number; direct: number };
}

const START = Date.parse('2025-01-01T00:00:00Z');
const BUILDING = 990001;
const FIRST_METER = 990100;

interface BenchRow {
  meterId: number;
  meter: string;
  ts: string;
  value: number;
}

function benchRows(o: IngestBenchOptions): BenchRow[] {
  const rnd = mulberry32(o.seed);
  const rows: BenchRow[] = [];
  for (let m = 0; m < o.meters; m++)
    for (let i = 0; i < o.days * 96; i++)
      rows.push({
        meterId: FIRST_METER + m,
        meter: `BENCH-EL-${String(m + 1).padStart(3, '0')}`,
        ts: new Date(START + i * 15 * 60_000).toISOString(),
        value: Math.round(rnd() * 4000) / 1000,
      });
  return rows;
}

async function setUp(db: Db, o: IngestBenchOptions, rows: BenchRow[]): Promise<string> {
  // Every round truncates energy.readings: never do that to a database holding other meters' data.
  const [other] = await db.query<{ n: number }>(
    'select count(*)::int as n from energy.meters where building_id <> $1',
    [BUILDING],
  );
  if ((other?.n ?? 0) > 0)
    throw new Error(
      'the ingest bench empties energy.readings: give it a scratch database without other meters',
    );
  await db.query('truncate energy.readings');
  await db.query('delete from energy.meters where building_id = $1', [BUILDING]);
  await db.query('delete from energy.buildings where id = $1', [BUILDING]);
  await db.query(
    `insert into energy.buildings (id, code, name, type, municipality, floor_area_m2, location_approximate, source, geom)
     values ($1, 'BENCH-1', 'Bench building', 'office', 'Liberec', 1000, false, 'bench fixture',
             st_setsrid(st_makepoint(15.05, 50.77), 4326))`,
    [BUILDING],
  );
  await db.query(
    `insert into energy.meters (id, code, building_id, kind, unit, interval_minutes, cumulative)
     select $1 + n - 1, 'BENCH-EL-' || lpad(n::text, 3, '0'), $2, 'electricity', 'kWh', 15, false
     from generate_series(1, $3::int) n`,
    [FIRST_METER, BUILDING, o.meters],
  );
  // The partitions exist before every contender runs, so none of them pays for creating them.
  await db.query(`select ops.ensure_month_partitions('energy.readings', $1, $2)`, [
    rows[0]!.ts,
    rows.at(-1)!.ts,
  ]);
  // A token per run: earlier runs' tokens stay referenced by their ingest log rows.
  return (await createApiToken(db, `bench ${new Date().toISOString()}`, ['readings:write'])).token;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function timed(fn: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return (performance.now() - t0) / 1000;
}

export async function measureIngestThroughput(o: IngestBenchOptions): Promise<IngestBenchResult> {
  const db = await openDb({
    databaseUrl: o.databaseUrl,
    dataDir: undefined,
    statementTimeoutMs: 600_000,
    maxConnections: 4,
  });
  const client = new pg.Client({ connectionString: o.databaseUrl });
  await client.connect();
  const config = loadConfig({ DATABASE_URL: o.databaseUrl, LOG_LEVEL: 'silent' });
  const app = buildApp({ config, db, logger: pino({ level: 'silent' }) });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/ingest/readings`;
  try {
    await migrate(db);
    const rows = benchRows(o);
    const token = await setUp(db, o, rows);
    const batches: BenchRow[][] = [];
    for (let i = 0; i < rows.length; i += o.batchRows) batches.push(rows.slice(i, i + o.batchRows));
    // Bodies are built before timing: producing them is the sender's work, not the server's.
    const bodies = batches.map((b) =>
      JSON.stringify({ readings: b.map(({ meter, ts, value }) => ({ meter, ts, value })) }),
    );
    const objects = batches.map((b) => b.map(({ meter, ts, value }) => ({ meter, ts, value })));
    const copyText = rows.map((r) => `${r.meterId},${r.ts},${r.value},\n`).join('');
    const now = new Date();

    const post = async () => {
      for (const body of bodies) {
        const res = await fetch(url, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body,
        });
        const json = (await res.json()) as { rejected?: number };
        if (res.status !== 200 || json.rejected !== 0) throw new Error(`ingest answered ${res.status}`);
      }
    };
    const direct = async () => {
      for (const batch of objects) {
        const r = await ingestMeterReadings(db, batch, { now });
        if (r.rejected !== 0 || r.written !== batch.length) throw new Error('direct ingest refused rows');
      }
    };
    const copy = async () => {
      await client.query('begin');
      await pipeline(
        Readable.from([copyText]),
        client.query(copyFrom('copy energy.readings (meter_id, ts, value, counter) from stdin (format csv)')),
      );
      await client.query('commit');
    };
    const count = async () =>
      (await db.query<{ n: number }>('select count(*)::int as n from energy.readings'))[0]!.n;
    const fresh = async () => {
      await db.query('truncate energy.readings');
      await db.query('vacuum analyze energy.readings');
    };

    const loadBefore = loadavg()[0] ?? 0;
    const seconds = {
      api: [] as number[],
      direct: [] as number[],
      copy: [] as number[],
      apiRepost: [] as number[],
    };
    // Warm-up: one of each (JIT, plan caches, connection pool).
    for (const fn of [post, direct, copy]) {
      await fresh();
      await fn();
    }
    for (let round = 0; round < o.rounds; round++) {
      await fresh();
      seconds.api.push(await timed(post));
      if ((await count()) !== rows.length) throw new Error('API round did not store every row');
      seconds.apiRepost.push(await timed(post));
      await fresh();
      seconds.direct.push(await timed(direct));
      await fresh();
      seconds.copy.push(await timed(copy));
      if ((await count()) !== rows.length) throw new Error('COPY round did not store every row');
    }
    const rate = (xs: number[]) => rows.length / median(xs);
    const rowsPerSecond = {
      api: rate(seconds.api),
      direct: rate(seconds.direct),
      copy: rate(seconds.copy),
      apiRepost: rate(seconds.apiRepost),
    };
    await fresh();
    return {
      database: new URL(o.databaseUrl).pathname.slice(1),
      rows: rows.length,
      batches: batches.length,
      batchRows: o.batchRows,
      rounds: o.rounds,
      loadAverage: [loadBefore, loadavg()[0] ?? 0],
      seconds,
      rowsPerSecond,
      ratio: {
        api: rowsPerSecond.api / rowsPerSecond.copy,
        direct: rowsPerSecond.direct / rowsPerSecond.copy,
      },
    };
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await client.end();
    await db.close();
  }
}

const int = (x: number) => Math.round(x).toLocaleString('en-US');
const secs = (xs: number[]) => xs.map((s) => s.toFixed(2)).join(', ');

export function ingestThroughputMarkdown(r: IngestBenchResult): string {
  const line = (label: string, xs: number[], rate: number, ratio: string) =>
    `| ${label} | ${secs(xs)} | ${median(xs).toFixed(2)} | ${int(rate)} | ${ratio} |`;
  return `## Readings ingest throughput on real PostGIS

Database \`${r.database}\`; ${int(r.rows)} seeded 15-minute electricity readings (${r.batches} batches of ≤ ${int(r.batchRows)} rows), written into an empty \`energy.readings\` (partitions made beforehand) in ${r.rounds} alternating rounds after a warm-up; medians. 1-minute load average ${r.loadAverage[0].toFixed(1)} before, ${r.loadAverage[1].toFixed(1)} after (2 cores shared with PostgreSQL and other work: expect ±20 %).

- **API**: \`POST /api/ingest/readings\`, JSON, bearer token, in-process Koa server on a real port, batches sent one after another by \`fetch\`; includes auth, body parsing, per-row validation, the set-based insert + correction statements, ingest log and data version, each batch one transaction.
- **direct**: \`ingestMeterReadings\` called in-process with the same batches (no HTTP, no JSON).
- **COPY**: \`COPY energy.readings (meter_id, ts, value, counter) FROM STDIN (FORMAT csv)\` through pg-copy-streams, all rows in one transaction — no validation, no idempotency (a re-run fails on the primary key).

| contender | seconds per round | median s | rows/s | ÷ COPY |
|---|---|---|---|---|
${line('API (HTTP, JSON)', r.seconds.api, r.rowsPerSecond.api, `**${r.ratio.api.toFixed(2)}**`)}
${line('direct call', r.seconds.direct, r.rowsPerSecond.direct, r.ratio.direct.toFixed(2))}
${line('COPY', r.seconds.copy, r.rowsPerSecond.copy, '1')}
${line('API re-post of the same rows (all unchanged)', r.seconds.apiRepost, r.rowsPerSecond.apiRepost, (r.rowsPerSecond.apiRepost / r.rowsPerSecond.copy).toFixed(2))}
`;
}
