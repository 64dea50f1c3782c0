// E1's seeded model in memory, turned into the daily series fault detection reads — the same
// aggregation the database does — so that precision and recall can be measured without a database.
import type { EnergyModel } from '../model/index.ts';
import { dailyFromReadings, type DailySeries } from './daily-series.ts';

export function modelDailySeries(model: EnergyModel): DailySeries[] {
  const typeOf = new Map(model.buildings.map((b) => [b.id, b.type]));
  return model.meters.map((m) => {
    const s = model.series(m);
    const present = s.counter
      ? (i: number) => !Number.isNaN(s.counter![i]!)
      : (i: number) => !Number.isNaN(s.values[i]!);
    return dailyFromReadings(
      {
        meterId: m.id,
        meterCode: m.code,
        buildingId: m.buildingId,
        buildingType: typeOf.get(m.buildingId) ?? '',
        kind: m.kind,
        capacityKwp: m.capacityKwp ?? null,
      },
      m.intervalMinutes,
      s.times,
      s.values,
      present,
    );
  });
}
