import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './db.ts';
import { migrate } from './migrate.ts';
import { openTestDb } from './test-db.ts';

describe('migrate', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb();
  });
  afterAll(() => db.close());

  it('is idempotent: a second run applies nothing', async () => {
    expect(await migrate(db)).toEqual([]);
    const rows = await db.query<{ name: string }>('select name from ops.schema_migrations order by name');
    expect(rows.map((r) => r.name)).toContain('001_extensions_and_schemas.sql');
  });

  it('creates PostGIS and the theme schemas', async () => {
    const [row] = await db.query<{ ok: boolean }>(
      'select ST_Intersects(ST_MakeEnvelope(0,0,2,2,4326), ST_SetSRID(ST_MakePoint(1,1),4326)) as ok',
    );
    expect(row?.ok).toBe(true);
    const schemas = await db.query<{ nspname: string }>('select nspname from pg_namespace');
    const names = schemas.map((s) => s.nspname);
    for (const s of ['admin', 'transport', 'flood', 'heritage', 'emergency', 'energy', 'water', 'ops']) {
      expect(names).toContain(s);
    }
  });

  it('rolls back a failing migration whole', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(`${tmpdir()}/mig-`);
    await writeFile(`${dir}/001_ok.sql`, 'create table ops.mig_probe_ok (a int);');
    await writeFile(
      `${dir}/002_bad.sql`,
      'create table ops.mig_probe_bad (a int); select no_such_function();',
    );
    await expect(migrate(db, dir)).rejects.toThrow(/002_bad\.sql/);
    const tables = await db.query<{ t: string | null }>(
      "select to_regclass('ops.mig_probe_ok')::text as t union all select to_regclass('ops.mig_probe_bad')::text",
    );
    expect(tables.map((r) => r.t)).toEqual(['ops.mig_probe_ok', null]);
    await db.exec("drop table ops.mig_probe_ok; delete from ops.schema_migrations where name = '001_ok.sql'");
  });
});
