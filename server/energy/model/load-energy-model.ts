// Loads the seeded energy model into a database: register, meters, readings, fault ground truth and
// blue-green features, in ONE transaction, then bumps ops.data_versions 'energy-buildings',
// 'energy-readings' and 'blue-green'. Readings go in by COPY (pg-copy-streams on PostGIS, /dev/blob on
// PGlite), a few hundred thousand rows per statement.
import type { Db, Queryable } from '../../db/db.ts';
import { INGEST_SQL } from '../../ingest/sql-files.ts';
import { blueGreenFeatures, type BlueGreenFeature } from './blue-green.ts';
import { energyModel, type EnergyModel } from './index.ts';
import { MODEL_SEED } from './model-params.ts';
import { MODEL_SQL } from './model-sql.ts';
import { readRegister } from './read-register.ts';
import { copyRows } from './readings-copy.ts';
import type { Building } from './register-types.ts';
import { PERIOD_END, PERIOD_START } from './time-axis.ts';

export const ENERGY_DATASETS = {
  buildings: 'energy-buildings',
  readings: 'energy-readings',
  blueGreen: 'blue-green',
} as const;

export interface EnergyLoadOptions {
  /** The register to load; default: data/energy/buildings.geojson. */
  buildings?: readonly Building[];
  /** Load readings before this instant only (tests load two months); default: the whole period. */
  until?: Date;
  seed?: number;
}

export interface EnergyLoadResult {
  buildings: number;
  meters: number;
  readings: number;
  faults: number;
  blueGreen: number;
  ms: number;
}

/** Rows per COPY statement: large enough to amortise a statement, small enough to keep memory flat. */
const COPY_CHUNK_ROWS = 250_000;
const LOAD_STATEMENT_TIMEOUT_MS = 600_000;

async function copyReadings(tx: Queryable, model: EnergyModel, untilMs: number): Promise<number> {
  if (!tx.copyFrom) throw new Error('this database connection cannot COPY; the energy model needs it');
  let chunk: string[] = [];
  let chunkRows = 0;
  let total = 0;
  const flush = async () => {
    if (chunkRows === 0) return;
    await tx.copyFrom?.(MODEL_SQL.copyReadings, chunk.join(''));
    total += chunkRows;
    chunk = [];
    chunkRows = 0;
  };
  for (const meter of model.meters) {
    const { text, rows } = copyRows(meter, model.series(meter), untilMs);
    chunk.push(text);
    chunkRows += rows;
    if (chunkRows >= COPY_CHUNK_ROWS) await flush();
  }
  await flush();
  return total;
}

const json = (rows: readonly object[]) => JSON.stringify(rows);

function blueGreenRows(features: readonly BlueGreenFeature[]) {
  return features.map((f) => ({
    id: f.id,
    kind: f.kind,
    name: f.name,
    building_id: f.buildingId,
    area_m2: f.areaM2,
    volume_m3: f.volumeM3,
    retained_m3_year: f.retainedM3Year,
    potable_saved_m3_year: f.potableSavedM3Year,
    source: `${f.source}; rainfall ${f.rainfallMm} mm/year (modelled)`,
    geometry: f.geometry,
  }));
}

async function insertBlueGreen(tx: Queryable, buildings: readonly Building[], seed: number): Promise<number> {
  const features = blueGreenFeatures(buildings, seed);
  await tx.query(MODEL_SQL.insertBlueGreen, [json(blueGreenRows(features))]);
  await tx.query(INGEST_SQL.bumpDataVersion, [ENERGY_DATASETS.blueGreen, features.length]);
  return features.length;
}

/** Models and loads everything (the tables must be empty: ids are the model's). */
export async function loadEnergyModel(db: Db, options: EnergyLoadOptions = {}): Promise<EnergyLoadResult> {
  const started = performance.now();
  const seed = options.seed ?? MODEL_SEED;
  const buildings = options.buildings ?? (await readRegister());
  const model = energyModel(buildings, { seed });
  const untilMs = Math.min(PERIOD_END, options.until?.getTime() ?? PERIOD_END);
  const result = await db.transaction(async (tx) => {
    await tx.query(`set local statement_timeout = ${LOAD_STATEMENT_TIMEOUT_MS}`);
    // Two bulk-load measures, together ~2.5× faster on PGlite: into an empty table the primary key is
    // built once after the COPY instead of row by row (both databases); and PGlite (its own superuser)
    // runs with replication role "replica", skipping the per-row foreign-key trigger — safe, every meter id
    // comes from the meters inserted just before in this transaction. Both end with the transaction.
    const [readingsEmpty] = await tx.query<{ empty: boolean }>(MODEL_SQL.readingsEmpty);
    const deferPk = readingsEmpty?.empty === true;
    if (db.kind === 'pglite') await tx.query('set local session_replication_role = replica');
    await tx.query(MODEL_SQL.insertBuildings, [
      json(
        buildings.map((b) => ({
          id: b.id,
          code: b.code,
          name: b.name,
          type: b.type,
          municipality: b.municipality,
          okres: b.okres,
          address: b.address,
          floor_area_m2: b.floorAreaM2,
          built_year: b.builtYear,
          occupants: b.occupants,
          location_approximate: b.locationApproximate,
          source: b.source,
          lon: b.lon,
          lat: b.lat,
        })),
      ),
    ]);
    await tx.query(MODEL_SQL.insertMeters, [
      json(
        model.meters.map((m) => ({
          id: m.id,
          code: m.code,
          building_id: m.buildingId,
          kind: m.kind,
          unit: m.unit,
          interval_minutes: m.intervalMinutes,
          cumulative: m.cumulative,
          capacity_kwp: m.capacityKwp,
        })),
      ),
    ]);
    const faults = model.faults.filter((f) => f.startsAt < untilMs);
    await tx.query(MODEL_SQL.insertFaultTruth, [
      json(
        faults.map((f) => ({
          meter_id: f.meterId,
          kind: f.kind,
          starts_at: new Date(f.startsAt).toISOString(),
          ends_at: new Date(f.endsAt).toISOString(),
          details: f.details,
        })),
      ),
    ]);
    await tx.query(MODEL_SQL.ensurePartitions, [
      new Date(PERIOD_START).toISOString(),
      new Date(untilMs - 1).toISOString(),
    ]);
    if (deferPk) await tx.query(MODEL_SQL.dropReadingsPk);
    const readings = await copyReadings(tx, model, untilMs);
    if (deferPk) await tx.query(MODEL_SQL.addReadingsPk);
    await tx.query(INGEST_SQL.bumpDataVersion, [ENERGY_DATASETS.buildings, buildings.length]);
    await tx.query(INGEST_SQL.bumpDataVersion, [ENERGY_DATASETS.readings, readings]);
    const blueGreen = await insertBlueGreen(tx, buildings, seed);
    return {
      buildings: buildings.length,
      meters: model.meters.length,
      readings,
      faults: faults.length,
      blueGreen,
    };
  });
  return { ...result, ms: Math.round(performance.now() - started) };
}

/** The part of a pino logger this module uses. */
export interface EnergyLogger {
  info(obj: object, msg: string): void;
}

/** For server start-up: models and loads everything when there are no buildings yet. */
export async function loadEnergyModelIfEmpty(db: Db, logger: EnergyLogger): Promise<EnergyLoadResult | null> {
  const [counts] = await db.query<{ buildings: number }>(MODEL_SQL.counts);
  if (!counts || counts.buildings > 0) return null;
  const r = await loadEnergyModel(db);
  logger.info(r, 'energy model (buildings, meters, readings, faults, blue-green) loaded');
  return r;
}
