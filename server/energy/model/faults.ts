// Plans the injected faults: which meter, when, how large. Each meter gets at most one fault, so the
// ground truth is unambiguous. The series generator applies them; `energy.fault_truth` stores them.
import { SCHOOL_HOLIDAYS } from './calendar.ts';
import { FAULT_COUNTS, FAULTS, TYPE_PROFILES } from './model-params.ts';
import type { Meter } from './meters.ts';
import { hashUnit, mulberry32, hashSeed } from '../../model/random.ts';
import type { Building } from './register-types.ts';
import { DAY, HOUR, PERIOD_END, PERIOD_START, pragueOffsetHours } from './time-axis.ts';

export type FaultKind = 'leak' | 'holiday_heating' | 'pv_outage' | 'meter_gap' | 'step_change';
export const FAULT_KINDS: readonly FaultKind[] = [
  'leak',
  'holiday_heating',
  'pv_outage',
  'meter_gap',
  'step_change',
];

/** One injected fault: the meter's readings in [startsAt, endsAt) carry it. */
export interface Fault {
  meterId: number;
  meterCode: string;
  kind: FaultKind;
  /** UTC ms, inclusive. */
  startsAt: number;
  /** UTC ms, exclusive (the period end for a permanent step change). */
  endsAt: number;
  details: Record<string, number | string>;
}

/** Local midnight (Prague) of a YYYY-MM-DD date as UTC ms. */
function localMidnight(date: string): number {
  const utc = Date.parse(`${date}T00:00:00Z`);
  return utc - pragueOffsetHours(utc) * HOUR;
}

export function planFaults(buildings: readonly Building[], meters: readonly Meter[], seed: number): Fault[] {
  const byId = new Map(buildings.map((b) => [b.id, b]));
  const used = new Set<number>();
  const faults: Fault[] = [];
  const pick = (kind: FaultKind, eligible: (m: Meter) => boolean): Meter[] =>
    meters
      .filter((m) => !used.has(m.id) && eligible(m))
      .sort((a, b) => hashUnit(`${a.code}:${kind}`, seed) - hashUnit(`${b.code}:${kind}`, seed))
      .slice(0, FAULT_COUNTS[kind]);
  const add = (m: Meter, kind: FaultKind, startsAt: number, endsAt: number, details: Fault['details']) => {
    used.add(m.id);
    faults.push({
      meterId: m.id,
      meterCode: m.code,
      kind,
      startsAt,
      endsAt: Math.min(endsAt, PERIOD_END),
      details,
    });
  };
  const rng = (m: Meter, kind: FaultKind) => mulberry32(hashSeed(`${m.code}:${kind}:when`, seed));
  const within = (random: () => number, [lo, hi]: readonly [number, number]) => lo + (hi - lo) * random();
  const day = (d: number) => PERIOD_START + Math.floor(d) * DAY;

  for (const m of pick('step_change', (m) => m.kind === 'electricity')) {
    const b = byId.get(m.buildingId);
    if (!b) continue;
    const random = rng(m, 'step_change');
    const p = TYPE_PROFILES[b.type];
    const meanKw = (b.floorAreaM2 * (p.baseWm2 + 0.3 * (p.peakWm2 - p.baseWm2))) / 1000;
    const share = within(random, FAULTS.stepShare);
    add(m, 'step_change', day(within(random, [60, 330])) + 10 * HOUR, PERIOD_END, {
      addedKw: Math.round(meanKw * share * 100) / 100,
      shareOfMeanLoad: Math.round(share * 100) / 100,
    });
  }

  const schoolHeating = (m: Meter) =>
    (m.kind === 'heat' || m.kind === 'gas') && byId.get(m.buildingId)?.type === 'school';
  const heatingHolidays = SCHOOL_HOLIDAYS.filter((h) => h.heating);
  pick('holiday_heating', schoolHeating).forEach((m, i) => {
    const h =
      heatingHolidays[
        (i + Math.floor(hashUnit(m.code, seed) * heatingHolidays.length)) % heatingHolidays.length
      ];
    if (!h) return;
    const start = Math.max(PERIOD_START, localMidnight(h.from));
    add(m, 'holiday_heating', start, localMidnight(h.to) + DAY, { holiday: h.name });
  });

  for (const m of pick('pv_outage', (m) => m.kind === 'pv')) {
    const random = rng(m, 'pv_outage');
    const start = day(within(random, [73, 280]));
    add(m, 'pv_outage', start, start + Math.round(within(random, FAULTS.pvOutageDays)) * DAY, {});
  }

  for (const m of pick('leak', (m) => m.kind === 'water')) {
    const random = rng(m, 'leak');
    const start = day(within(random, [31, 340])) + Math.floor(random() * 24) * HOUR;
    add(m, 'leak', start, start + Math.round(within(random, FAULTS.leakDays)) * DAY, {
      extraM3h: Math.round(within(random, FAULTS.leakM3h) * 1000) / 1000,
    });
  }

  // Gaps only on interval meters: on a cumulative meter the next reading would carry the gap's amount.
  for (const m of pick('meter_gap', (m) => !m.cumulative)) {
    const random = rng(m, 'meter_gap');
    const start = day(within(random, [3, 418])) + Math.floor(random() * 24) * HOUR;
    add(m, 'meter_gap', start, start + Math.round(within(random, FAULTS.gapHours)) * HOUR, {});
  }

  return faults.sort((a, b) => a.meterId - b.meterId);
}
