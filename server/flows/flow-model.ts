// The commuter-flow MODEL: daily commuters between the region's municipalities from a doubly-constrained
// gravity model on car travel times. It is an estimate from population and the road network alone, not
// observed data; the ČSÚ 2021 census table (scripts/import-commuting.ts) replaces it where loaded.
// Pure: zones and a travel-time matrix in, flows out; deterministic (no randomness, fixed order).
import {
  doublyConstrained,
  exponentialDeterrence,
  type CostMatrix,
  type TripMatrix,
} from './gravity-model.ts';

export type Purpose = 'work' | 'school' | 'total';

export interface Zone {
  code: string;
  population: number;
  areaKm2: number;
  /** Seat of an ORP (municipality with extended powers): the town where jobs and schools concentrate. */
  orpSeat: boolean;
}

export interface PurposeParameters {
  /** Daily commuters living in a municipality per inhabitant (origins = population × this). */
  residentShare: number;
  /** Destinations = population × this for an ORP seat, population × 1 elsewhere (then scaled). */
  orpSeatBoost: number;
  /** Deterrence exp(−β t), t in minutes. */
  betaPerMin: number;
  /**
   * Home bias: minutes taken off the intrazonal time, i.e. how much longer a trip people accept to keep
   * a job or school in their own municipality (farms, shops, the village school, working from a
   * home office on site). Without it a gravity model sends nearly everyone in a village elsewhere.
   */
  homeBiasMin: number;
}

export interface FlowModelParameters {
  work: PurposeParameters;
  school: PurposeParameters;
  /** Minutes added to every trip between municipalities: parking, walking, the way to the centre node. */
  terminalMin: number;
  /** Intrazonal time = base + perSqrtKm2 · √area: the mean trip inside a municipality (see below). */
  intrazonalBaseMin: number;
  intrazonalPerSqrtKm2Min: number;
  /** Flows below this many commuters are not stored (the model spreads fractions over every pair). */
  minCommuters: number;
}

/**
 * The parameters, with why (all of them are assumptions of the MODEL, not measurements). Calibration targets
 * are the national results of the 2021 census (ČSÚ, "Dojížďka do zaměstnání a škol", Sčítání 2021): 40.9 % of
 * the employed with a known workplace work outside their municipality and 19.6 % at their home address;
 * 39.1 % of pupils and students study outside their municipality.
 * - work.residentShare 0.40: about 49 % of the population is employed with a known workplace, less the
 *   19.6 % working at home, ≈ 0.40 commuting workers per inhabitant.
 * - work.orpSeatBoost 2.2: ORP towns hold roughly 1.2 jobs per employed resident, rural municipalities
 *   about 0.5 (per inhabitant a ratio near 2.2); destinations are then scaled to the number of workers.
 * - work.betaPerMin 0.10 and homeBiasMin 15: chosen so that 49.6 % of commuting workers leave their
 *   municipality (census: 40.9 / 80.4 = 51 %, part of it to other regions, which the model cannot send);
 *   the flow Frýdlant → Liberec then comes out at 491 workers (census 2021: 400).
 * - school.residentShare 0.13: pupils and students with a known school ≈ 13.6 % of the population.
 * - school.orpSeatBoost 3.0: secondary schools are almost all in the ORP towns.
 * - school.betaPerMin 0.10 and homeBiasMin 25 (the village school is near): 39.6 % study elsewhere (39.1 %).
 * - terminalMin 4, intrazonal 3 + 1.2 · √area min: the mean distance between two points of a square of side s
 *   is ≈ 0.52 s; at 25 km/h that is 1.25 · √area minutes, plus 3 minutes to get going.
 * - minCommuters 0.5: a flow that would round to no commuter is not stored.
 */
export const FLOW_MODEL_PARAMETERS: FlowModelParameters = {
  work: { residentShare: 0.4, orpSeatBoost: 2.2, betaPerMin: 0.1, homeBiasMin: 15 },
  school: { residentShare: 0.13, orpSeatBoost: 3.0, betaPerMin: 0.1, homeBiasMin: 25 },
  terminalMin: 4,
  intrazonalBaseMin: 3,
  intrazonalPerSqrtKm2Min: 1.2,
  minCommuters: 0.5,
};

export interface ModelFlow {
  origin: string;
  destination: string;
  purpose: Purpose;
  commuters: number;
}

export interface ModelInternal {
  code: string;
  purpose: Purpose;
  commuters: number;
}

export interface FlowModelResult {
  /** Flows between different municipalities, by purpose then origin then destination (zone order). */
  flows: ModelFlow[];
  /** Commuters staying in their own municipality (the matrix diagonal), per purpose. */
  internal: ModelInternal[];
  /** Totals before rounding and the minimum-flow cut. */
  totals: Record<Purpose, { origins: number; between: number; internal: number }>;
}

/** The generalised cost matrix: road minutes + terminal time off the diagonal, intrazonal time on it. */
export function generalisedCost(zones: readonly Zone[], roadMinutes: CostMatrix, p: FlowModelParameters) {
  const n = zones.length;
  if (roadMinutes.n !== n) throw new RangeError(`travel-time matrix is ${roadMinutes.n}², ${n} zones`);
  const cost = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      cost[i * n + j] =
        i === j
          ? p.intrazonalBaseMin + p.intrazonalPerSqrtKm2Min * Math.sqrt(zones[i]!.areaKm2)
          : roadMinutes.cost[i * n + j]! + p.terminalMin;
  return { n, cost };
}

function distribute(zones: readonly Zone[], generalised: CostMatrix, p: PurposeParameters): TripMatrix {
  const { n } = generalised;
  const cost = Float64Array.from(generalised.cost);
  for (let i = 0; i < n; i++) cost[i * n + i]! -= p.homeBiasMin;
  const productions = zones.map((z) => z.population * p.residentShare);
  const attractions = zones.map((z) => z.population * (z.orpSeat ? p.orpSeatBoost : 1));
  return doublyConstrained({ n, cost }, productions, attractions, exponentialDeterrence(p.betaPerMin));
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** Runs the model for work and school; total = work + school per pair. */
export function modelFlows(
  zones: readonly Zone[],
  roadMinutes: CostMatrix,
  p: FlowModelParameters = FLOW_MODEL_PARAMETERS,
): FlowModelResult {
  const n = zones.length;
  const cost = generalisedCost(zones, roadMinutes, p);
  const work = distribute(zones, cost, p.work);
  const school = distribute(zones, cost, p.school);
  const total = new Float64Array(n * n);
  for (let k = 0; k < total.length; k++) total[k] = work.trips[k]! + school.trips[k]!;
  const matrices: [Purpose, Float64Array][] = [
    ['work', work.trips],
    ['school', school.trips],
    ['total', total],
  ];

  const flows: ModelFlow[] = [];
  const internal: ModelInternal[] = [];
  const totals = {} as FlowModelResult['totals'];
  for (const [purpose, trips] of matrices) {
    const t = { origins: 0, between: 0, internal: 0 };
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        const v = trips[i * n + j]!;
        t.origins += v;
        if (i === j) {
          t.internal += v;
          internal.push({ code: zones[i]!.code, purpose, commuters: round1(v) });
        } else {
          t.between += v;
          if (v >= p.minCommuters)
            flows.push({
              origin: zones[i]!.code,
              destination: zones[j]!.code,
              purpose,
              commuters: round1(v),
            });
        }
      }
    totals[purpose] = t;
  }
  return { flows, internal, totals };
}
