/**
 * The seeded energy and water model of the region's buildings (issue 5) — pure, no I/O except
 * `readRegister`, which reads the committed register file.
 *
 * ```ts
 * import { readRegister, energyModel } from './server/energy/model/index.ts';
 * const model = energyModel(await readRegister());        // seed MODEL_SEED unless given
 * model.buildings;                                         // Building[] (id, code, type, floorAreaM2 …)
 * model.meters;                                            // Meter[] (id, code, buildingId, kind, unit, intervalMinutes, cumulative, capacityKwp)
 * model.faults;                                            // Fault[] { meterId, meterCode, kind, startsAt, endsAt (UTC ms, [start, end)), details }
 * const s = model.series(model.meters[0]);                 // { times: Float64Array (UTC ms), values: Float64Array, counter: Float64Array | null }
 * ```
 *
 * Series run 2025-01-01T00:00Z up to 2026-03-01T00:00Z: 40,704 steps at 15 min (electricity, PV) or
 * 10,176 hourly (gas, heat, water). `values[i]` is the amount in [times[i], times[i] + interval) in the
 * meter's unit (kWh or m³). NaN means no reading (an injected meter gap) — or, on a cumulative meter,
 * the first reading, whose amount is unknown (`counter[0]` is its register value). A database row
 * exists for step i when `counter[i]` (cumulative meters) or `values[i]` (others) is a number.
 * `series` computes on each call (tens of ms per meter); cache it if you read a meter twice.
 * Same register + same seed ⇒ identical output.
 */
import { blueGreenFeatures } from './blue-green.ts';
import { planFaults, type Fault } from './faults.ts';
import { metersFor, type Meter } from './meters.ts';
import { createContext } from './model-context.ts';
import { MODEL_PERIOD, MODEL_SEED } from './model-params.ts';
import type { Building } from './register-types.ts';
import { meterSeries, type MeterSeries } from './series.ts';

export interface EnergyModel {
  seed: number;
  buildings: readonly Building[];
  meters: readonly Meter[];
  faults: readonly Fault[];
  series(meter: Meter): MeterSeries;
}

export function energyModel(buildings: readonly Building[], options: { seed?: number } = {}): EnergyModel {
  const seed = options.seed ?? MODEL_SEED;
  const meters = metersFor(buildings, seed);
  const faults = planFaults(buildings, meters, seed);
  const ctx = createContext(seed);
  const byId = new Map(buildings.map((b) => [b.id, b]));
  return {
    seed,
    buildings,
    meters,
    faults,
    series(meter) {
      const building = byId.get(meter.buildingId);
      if (!building) throw new Error(`meter ${meter.code}: building ${meter.buildingId} is not in the model`);
      return meterSeries(meter, building, faults, ctx);
    },
  };
}

export { blueGreenFeatures, MODEL_PERIOD, MODEL_SEED };
export { readRegister, REGISTER_FILE } from './read-register.ts';
export type { BlueGreenFeature } from './blue-green.ts';
export type { Building, BuildingType } from './register-types.ts';
export type { Fault, FaultKind } from './faults.ts';
export type { Meter, MeterKind } from './meters.ts';
export type { MeterSeries } from './series.ts';
