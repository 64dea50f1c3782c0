// Standalone: tsx bench/ingest-throughput-main.ts [DATABASE_URL] — measures the readings ingest against
// COPY on its own database (created when missing; default postgres://root@127.0.0.1:5432/regiomap_bench_ingest)
// and writes bench/results/ingest-throughput.md. bench/run.ts can call measureIngestThroughput the same way.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { ingestThroughputMarkdown, measureIngestThroughput } from './ingest-throughput.ts';

const url = process.argv[2] ?? 'postgres://root@127.0.0.1:5432/regiomap_bench_ingest';

async function ensureDatabase(databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const admin = new pg.Client({
    connectionString: Object.assign(new URL(databaseUrl), { pathname: '/postgres' }).toString(),
  });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await admin.query(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await admin.end();
  }
}

try {
  await ensureDatabase(url);
  const result = await measureIngestThroughput({
    databaseUrl: url,
    meters: Number(process.env.BENCH_INGEST_METERS ?? 20),
    days: Number(process.env.BENCH_INGEST_DAYS ?? 31),
    batchRows: 10_000,
    rounds: Number(process.env.BENCH_INGEST_ROUNDS ?? 3),
    seed: 20261122,
  });
  const md = ingestThroughputMarkdown(result);
  const out = path.join(import.meta.dirname, 'results', 'ingest-throughput.md');
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, md);
  console.log(md);
} catch (err) {
  console.error(`ingest bench: ${(err as Error).message}`);
  process.exit(1);
}
