// Gauge readings into flood.readings: validate against the gauge list, upsert in chunks.
import type { Db } from '../db/db.ts';
import { validateGaugeRows, type GaugeCandidate } from './gauge-rows.ts';
import type { IngestOptions, IngestResult } from './ingest-types.ts';
import { READINGS_SQL } from './readings-sql.ts';
import { isRecord, parseId } from './row-fields.ts';
import { chunkSpan, writeBatch, type StatementRow } from './write-batch.ts';

/**
 * Writes gauge readings `{ gauge, ts, level_cm?, discharge_m3s?, precipitation_mm? }`. The same batch
 * rule as meter readings; generator-scale batches (tens of thousands of rows) are chunked internally.
 *
 * @example
 * await ingestGaugeReadings(db, [{ gauge: '0089', ts: '2026-06-01T12:00:00Z', level_cm: 142 }], { now });
 */
export async function ingestGaugeReadings(
  db: Db,
  rows: unknown[],
  options: IngestOptions = {},
): Promise<IngestResult> {
  const gauges = await loadGauges(db, rows);
  const { candidates, errors } = validateGaugeRows(rows, gauges, options.now ?? new Date());
  return writeBatch<GaugeCandidate>(
    db,
    {
      kind: 'gauge',
      table: 'flood.readings',
      dataset: 'flood-readings',
      endpoint: options.endpoint ?? 'ingestGaugeReadings',
      received: rows.length,
      candidates,
      errors,
      writeChunk: async (tx, chunk) => {
        const params = [
          chunk.map((c) => c.gauge),
          chunk.map((c) => c.ts.toISOString()),
          chunk.map((c) => c.levelCm),
          chunk.map((c) => c.dischargeM3s),
          chunk.map((c) => c.precipitationMm),
        ];
        const [inserted] = await tx.query<StatementRow>(READINGS_SQL.insertGaugeReadings, params);
        // All new (the usual push of fresh readings): nothing stored to correct.
        if (inserted!.n === chunk.length) return { inserted: inserted!, updated: null };
        const [updated] = await tx.query<StatementRow>(READINGS_SQL.updateGaugeReadings, [
          ...params,
          ...chunkSpan(chunk),
        ]);
        return { inserted: inserted!, updated: updated! };
      },
      idName: String,
    },
    options,
  );
}

async function loadGauges(db: Db, rows: unknown[]): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const row of rows) {
    if (!isRecord(row)) continue;
    const id = parseId(row.gauge);
    if (id.ok) ids.add(id.value);
  }
  if (ids.size === 0) return new Set();
  const found = await db.query<{ id: string }>(READINGS_SQL.selectGauges, [[...ids]]);
  return new Set(found.map((g) => g.id));
}
