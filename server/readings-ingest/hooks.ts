// After-commit hooks: other parts of the server (flood alerts, energy fault detection, caches) learn
// that readings were written, whether they came through the HTTP API or a direct call at start-up.
//
// The registry is per database handle (a WeakMap keyed by the Db), not a module-wide list: an app,
// its loaders and its routes share one Db, so they share hooks, while every test that opens its own
// database gets an empty registry and nothing leaks between tests. `on…` returns an unsubscribe.
import type { Db } from '../db/db.ts';
import type { IngestSummary } from './ingest-types.ts';

export type ReadingsHook = (summary: IngestSummary) => Promise<void> | void;

interface Registry {
  meter: Set<ReadingsHook>;
  gauge: Set<ReadingsHook>;
}

const registries = new WeakMap<Db, Registry>();

function registry(db: Db): Registry {
  let r = registries.get(db);
  if (!r) {
    r = { meter: new Set(), gauge: new Set() };
    registries.set(db, r);
  }
  return r;
}

/** Calls `fn` after every committed meter-readings batch written to `db`. Returns an unsubscribe. */
export function onMeterReadings(db: Db, fn: ReadingsHook): () => void {
  const set = registry(db).meter;
  set.add(fn);
  return () => void set.delete(fn);
}

/** Calls `fn` after every committed gauge-readings batch written to `db`. Returns an unsubscribe. */
export function onGaugeReadings(db: Db, fn: ReadingsHook): () => void {
  const set = registry(db).gauge;
  set.add(fn);
  return () => void set.delete(fn);
}

/**
 * Runs the hooks of one kind in registration order. The batch is already committed, so a failing
 * hook cannot undo it: its error is handed to `onError` and the other hooks still run.
 */
export async function runReadingsHooks(
  db: Db,
  kind: 'meter' | 'gauge',
  summary: IngestSummary,
  onError: (err: unknown) => void,
): Promise<void> {
  for (const fn of [...registry(db)[kind]]) {
    try {
      await fn(summary);
    } catch (err) {
      onError(err);
    }
  }
}
