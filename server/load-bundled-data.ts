import type { Logger } from 'pino';
import type { Db } from './db/db.ts';
import { modelFlowsIfEmpty } from './flows/load-model-flows.ts';
import { loadBundledGtfsIfEmpty } from './gtfs/import-gtfs.ts';
import { loadAllIfEmpty } from './ingest/load-all.ts';
import { loadModelNetworkIfEmpty } from './network/load-model-network.ts';
import { modelTrafficIfEmpty } from './traffic/load-traffic-model.ts';
import { modelOccupancyIfEmpty } from './transit/model-occupancy.ts';

/**
 * What a fresh database gets on first start, in dependency order: the bundled open data; the model road
 * network (built from the stops and municipalities); the modelled traffic and the night accidents joined
 * to it; the modelled commuter flows (on that network); the
 * city transit timetable (GTFS); the transit occupancy modelled on it. Each step skips what is there.
 */
export async function loadBundledDataIfEmpty(db: Db, logger: Logger): Promise<void> {
  await loadAllIfEmpty(db, logger);
  await loadModelNetworkIfEmpty(db, logger);
  await modelTrafficIfEmpty(db, logger);
  await modelFlowsIfEmpty(db, logger);
  await loadBundledGtfsIfEmpty(db, logger);
  await modelOccupancyIfEmpty(db, logger);
}
