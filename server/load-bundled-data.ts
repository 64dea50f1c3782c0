import type { Logger } from 'pino';
import type { Db } from './db/db.ts';
import { loadBundledGtfsIfEmpty } from './gtfs/import-gtfs.ts';
import { loadAllIfEmpty } from './ingest/load-all.ts';
import { loadModelNetworkIfEmpty } from './network/load-model-network.ts';
import { modelOccupancyIfEmpty } from './transit/model-occupancy.ts';

/**
 * What a fresh database gets on first start: the bundled open data, the models built from it (the model
 * road network needs the stops and municipalities) the city transit timetable (GTFS) and the
 * transit occupancy modelled on it. Each step skips
 * what is already there.
 */
export async function loadBundledDataIfEmpty(db: Db, logger: Logger): Promise<void> {
  await loadAllIfEmpty(db, logger);
  await loadModelNetworkIfEmpty(db, logger);
  await loadBundledGtfsIfEmpty(db, logger);
  await modelOccupancyIfEmpty(db, logger);
}
