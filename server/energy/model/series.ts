// The readings of one meter over the period, faults applied. Dense arrays over the meter's time axis;
// NaN marks "no reading" (a gap). Cumulative water meters also carry the register value (counter).
import { isSchoolHoliday } from './calendar.ts';
import type { Fault } from './faults.ts';
import type { Meter } from './meters.ts';
import type { ModelContext } from './model-context.ts';
import { PV, TYPE_PROFILES, WEATHER, heatLossWm2K } from './model-params.ts';
import { mulberry32, hashSeed, normal } from '../../model/random.ts';
import type { Building, BuildingType } from './register-types.ts';

export interface MeterSeries {
  /** UTC ms of each reading (start of its interval); shared between meters of one interval. */
  times: Float64Array;
  /**
   * Amount in the interval in the meter's unit. NaN: no reading (a gap), or — on a cumulative meter —
   * the first reading, whose amount is unknown (stored as null).
   */
  values: Float64Array;
  /** Register values of a cumulative meter (NaN: no reading); null for interval meters. */
  counter: Float64Array | null;
}

/** Boiler efficiency: gas meters see the heat demand divided by it. */
const BOILER_EFFICIENCY = 0.92;
/** Full-occupancy hours per day, to spread a day's water over the occupied hours. */
const OCCUPIED_HOURS: Record<BuildingType, number> = {
  school: 8.5,
  hospital: 19,
  fire_station: 20,
  museum: 8,
  gallery: 8,
  office: 10,
  social_care: 19,
};
/** Heating set-back of schools over school holidays (frost and damp protection only). */
const SCHOOL_HOLIDAY_SETBACK_C = 12;

const round3 = (x: number) => Math.round(x * 1000) / 1000;

function window(times: Float64Array, f: Fault | undefined): [number, number] {
  if (!f) return [-1, -1];
  let a = 0;
  while (a < times.length && (times[a] ?? 0) < f.startsAt) a++;
  let b = a;
  while (b < times.length && (times[b] ?? 0) < f.endsAt) b++;
  return [a, b];
}

export function meterSeries(
  meter: Meter,
  building: Building,
  faults: readonly Fault[],
  ctx: ModelContext,
): MeterSeries {
  const axis = ctx.axis(meter.intervalMinutes);
  const n = axis.times.length;
  const random = mulberry32(hashSeed(meter.code, ctx.seed));
  const fault = faults.find((f) => f.meterId === meter.id);
  const [fa, fb] = window(axis.times, fault);
  const inFault = (i: number) => i >= fa && i < fb;
  const hours = meter.intervalMinutes / 60;
  const values = new Float64Array(n);
  const occ = ctx.occupancy(building.type, meter.intervalMinutes);
  const p = TYPE_PROFILES[building.type];

  if (meter.kind === 'electricity') {
    const temp = ctx.temperature(meter.intervalMinutes);
    const stepKw = fault?.kind === 'step_change' ? Number(fault.details.addedKw) : 0;
    for (let i = 0; i < n; i++) {
      const o = occ[i] ?? 0;
      // Lights on longer in the dark months: +15 % of the occupied load in mid-winter.
      const dark = 1 + 0.15 * Math.max(0, Math.min(1, (10 - (temp[i] ?? 10)) / 15));
      const kw = (building.floorAreaM2 * (p.baseWm2 + (p.peakWm2 - p.baseWm2) * o * dark)) / 1000;
      values[i] = round3(Math.max(0, (kw * (1 + 0.05 * normal(random)) + (inFault(i) ? stepKw : 0)) * hours));
    }
  } else if (meter.kind === 'pv') {
    const sun = ctx.clearSky(meter.intervalMinutes);
    const kwp = meter.capacityKwp ?? 0;
    for (let i = 0; i < n; i++) {
      const cloud = ctx.weather.cloudFactor[axis.day[i] ?? 0] ?? 0.5;
      const g = ((sun[i] ?? 0) / 1000) * cloud * Math.max(0, 1 + 0.18 * normal(random));
      const kwh = kwp * g * PV.performanceRatio * PV.tiltGain * hours;
      values[i] = fault?.kind === 'pv_outage' && inFault(i) ? 0 : round3(Math.min(kwp * hours, kwh));
    }
  } else if (meter.kind === 'heat' || meter.kind === 'gas') {
    const temp = ctx.temperature(meter.intervalMinutes);
    const ua = (building.floorAreaM2 * heatLossWm2K(building.builtYear)) / 1000; // kW/K
    const stepsAhead = Math.round(2 / hours); // the heating starts ~2 h before people arrive
    const efficiency = meter.kind === 'gas' ? BOILER_EFFICIENCY : 1;
    for (let i = 0; i < n; i++) {
      const o = Math.max(occ[i] ?? 0, occ[Math.min(n - 1, i + stepsAhead)] ?? 0);
      const local = axis.local[i];
      const leftOn = fault?.kind === 'holiday_heating' && inFault(i);
      let inside = o > 0.05 ? p.setpointC : p.setbackC;
      if (building.type === 'school' && local && isSchoolHoliday(local.date))
        inside = SCHOOL_HOLIDAY_SETBACK_C;
      if (leftOn) inside = p.setpointC;
      const heatingDay = (ctx.weather.dailyMeanC[axis.day[i] ?? 0] ?? 20) < WEATHER.heatingBaseC;
      const space = heatingDay ? ua * Math.max(0, inside - (temp[i] ?? 20)) : 0;
      const dhw = building.occupants * p.dhwKwhPerOccupantHour * (occ[i] ?? 0);
      values[i] = round3(Math.max(0, ((space + dhw) / efficiency) * hours * (1 + 0.04 * normal(random))));
    }
  } else {
    const perStep = (building.occupants * p.waterM3PerOccupantDay) / OCCUPIED_HOURS[building.type];
    const base = (building.floorAreaM2 / 1000) * p.waterBaseM3hPer1000m2;
    const leak = fault?.kind === 'leak' ? Number(fault.details.extraM3h) : 0;
    for (let i = 0; i < n; i++) {
      const use = perStep * (occ[i] ?? 0) * Math.max(0, 1 + 0.25 * normal(random));
      values[i] = round3((use + base * (0.5 + random()) + (inFault(i) ? leak : 0)) * hours);
    }
  }

  if (fault?.kind === 'meter_gap') for (let i = fa; i < fb; i++) values[i] = Number.NaN;
  if (!meter.cumulative) return { times: axis.times, values, counter: null };

  // A register that started somewhere in the meter's life; the first reading has no known amount.
  const counter = new Float64Array(n);
  let c = round3(1000 + 40000 * random());
  for (let i = 0; i < n; i++) {
    c = round3(c + (values[i] ?? 0));
    counter[i] = c;
  }
  const amounts = Float64Array.from(counter, (v, i) =>
    i === 0 ? Number.NaN : round3(v - (counter[i - 1] ?? 0)),
  );
  return { times: axis.times, values: amounts, counter };
}
