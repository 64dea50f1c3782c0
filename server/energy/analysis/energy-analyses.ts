import type { Logger } from 'pino';
import { loadConfig, type EnergyPrices } from '../../config.ts';
import type { Db } from '../../db/db.ts';
import { onMeterReadings } from '../../readings-ingest/hooks.ts';
import { ENERGY_SQL } from './energy-sql.ts';
import { refreshEnergyStats } from './refresh-energy-stats.ts';
import { runDetection } from './run-detection.ts';

/**
 * First-start step (after the energy model's readings are loaded): builds the daily/monthly
 * aggregates, the map's building snapshot and the alerts when readings exist but were never
 * aggregated. Prices come from the environment, as the server's config does.
 */
export async function refreshEnergyAnalysesIfBehind(db: Db, logger: Logger): Promise<void> {
  const [state] = await db.query<{ has_readings: boolean; has_days: boolean }>(ENERGY_SQL.countDerived);
  if (!state?.has_readings || state.has_days) return;
  const started = performance.now();
  const days = await refreshEnergyStats(db, loadConfig().energy);
  const aggregated = performance.now();
  const alerts = await runDetection(db);
  logger.info(
    {
      dayRows: days,
      alerts: alerts.length,
      aggregateMs: Math.round(aggregated - started),
      detectionMs: Math.round(performance.now() - aggregated),
    },
    'energy analyses: aggregates, building statistics and fault alerts computed',
  );
}

const watched = new WeakSet<Db>();

/**
 * After every committed batch of meter readings (HTTP ingest or a direct call): re-aggregates the
 * affected meters and days, rewrites the building snapshot and re-runs detection on those meters.
 * Runs are queued one after another so that two batches never refresh at once. Once per database.
 */
export function watchMeterReadings(db: Db, prices: EnergyPrices, logger: Logger): void {
  if (watched.has(db)) return;
  watched.add(db);
  let queue: Promise<unknown> = Promise.resolve();
  onMeterReadings(db, (summary) => {
    const run = queue.then(async () => {
      await refreshEnergyStats(db, prices, { meterCodes: summary.ids, from: summary.from, to: summary.to });
      const ids = await db.query<{ id: number }>(ENERGY_SQL.meterIds, [summary.ids]);
      const alerts = await runDetection(
        db,
        ids.map((r) => r.id),
      );
      logger.debug(
        { meters: summary.ids.length, alerts: alerts.length },
        'energy analyses refreshed after ingest',
      );
    });
    queue = run.catch(() => undefined);
    return run;
  });
}
