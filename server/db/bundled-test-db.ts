import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { BUNDLED_STEPS, loadBundledDataIfEmpty } from '../load-bundled-data.ts';
import type { Db } from './db.ts';
import { migrate } from './migrate.ts';
import { openPgDb } from './pg-db.ts';
import { openPgliteDb } from './pglite-db.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SNAPSHOTS = path.join(os.tmpdir(), 'regiomap-test-snapshots');
const LAST_STEP = BUNDLED_STEPS.at(-1)?.name ?? '';
const LIMITS = { statementTimeoutMs: 60_000, maxConnections: 4 };

/**
 * A fresh test database holding the bundled data up to the step `upTo` (see BUNDLED_STEPS). Loading
 * it costs 30–80 s on PGlite, so it is loaded once and copied: a PGlite data-directory dump in the temp
 * folder, or a template database on PostGIS. The copy is keyed by a hash of everything that shapes the
 * data (SQL, server code, bundled files), so a change to any of them loads afresh. Every call gets a copy
 * of its own: test files still never see each other's rows.
 */
export async function openBundledTestDb(upTo = LAST_STEP): Promise<Db> {
  const base = process.env.DATABASE_URL;
  if (!base) return fromSnapshot(upTo);
  return fromTemplate(base, `${upTo}-${await sourceHash()}`, upTo);
}

/**
 * The PGlite data-directory dump of the bundled data up to `upTo`, made once per version of the code and
 * data (see {@link openBundledTestDb}); the e2e server starts from it too.
 */
export async function bundledSnapshotFile(upTo = LAST_STEP): Promise<string> {
  const key = `${upTo}-${await sourceHash()}`;
  const file = path.join(SNAPSHOTS, `${key}.tar.gz`);
  await mkdir(SNAPSHOTS, { recursive: true });
  await withFileLock(`${file}.lock`, async () => {
    if (await exists(file)) return;
    const db = await openPgliteDb({ dataDir: undefined, ...LIMITS });
    try {
      await migrate(db);
      await loadBundledDataIfEmpty(db, pino({ level: 'silent' }), { upTo });
      const dump = await db.lite.dumpDataDir('gzip');
      // Written under another name first: a crash never leaves a half-written snapshot behind.
      await writeFile(`${file}.part`, Buffer.from(await dump.arrayBuffer()));
      await rename(`${file}.part`, file);
    } finally {
      await db.close();
    }
    for (const old of await readdir(SNAPSHOTS))
      if (old.startsWith(`${upTo}-`) && !old.startsWith(key))
        await rm(path.join(SNAPSHOTS, old), { force: true });
  });
  return file;
}

/** Fills an empty PGlite data directory from the bundled-data snapshot (the e2e server's database). */
export async function seedDataDir(dataDir: string, upTo = LAST_STEP): Promise<void> {
  const blob = new Blob([await readFile(await bundledSnapshotFile(upTo))]);
  const db = await openPgliteDb({ dataDir, ...LIMITS, loadDataDir: blob });
  await db.close();
}

async function fromSnapshot(upTo: string): Promise<Db> {
  const blob = new Blob([await readFile(await bundledSnapshotFile(upTo))]);
  return openPgliteDb({ dataDir: undefined, ...LIMITS, loadDataDir: blob });
}

async function fromTemplate(base: string, key: string, upTo: string): Promise<Db> {
  const template = `regiomap_tpl_${createHash('sha1').update(key).digest('hex').slice(0, 16)}`;
  const url = (name: string) => Object.assign(new URL(base), { pathname: `/${name}` }).toString();
  await withAdmin(base, async (admin) => {
    // One writer at a time across processes (helpers and CI may ask at once).
    await admin.query('select pg_advisory_lock(hashtext($1))', [`regiomap_tpl_${upTo}`]);
    try {
      const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [template]);
      if (rowCount) return;
      // Templates of earlier code are dead weight; one still being copied from refuses, and stays.
      const old = await admin.query<{ datname: string }>(
        `select datname from pg_database where datname ~ '^regiomap_tpl_[0-9a-f]{16}$'`,
      );
      for (const { datname } of old.rows)
        await admin.query(`drop database if exists "${datname}"`).catch(() => undefined);
      await admin.query(`create database "${template}"`);
      const db = await openPgDb({ connectionString: url(template), ...LIMITS });
      try {
        await migrate(db);
        await loadBundledDataIfEmpty(db, pino({ level: 'silent' }), { upTo });
      } catch (err) {
        await db.close();
        await admin.query(`drop database if exists "${template}"`);
        throw err;
      }
      await db.close();
    } finally {
      await admin.query('select pg_advisory_unlock(hashtext($1))', [`regiomap_tpl_${upTo}`]);
    }
  });
  const name = `${template}_c${process.pid}_${Date.now().toString(36)}`;
  await withAdmin(base, (admin) => admin.query(`create database "${name}" template "${template}"`));
  const db = await openPgDb({ connectionString: url(name), ...LIMITS });
  return {
    ...db,
    async close() {
      await db.close();
      await withAdmin(base, (admin) => admin.query(`drop database if exists "${name}"`));
    },
  };
}

/** Hash of the files that decide what the bundled data looks like once loaded. */
async function sourceHash(): Promise<string> {
  const hash = createHash('sha1');
  for (const dir of ['sql', 'server', 'data']) {
    for (const file of (await listFiles(path.join(ROOT, dir))).sort()) {
      // Tests and the HTTP layer do not shape the data.
      if (/\.test\.ts$|[/\\](routes|middleware|sources)[/\\]/.test(file)) continue;
      const info = await stat(file);
      hash.update(`${path.relative(ROOT, file)}\0${info.size}\0`);
      // Contents of code and SQL (small); data files by size alone (large, and change rarely).
      if (/\.(ts|sql|json)$/.test(file) && info.size < 1_000_000) hash.update(await readFile(file));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === 'fixtures' ? [] : listFiles(full);
      return [full];
    }),
  );
  return nested.flat();
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** A lock file made with O_EXCL; a waiter polls, and a lock older than 15 min is taken as abandoned. */
async function withFileLock(lock: string, fn: () => Promise<void>): Promise<void> {
  for (;;) {
    try {
      const handle = await open(lock, 'wx');
      await handle.close();
      break;
    } catch {
      const age = await stat(lock).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age > 15 * 60_000) await rm(lock, { force: true });
      else await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    await fn();
  } finally {
    await rm(lock, { force: true });
  }
}

async function withAdmin<T>(base: string, fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({
    connectionString: Object.assign(new URL(base), { pathname: '/postgres' }).toString(),
  });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}
