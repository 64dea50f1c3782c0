// Cumulative meters count up: a register value lower than the one before it is a wrong reading
// (or a meter exchange, which has to be recorded as a new meter). Checked over the batch and the
// stored readings together, in timestamp order, so backfilled and out-of-order batches are judged
// against their real neighbours.
import type { RowError } from './ingest-types.ts';
import type { MeterCandidate } from './meter-rows.ts';

export interface StoredCounter {
  ts: Date;
  counter: number | null;
}

/**
 * Splits the candidates of cumulative meters into accepted ones and errors. Stored readings are
 * trusted: a batch row must be ≥ the counter before it (stored or accepted earlier in the batch) and
 * ≤ the next stored counter after it. A batch row at the timestamp of a stored one replaces it (a
 * correction), so that stored value is not a neighbour. A rejected row does not become a neighbour.
 */
export function checkCounterOrder(
  candidates: readonly MeterCandidate[],
  stored: ReadonlyMap<number, readonly StoredCounter[]>,
): { accepted: MeterCandidate[]; errors: RowError[] } {
  const accepted: MeterCandidate[] = [];
  const errors: RowError[] = [];
  const byMeter = new Map<number, MeterCandidate[]>();
  for (const c of candidates) {
    if (!c.meter.cumulative || c.counter === null) {
      accepted.push(c);
      continue;
    }
    const list = byMeter.get(c.meter.id) ?? [];
    list.push(c);
    byMeter.set(c.meter.id, list);
  }
  for (const [meterId, list] of byMeter) {
    const batchTimes = new Set(list.map((c) => c.ts.getTime()));
    const fixed = (stored.get(meterId) ?? []).filter(
      (s) => s.counter !== null && !batchTimes.has(s.ts.getTime()),
    );
    type Event = { ts: number; fixed?: number; candidate?: MeterCandidate };
    const events: Event[] = [
      ...fixed.map((s) => ({ ts: s.ts.getTime(), fixed: s.counter as number })),
      ...list.map((c) => ({ ts: c.ts.getTime(), candidate: c })),
    ].sort((a, b) => a.ts - b.ts);
    // The next stored counter after each position, scanning from the end.
    const nextFixed: (number | undefined)[] = new Array(events.length);
    let upcoming: number | undefined;
    for (let i = events.length - 1; i >= 0; i--) {
      nextFixed[i] = upcoming;
      const e = events[i];
      if (e?.fixed !== undefined) upcoming = e.fixed;
    }
    let previous: number | undefined;
    events.forEach((e, i) => {
      if (e.fixed !== undefined) {
        previous = e.fixed;
        return;
      }
      const c = e.candidate as MeterCandidate;
      const counter = c.counter as number;
      const next = nextFixed[i];
      if (previous !== undefined && counter < previous) {
        errors.push({
          row: c.row,
          field: 'counter',
          message: `counter ${counter} is lower than the previous reading's ${previous} (cumulative meter ${c.meter.code})`,
        });
      } else if (next !== undefined && counter > next) {
        errors.push({
          row: c.row,
          field: 'counter',
          message: `counter ${counter} is higher than the next stored reading's ${next} (cumulative meter ${c.meter.code})`,
        });
      } else {
        previous = counter;
        accepted.push(c);
      }
    });
  }
  accepted.sort((a, b) => a.row - b.row);
  return { accepted, errors };
}
