import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from './db.ts';

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../sql/migrations');

/**
 * Applies the numbered `sql/migrations/*.sql` files not yet recorded in `ops.schema_migrations`,
 * in name order, each in its own transaction. Safe to run on every start.
 * Returns the names it applied.
 */
export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  await db.exec(`
    create schema if not exists ops;
    create table if not exists ops.schema_migrations (
      name text primary key,
      applied_at timestamptz not null default now()
    );`);
  const done = new Set(
    (await db.query<{ name: string }>('select name from ops.schema_migrations')).map((r) => r.name),
  );
  const files = (await readdir(dir)).filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f)).sort();
  const applied: string[] = [];
  for (const file of files) {
    if (done.has(file)) continue;
    const sql = await readFile(path.join(dir, file), 'utf8');
    // exec runs the multi-statement file; wrapping it in begin/commit keeps a failed file from half-applying.
    try {
      await db.exec(`begin;\n${sql}\n;insert into ops.schema_migrations(name) values ('${file}');\ncommit;`);
    } catch (err) {
      await db.exec('rollback').catch(() => undefined);
      throw new Error(`migration ${file} failed: ${(err as Error).message}`, { cause: err });
    }
    applied.push(file);
  }
  return applied;
}
