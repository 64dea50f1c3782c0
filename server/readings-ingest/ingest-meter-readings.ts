// Meter readings into energy.readings: validate against the register, check cumulative counters
// against the stored ones, upsert in chunks, derive interval values from counters.
import type { Db, Queryable } from '../db/db.ts';
import { checkCounterOrder, type StoredCounter } from './counter-order.ts';
import type { IngestOptions, IngestResult } from './ingest-types.ts';
import { validateMeterRows, type MeterCandidate, type MeterInfo } from './meter-rows.ts';
import { READINGS_SQL } from './readings-sql.ts';
import { isRecord, parseId } from './row-fields.ts';
import { chunkSpan, writeBatch, type ChunkWritten, type StatementRow } from './write-batch.ts';

/**
 * Writes meter readings `{ meter, ts, value? , counter?, unit? }` (see README "Pushing readings").
 * Good rows are written and bad ones reported (or nothing, with `mode: 'strict'`); one transaction.
 *
 * @example
 * const r = await ingestMeterReadings(db, [{ meter: 'EL-1', ts: '2025-03-01T10:15:00Z', value: 4.2 }]);
 * // r = { received: 1, written: 1, unchanged: 0, rejected: 0, errors: [] }
 */
export async function ingestMeterReadings(
  db: Db,
  rows: unknown[],
  options: IngestOptions = {},
): Promise<IngestResult> {
  const meters = await loadMeters(db, rows);
  const byId = new Map([...meters.values()].map((m) => [m.id, m]));
  const { candidates, errors } = validateMeterRows(rows, meters, options.now ?? new Date());
  return writeBatch<MeterCandidate>(
    db,
    {
      kind: 'meter',
      table: 'energy.readings',
      dataset: 'energy-readings',
      endpoint: options.endpoint ?? 'ingestMeterReadings',
      received: rows.length,
      candidates,
      errors,
      refine: async (tx, list) => {
        const cumulative = list.filter((c) => c.meter.cumulative);
        if (cumulative.length === 0) return { accepted: list, errors: [] };
        const ids = [...new Set(cumulative.map((c) => c.meter.id))];
        await tx.query(READINGS_SQL.lockMeters, [ids]);
        return checkCounterOrder(list, await storedCounters(tx, cumulative));
      },
      writeChunk: async (tx, chunk): Promise<ChunkWritten> => {
        const params = [
          chunk.map((c) => c.meter.id),
          chunk.map((c) => c.ts.toISOString()),
          chunk.map((c) => c.value),
          chunk.map((c) => c.counter),
        ];
        const [inserted] = await tx.query<StatementRow>(READINGS_SQL.insertMeterReadings, params);
        // All new (the usual push of fresh readings): nothing stored to correct.
        if (inserted!.n === chunk.length) return { inserted: inserted!, updated: null };
        const [updated] = await tx.query<StatementRow>(READINGS_SQL.updateMeterReadings, [
          ...params,
          ...chunkSpan(chunk),
        ]);
        return { inserted: inserted!, updated: updated! };
      },
      idName: (id) => byId.get(Number(id))?.code ?? String(id),
      afterWrite: async (tx, accepted) => {
        const cumulative = accepted.filter((c) => c.meter.cumulative);
        if (cumulative.length === 0) return;
        await tx.query(READINGS_SQL.deriveCounterValues, [
          cumulative.map((c) => c.meter.id),
          cumulative.map((c) => c.ts.toISOString()),
        ]);
      },
    },
    options,
  );
}

/** The register entries of the meter codes the rows name (unknown codes are simply absent). */
async function loadMeters(db: Db, rows: unknown[]): Promise<Map<string, MeterInfo>> {
  const codes = new Set<string>();
  for (const row of rows) {
    if (!isRecord(row)) continue;
    const code = parseId(row.meter);
    if (code.ok) codes.add(code.value);
  }
  if (codes.size === 0) return new Map();
  const found = await db.query<{
    id: number;
    code: string;
    unit: 'kWh' | 'm3';
    interval_minutes: number;
    cumulative: boolean;
  }>(READINGS_SQL.selectMeters, [[...codes]]);
  return new Map(
    found.map((m) => [
      m.code,
      { id: m.id, code: m.code, unit: m.unit, intervalMinutes: m.interval_minutes, cumulative: m.cumulative },
    ]),
  );
}

async function storedCounters(tx: Queryable, cumulative: MeterCandidate[]) {
  const rows = await tx.query<{ meter_id: number; ts: Date | string; counter: number | null }>(
    READINGS_SQL.storedCounters,
    [cumulative.map((c) => c.meter.id), cumulative.map((c) => c.ts.toISOString())],
  );
  const byMeter = new Map<number, StoredCounter[]>();
  for (const r of rows) {
    const list = byMeter.get(r.meter_id) ?? [];
    list.push({ ts: new Date(r.ts), counter: r.counter });
    byMeter.set(r.meter_id, list);
  }
  return byMeter;
}
