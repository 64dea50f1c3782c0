import type { Logger } from 'pino';
import type { Db } from './db/db.ts';
import { refreshEnergyAnalysesIfBehind } from './energy/analysis/energy-analyses.ts';
import { loadEnergyModelIfEmpty } from './energy/model/load-energy-model.ts';
import { loadFloodModelIfEmpty } from './flood/load-flood-model.ts';
import { modelFlowsIfEmpty } from './flows/load-model-flows.ts';
import { loadBundledGtfsIfEmpty } from './gtfs/import-gtfs.ts';
import { loadHeritageMuseumsIfMissing } from './heritage/load-heritage.ts';
import { loadAllIfEmpty } from './ingest/load-all.ts';
import { loadModelNetworkIfEmpty } from './network/load-model-network.ts';
import { modelTrafficIfEmpty } from './traffic/load-traffic-model.ts';
import { modelOccupancyIfEmpty } from './transit/model-occupancy.ts';

/** One first-start step: it loads or models its data unless the data is already there. */
interface Step {
  name: string;
  run(db: Db, logger: Logger): Promise<unknown>;
}

/**
 * What a fresh database gets on first start, in dependency order: the bundled open data; the model road
 * network (built from the stops and municipalities); the modelled traffic and the night accidents joined
 * to it; the modelled commuter flows (on that network); the city transit timetable (GTFS); the transit
 * occupancy modelled on it; then the later themes. Each step skips what is there.
 * Add a step by appending one entry.
 */
export const BUNDLED_STEPS: readonly Step[] = [
  { name: 'open-data', run: loadAllIfEmpty },
  { name: 'road-network', run: loadModelNetworkIfEmpty },
  { name: 'traffic', run: modelTrafficIfEmpty },
  { name: 'flows', run: modelFlowsIfEmpty },
  { name: 'gtfs', run: loadBundledGtfsIfEmpty },
  { name: 'occupancy', run: modelOccupancyIfEmpty },
  { name: 'heritage-museums', run: loadHeritageMuseumsIfMissing },
  { name: 'flood-model', run: loadFloodModelIfEmpty },
  { name: 'energy-model', run: loadEnergyModelIfEmpty },
  { name: 'energy-analyses', run: refreshEnergyAnalysesIfBehind },
];

export interface LoadBundledOptions {
  /** Stop after this step (tests that need only the transport data skip the later themes). */
  upTo?: string;
}

export async function loadBundledDataIfEmpty(
  db: Db,
  logger: Logger,
  options: LoadBundledOptions = {},
): Promise<void> {
  if (options.upTo !== undefined && !BUNDLED_STEPS.some((s) => s.name === options.upTo))
    throw new Error(`unknown bundled-data step "${options.upTo}"`);
  for (const step of BUNDLED_STEPS) {
    await step.run(db, logger);
    if (step.name === options.upTo) return;
  }
}
