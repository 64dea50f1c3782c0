// Standalone: tsx bench/energy-ranking-main.ts [DATABASE_URL] — measures the energy ranking on its own
// database (created when missing; default postgres://root@127.0.0.1:5432/regiomap_bench_energy) and
// writes bench/results/energy-ranking.md. bench/run.ts can call measureEnergyRanking the same way.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { energyRankingMarkdown, measureEnergyRanking } from './energy-ranking.ts';

const url = process.argv[2] ?? 'postgres://root@127.0.0.1:5432/regiomap_bench_energy';

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
  const result = await measureEnergyRanking({ databaseUrl: url, requests: 200 });
  const md = energyRankingMarkdown(result);
  const out = path.join(import.meta.dirname, 'results', 'energy-ranking.md');
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, md);
  console.log(md);
} catch (err) {
  console.error(`energy ranking bench: ${(err as Error).message}`);
  process.exit(1);
}
