// Writes the seeded gauge model through the readings ingest (the same path as the HTTP API, so the
// after-commit hooks compute the alerts) — on first start when flood.readings is empty, or on demand.
import type { Logger } from 'pino';
import type { Db } from '../db/db.ts';
import { ingestGaugeReadings, type IngestResult } from '../readings-ingest/index.ts';
import { registerFloodAlerts } from './alert-store.ts';
import { FLOOD_SQL } from './flood-sql.ts';
import { generateFloodModel, type ModelGauge } from './model/hydrograph-model.ts';
import { FLOOD_MODEL } from './model/model-params.ts';

export interface FloodModelLoad extends IngestResult {
  gauges: number;
  ms: number;
}

/** Generates and ingests the model for every gauge in flood.gauges; throws when a row is refused. */
export async function loadFloodModel(db: Db): Promise<FloodModelLoad> {
  const started = Date.now();
  registerFloodAlerts(db);
  const gauges = await db.query<ModelGauge>(FLOOD_SQL.selectModelGauges);
  if (gauges.length === 0)
    throw new Error('flood model: flood.gauges is empty (load the bundled data first)');
  const model = generateFloodModel(gauges, FLOOD_MODEL);
  // The model's period is fixed and in the past; `now` just has to be after it for the future check.
  const result = await ingestGaugeReadings(db, model.rows, {
    now: new Date(FLOOD_MODEL.to),
    mode: 'strict',
    endpoint: 'flood:model',
  });
  if (result.rejected > 0) {
    const e = result.errors[0];
    throw new Error(
      `flood model: ${result.rejected} rows refused (row ${e?.row}, ${e?.field}: ${e?.message})`,
    );
  }
  return { ...result, gauges: gauges.length, ms: Date.now() - started };
}

/** First-start step: models the gauge readings unless there are some already (real or modelled). */
export async function loadFloodModelIfEmpty(db: Db, logger: Logger): Promise<void> {
  const [row] = await db.query<{ n: number }>(FLOOD_SQL.countReadings);
  if ((row?.n ?? 0) > 0) return;
  const r = await loadFloodModel(db);
  logger.info({ gauges: r.gauges, rows: r.written, ms: r.ms }, 'flood gauge readings modelled');
}

/** `npm run flood:model`: replaces the stored readings and alerts with a fresh model run. */
export async function rewriteFloodModel(db: Db): Promise<FloodModelLoad> {
  await db.transaction(async (tx) => {
    await tx.query(FLOOD_SQL.deleteAlerts);
    await tx.query(FLOOD_SQL.deleteReadings);
  });
  return loadFloodModel(db);
}
