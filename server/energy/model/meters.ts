// The meters of each building, chosen deterministically from its code: electricity (15 min), gas or
// district heat (hourly), water (hourly; a share report a cumulative register) and PV (15 min) on a
// share of the roofs.
import { CUMULATIVE_WATER_SHARE, DISTRICT_HEAT_SHARE, HEAT_NETWORK_TOWNS, PV } from './model-params.ts';
import { hashUnit } from '../../model/random.ts';
import type { Building } from './register-types.ts';

export type MeterKind = 'electricity' | 'gas' | 'heat' | 'water' | 'pv';

export interface Meter {
  id: number;
  code: string;
  buildingId: number;
  kind: MeterKind;
  unit: 'kWh' | 'm3';
  intervalMinutes: 15 | 60;
  /** Readings are register values (counter); the interval amount is the difference. */
  cumulative: boolean;
  capacityKwp: number | null;
}

/** Meter id = building id × 10 + slot, so ids are stable when other buildings change. */
const SLOT: Record<MeterKind, number> = { electricity: 1, gas: 2, heat: 2, water: 3, pv: 4 };
const SUFFIX: Record<MeterKind, string> = {
  electricity: 'EL',
  gas: 'GAS',
  heat: 'HEAT',
  water: 'WAT',
  pv: 'PV',
};

export function metersFor(buildings: readonly Building[], seed: number): Meter[] {
  const meters: Meter[] = [];
  for (const b of buildings) {
    const meter = (kind: MeterKind, extra: Partial<Meter> = {}): Meter => ({
      id: b.id * 10 + SLOT[kind],
      code: `${b.code}-${SUFFIX[kind]}`,
      buildingId: b.id,
      kind,
      unit: kind === 'water' ? 'm3' : 'kWh',
      intervalMinutes: kind === 'electricity' || kind === 'pv' ? 15 : 60,
      cumulative: false,
      capacityKwp: null,
      ...extra,
    });
    meters.push(meter('electricity'));
    const network = (HEAT_NETWORK_TOWNS as readonly string[]).includes(b.municipality);
    const heatShare = network ? DISTRICT_HEAT_SHARE.networkTown : DISTRICT_HEAT_SHARE.elsewhere;
    meters.push(meter(hashUnit(`${b.code}:heat`, seed) < heatShare ? 'heat' : 'gas'));
    meters.push(meter('water', { cumulative: hashUnit(`${b.code}:counter`, seed) < CUMULATIVE_WATER_SHARE }));
    if (hashUnit(`${b.code}:pv`, seed) < PV.shareOfBuildings) {
      const [lo, hi] = PV.kwpPerM2Floor;
      const perM2 = lo + (hi - lo) * hashUnit(`${b.code}:kwp`, seed);
      const kwp = Math.min(PV.maxKwp, Math.max(PV.minKwp, b.floorAreaM2 * perM2));
      meters.push(meter('pv', { capacityKwp: Math.round(kwp * 10) / 10 }));
    }
  }
  return meters;
}
