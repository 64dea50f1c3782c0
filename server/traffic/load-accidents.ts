// Loads the police night-accident points (data/transport/accidents-night.geojson, data/README.md)
// into transport.accidents and joins each to the nearest road segment, in ONE transaction, bumping
// ops.data_versions 'accidents'. The join depends on the road network: re-run after replacing it
// (scripts/model-traffic.ts does).
import path from 'node:path';
import type { Db, Queryable } from '../db/db.ts';
import { readGeoJsonFile } from '../ingest/geojson-reader.ts';
import { integer, text } from '../ingest/property-values.ts';
import { BUNDLED_DATA_DIR } from '../ingest/read-dataset.ts';
import { INGEST_SQL } from '../ingest/sql-files.ts';
import { TRAFFIC_SQL } from './traffic-sql.ts';

export const ACCIDENTS_DATASET = 'accidents';
export const ACCIDENTS_FILE = 'transport/accidents-night.geojson';

/**
 * Accidents farther than this from every road segment stay unjoined. The model network draws roads as
 * straight lines between stops, up to a few hundred metres off the real road on bends; 250 m keeps
 * accidents on the road they most likely happened on without pulling in far-off forest tracks.
 */
export const ACCIDENT_JOIN_MAX_M = 250;

/** The period the police extract covers (its SOURCE.md): 2020-01-01 – 2025-12-03, nights only. */
export const ACCIDENT_PERIOD = { first: '2020-01-01', last: '2025-12-03' } as const;

export interface AccidentRow {
  id: number;
  occurred_at: string;
  kind: string;
  killed: number;
  severely_injured: number;
  slightly_injured: number;
  lon: number;
  lat: number;
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

/** The rows of the accident file, ids 1 … n in file order; throws naming the feature on bad data. */
export async function readAccidents(dataDir = BUNDLED_DATA_DIR): Promise<AccidentRow[]> {
  const file = path.join(dataDir, ACCIDENTS_FILE);
  const features = await readGeoJsonFile(file);
  return features.map((f, i) => {
    const where = `${ACCIDENTS_FILE} feature ${i}`;
    try {
      if (f.geometry.type !== 'Point') throw new Error(`geometry is ${f.geometry.type}, not Point`);
      const [lon, lat] = f.geometry.coordinates;
      if (!(Math.abs(lon ?? NaN) <= 180 && Math.abs(lat ?? NaN) <= 90)) throw new Error('bad coordinates');
      const occurred = text(f.properties, 'datetime');
      if (!ISO_WITH_OFFSET.test(occurred))
        throw new Error(`datetime ${occurred} is not ISO 8601 with offset`);
      return {
        id: i + 1,
        occurred_at: occurred,
        kind: text(f.properties, 'druh'),
        killed: integer(f.properties, 'usmrceno'),
        severely_injured: integer(f.properties, 'tezce_zraneno'),
        slightly_injured: integer(f.properties, 'lehce_zraneno'),
        lon: lon!,
        lat: lat!,
      };
    } catch (err) {
      throw new Error(`${where}: ${(err as Error).message}`, { cause: err });
    }
  });
}

/** Joins every accident to its nearest segment within ACCIDENT_JOIN_MAX_M; returns the counts. */
export async function joinAccidents(tx: Queryable) {
  const [r] = await tx.query<{ accidents: number; joined: number }>(TRAFFIC_SQL.joinAccidents, [
    ACCIDENT_JOIN_MAX_M,
  ]);
  return { accidents: r?.accidents ?? 0, joined: r?.joined ?? 0 };
}

export interface AccidentLoadResult {
  accidents: number;
  joined: number;
  version: number;
  ms: number;
}

const BATCH_ROWS = 2000;
const LOAD_STATEMENT_TIMEOUT_MS = 300_000;

/** Replaces transport.accidents with the file's accidents, joined to the current road network. */
export async function loadAccidents(db: Db, dataDir?: string): Promise<AccidentLoadResult> {
  const started = performance.now();
  const rows = await readAccidents(dataDir);
  return db.transaction(async (tx) => {
    await tx.query(`set local statement_timeout = ${LOAD_STATEMENT_TIMEOUT_MS}`);
    await tx.query(TRAFFIC_SQL.deleteAccidents);
    let inserted = 0;
    for (let i = 0; i < rows.length; i += BATCH_ROWS) {
      const [r] = await tx.query<{ inserted: number }>(TRAFFIC_SQL.insertAccidents, [
        JSON.stringify(rows.slice(i, i + BATCH_ROWS)),
      ]);
      inserted += r?.inserted ?? 0;
    }
    if (inserted !== rows.length) throw new Error(`${rows.length} accidents read but ${inserted} inserted`);
    const { joined } = await joinAccidents(tx);
    const [bumped] = await tx.query<{ version: number }>(INGEST_SQL.bumpDataVersion, [
      ACCIDENTS_DATASET,
      inserted,
    ]);
    return {
      accidents: inserted,
      joined,
      version: bumped?.version ?? 0,
      ms: Math.round(performance.now() - started),
    };
  });
}
