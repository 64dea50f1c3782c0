// Loads the ČSÚ 2021 commuting table into transport.od_flows (source = 'csu2021') in ONE transaction that
// replaces the previous ČSÚ rows; the model rows stay and readers prefer the census where it is loaded.
// A row is kept when its origin OR destination is a municipality of the region; the outside end is named in
// transport.od_places. A row within one municipality becomes a within-municipality total (od_internal).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../db/db.ts';
import { readCommutingTable, type CommutingTable } from './commuting-csv.ts';
import type { Purpose } from './flow-model.ts';
import { FLOWS_SQL } from './flows-sql.ts';
import { replaceFlows, type FlowRow, type InternalRow } from './write-flows.ts';

export interface CommutingImportResult {
  encoding: CommutingTable['encoding'];
  delimiter: CommutingTable['delimiter'];
  /** Data rows read from the file. */
  rows: number;
  /** Stored rows of transport.od_flows (one per pair and purpose with a count > 0). */
  flows: number;
  internal: number;
  /** Ends outside the region named in transport.od_places. */
  outsidePlaces: number;
  /** Rows with neither end in the region (not stored). */
  outsideRegion: number;
  version: number;
}

const PURPOSES: readonly Purpose[] = ['work', 'school', 'total'];

/** Splits the validated rows into flows, within-municipality totals and outside places. */
export function commutingRowsToFlows(table: CommutingTable, regionCodes: ReadonlySet<string>) {
  const flows: FlowRow[] = [];
  const internal: InternalRow[] = [];
  const places = new Map<string, string>();
  let outsideRegion = 0;
  for (const row of table.rows) {
    const inRegion = [regionCodes.has(row.origin), regionCodes.has(row.destination)];
    if (!inRegion[0] && !inRegion[1]) {
      outsideRegion++;
      continue;
    }
    if (!inRegion[0] && !places.has(row.origin)) places.set(row.origin, row.originName);
    if (!inRegion[1] && !places.has(row.destination)) places.set(row.destination, row.destinationName);
    for (const purpose of PURPOSES) {
      const commuters = row[purpose];
      if (commuters === undefined || commuters === 0) continue;
      if (row.origin === row.destination) internal.push({ code: row.origin, purpose, commuters });
      else flows.push({ origin: row.origin, destination: row.destination, purpose, commuters });
    }
  }
  return { flows, internal, places, outsideRegion };
}

/** Validates the file (nothing is loaded when it has errors), then replaces the ČSÚ rows. */
export async function importCommuting(db: Db, file: string): Promise<CommutingImportResult> {
  const table = readCommutingTable(path.basename(file), await readFile(file));
  return loadCommutingTable(db, table);
}

export async function loadCommutingTable(db: Db, table: CommutingTable): Promise<CommutingImportResult> {
  const regionCodes = new Set(
    (await db.query<{ code: string }>(FLOWS_SQL['region-codes'])).map((r) => r.code),
  );
  if (regionCodes.size === 0) throw new Error('admin.municipalities is empty: load the bundled data first');
  const split = commutingRowsToFlows(table, regionCodes);
  if (split.flows.length + split.internal.length === 0)
    throw new Error(
      `none of the ${table.rows.length} rows names a municipality of the region with a count > 0`,
    );
  const version = await db.transaction(async (tx) => {
    await tx.query(FLOWS_SQL['delete-places']);
    const places = [...split.places].map(([code, name]) => ({ code, name }));
    const [ins] = await tx.query<{ inserted: number }>(FLOWS_SQL['insert-places'], [JSON.stringify(places)]);
    if ((ins?.inserted ?? 0) !== places.length) throw new Error('not every outside place was stored');
    return replaceFlows(tx, 'csu2021', split.flows, split.internal);
  });
  return {
    encoding: table.encoding,
    delimiter: table.delimiter,
    rows: table.rows.length,
    flows: split.flows.length,
    internal: split.internal.length,
    outsidePlaces: split.places.size,
    outsideRegion: split.outsideRegion,
    version,
  };
}
