import { readFileSync } from 'node:fs';
import path from 'node:path';

export const TILES_SQL_DIR = path.resolve(import.meta.dirname, '../../sql/tiles');

const loaded = new Map<string, string>();

/** The text of `sql/tiles/<name>.sql`, read once. */
export function tileSql(name: string): string {
  let sql = loaded.get(name);
  if (sql === undefined) {
    sql = readFileSync(path.join(TILES_SQL_DIR, `${name}.sql`), 'utf8');
    loaded.set(name, sql);
  }
  return sql;
}

const PLACEHOLDER = /\{\{([a-z]+)\}\}/g;

/**
 * Fills `{{name}}` placeholders with SQL fragments built from quoted catalog identifiers (never
 * request data, which is always bound). Every placeholder must be given and every fragment used.
 */
export function fillSql(sql: string, fragments: Readonly<Record<string, string>>): string {
  const used = new Set<string>();
  const filled = sql.replace(PLACEHOLDER, (_, name: string) => {
    const fragment = fragments[name];
    if (fragment === undefined) throw new Error(`no fragment for {{${name}}}`);
    used.add(name);
    return fragment;
  });
  const unused = Object.keys(fragments).filter((k) => !used.has(k));
  if (unused.length) throw new Error(`fragments not in the template: ${unused.join(', ')}`);
  return filled;
}
