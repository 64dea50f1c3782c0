// Every parameter of the energy and water model in one place, each with why it has its value.
// The figures are plausible orders of magnitude for Czech public buildings, NOT measurements.
import type { BuildingType } from './register-types.ts';

/** Fixed period (contract with the other helpers): 2025-01-01 00:00 UTC up to, not including, 2026-03-01. */
export const MODEL_PERIOD = {
  from: '2025-01-01T00:00:00Z',
  toExclusive: '2026-03-01T00:00:00Z',
} as const;

/** Seed of the whole model: change it and every series and fault changes, deterministically. */
export const MODEL_SEED = 20250101;

/**
 * Which MŠMT secondary schools enter the register: every school we can name, and of the others only
 * the largest. A building brings ~72,000 readings (15-min electricity and PV, hourly heat and water);
 * PGlite COPYs ~85,000 rows per CPU-second, so all 46 schools (75 buildings, 5.4 M rows) would make the
 * first start take over a minute. Set 0 to model every school.
 */
export const REGISTER = { minUnnamedSchoolCapacity: 1400 } as const;

/** Site of the weather and sun (Liberec). */
export const SITE = { lat: 50.77, lon: 15.06 } as const;

/** Daily mean air temperature: seasonal cycle + AR(1) noise. */
export const WEATHER = {
  annualMeanC: 7.5, // Liberec long-term mean is ~7–8 °C
  amplitudeC: 9.5, // January ≈ −2 °C, July ≈ 17 °C
  coldestDayOfYear: 17, // mid-January
  noiseSdC: 2.4, // day-to-day weather swings
  noiseAr1: 0.78, // spells of warm/cold days
  diurnalAmplitudeC: 4, // daily min/max ± around the mean, warmest at 15:00
  heatingBaseC: 15, // heating degree-days base (issue 5); no space heating on days above it
} as const;

/** Daily cloudiness: the share of clear-sky PV yield a day gets. */
export const CLOUDS = {
  winterMean: 0.42, // Central-European winters are dull
  summerMean: 0.74,
  spread: 0.28, // uniform ± spread around the seasonal mean, clamped to [0.05, 1]
} as const;

/** PV: horizontal-equivalent clear-sky model (Meinel) × performance ratio. */
export const PV = {
  performanceRatio: 0.82, // inverter, wiring, temperature, soiling
  tiltGain: 1.15, // roughly south-facing 30° modules vs horizontal, annual mean
  shareOfBuildings: 0.35, // buildings that have a PV system
  kwpPerM2Floor: [0.004, 0.012], // range of capacity per m² of floor area
  maxKwp: 120,
  minKwp: 8,
} as const;

/** Per building type: electricity W/m² (base when empty, peak when fully occupied), heating, water. */
export interface TypeProfile {
  baseWm2: number;
  peakWm2: number;
  /** Indoor set-point when occupied and the set-back when not (°C). */
  setpointC: number;
  setbackC: number;
  /** Domestic hot water share added on top of space heating, kWh per occupant and occupied hour. */
  dhwKwhPerOccupantHour: number;
  /** Water per occupant per fully occupied day (m³). */
  waterM3PerOccupantDay: number;
  /** Water flowing with nobody inside (cooling towers, cisterns), m³/h per 1,000 m². */
  waterBaseM3hPer1000m2: number;
}

export const TYPE_PROFILES: Record<BuildingType, TypeProfile> = {
  // Schools: lights and IT in the day, little at night; 15 L/pupil/day.
  school: {
    baseWm2: 1.4,
    peakWm2: 9,
    setpointC: 20,
    setbackC: 16,
    dhwKwhPerOccupantHour: 0.012,
    waterM3PerOccupantDay: 0.015,
    waterBaseM3hPer1000m2: 0.002,
  },
  // Hospitals: 24/7, medical equipment, sterilisation, laundries; 300 L per bed-day incl. staff.
  hospital: {
    baseWm2: 9,
    peakWm2: 19,
    setpointC: 22,
    setbackC: 21,
    dhwKwhPerOccupantHour: 0.09,
    waterM3PerOccupantDay: 0.3,
    waterBaseM3hPer1000m2: 0.03,
  },
  // Fire stations: a crew on duty round the clock, garages kept above freezing.
  fire_station: {
    baseWm2: 3.5,
    peakWm2: 8,
    setpointC: 19,
    setbackC: 17,
    dhwKwhPerOccupantHour: 0.05,
    waterM3PerOccupantDay: 0.12,
    waterBaseM3hPer1000m2: 0.01,
  },
  // Museums and galleries: climate control for the collections all the time.
  museum: {
    baseWm2: 3,
    peakWm2: 10,
    setpointC: 19,
    setbackC: 18,
    dhwKwhPerOccupantHour: 0.01,
    waterM3PerOccupantDay: 0.02,
    waterBaseM3hPer1000m2: 0.004,
  },
  gallery: {
    baseWm2: 3,
    peakWm2: 10,
    setpointC: 19,
    setbackC: 18,
    dhwKwhPerOccupantHour: 0.01,
    waterM3PerOccupantDay: 0.02,
    waterBaseM3hPer1000m2: 0.004,
  },
  // Offices: working days, servers at night.
  office: {
    baseWm2: 2.8,
    peakWm2: 14,
    setpointC: 21,
    setbackC: 17,
    dhwKwhPerOccupantHour: 0.01,
    waterM3PerOccupantDay: 0.03,
    waterBaseM3hPer1000m2: 0.003,
  },
  // Social-care homes: 24/7 residents.
  social_care: {
    baseWm2: 5,
    peakWm2: 11,
    setpointC: 22,
    setbackC: 21,
    dhwKwhPerOccupantHour: 0.08,
    waterM3PerOccupantDay: 0.15,
    waterBaseM3hPer1000m2: 0.01,
  },
};

/** Heat loss per m² of floor and K of indoor–outdoor difference, by construction era (W/m²K). */
export function heatLossWm2K(builtYear: number): number {
  if (builtYear < 1920) return 1.45; // massive masonry, old windows
  if (builtYear < 1960) return 1.6; // post-war, thin walls
  if (builtYear < 1990) return 1.35; // panel and brick of the 1960s–80s
  if (builtYear < 2010) return 0.95;
  return 0.55; // recent or deeply retrofitted
}

/** How many of each injected fault (issue 5 asks for enough to measure precision/recall). */
export const FAULT_COUNTS = {
  leak: 12,
  holiday_heating: 10,
  pv_outage: 10,
  meter_gap: 12,
  step_change: 10,
} as const;

/** Fault sizes and durations. */
export const FAULTS = {
  leakM3h: [0.06, 0.25], // continuous extra flow (a running cistern ≈ 0.05–0.2 m³/h)
  leakDays: [14, 42],
  pvOutageDays: [3, 12],
  gapHours: [6, 96],
  /** Permanent base-load jump as a share of the meter's mean load (a new server room, a stuck AHU). */
  stepShare: [0.25, 0.45],
} as const;

/** Share of water meters that report a cumulative register (counter) instead of interval amounts. */
export const CUMULATIVE_WATER_SHARE = 0.35;
/** Buildings heated by district heat (vs gas) in towns with a heat network, and elsewhere. */
export const DISTRICT_HEAT_SHARE = { networkTown: 0.6, elsewhere: 0.1 } as const;
/** Towns with a district heating network in the register's area. */
export const HEAT_NETWORK_TOWNS = [
  'Liberec',
  'Jablonec nad Nisou',
  'Česká Lípa',
  'Turnov',
  'Semily',
] as const;
