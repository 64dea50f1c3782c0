import type { Db, Queryable } from '../server/db/db.ts';

export interface RecordedQuery {
  sql: string;
  params: readonly unknown[];
}

/** Wraps a Db so that every statement it runs is appended to `log` (for replaying the same SQL). */
export function recordingDb(db: Db, log: RecordedQuery[]): Db {
  const record = (q: Queryable): Queryable['query'] =>
    ((sql: string, params?: readonly unknown[]) => {
      log.push({ sql, params: params ?? [] });
      return q.query(sql, params);
    }) as Queryable['query'];
  return {
    kind: db.kind,
    query: record(db),
    exec: (sql) => db.exec(sql),
    transaction: (fn) => db.transaction((tx) => fn({ query: record(tx) })),
    close: () => db.close(),
  };
}
