// The gravity model of daily car trips between municipalities (MODEL, deterministic):
//   T_ij = k · P_i^a · P_j^b · exp(−β · t_ij),   i ≠ j,
// P population, t_ij car travel time in minutes on the road graph (Infinity: unreachable, no trips).
// Two numbers are calibrated, not guessed: β so that the mean trip time equals a target, then k so
// that the total equals trips per inhabitant × total population. Intra-municipal trips (i = j) are
// not part of the matrix (see TRAFFIC_MODEL.tripsPerInhabitant).

export interface Zone {
  population: number;
}

export interface GravityParams {
  /** a */
  originExponent: number;
  /** b */
  destinationExponent: number;
  /** β per minute. */
  betaPerMinute: number;
  /** Σ T_ij. */
  totalTrips: number;
}

export interface TripMatrix {
  /** Zone count n; trips[i * n + j] = T_ij per day. */
  readonly n: number;
  readonly trips: Float64Array;
  readonly k: number;
  readonly betaPerMinute: number;
  /** Trip-weighted mean of t_ij, minutes. */
  readonly meanMinutes: number;
  readonly total: number;
}

/** Unscaled weights P_i^a · P_j^b · exp(−β t_ij) and their trip-time-weighted sum. */
function weights(zones: readonly Zone[], minutes: Float64Array, a: number, b: number, beta: number) {
  const n = zones.length;
  const w = new Float64Array(n * n);
  let sum = 0;
  let timeSum = 0;
  for (let i = 0; i < n; i++) {
    const pi = zones[i]!.population ** a;
    for (let j = 0; j < n; j++) {
      const t = minutes[i * n + j]!;
      if (i === j || !Number.isFinite(t)) continue;
      const v = pi * zones[j]!.population ** b * Math.exp(-beta * t);
      w[i * n + j] = v;
      sum += v;
      timeSum += v * t;
    }
  }
  return { w, sum, meanMinutes: sum > 0 ? timeSum / sum : NaN };
}

/** The trip matrix for given parameters; `minutes` is the n×n travel-time matrix (row = origin). */
export function gravityTrips(zones: readonly Zone[], minutes: Float64Array, p: GravityParams): TripMatrix {
  const n = zones.length;
  if (minutes.length !== n * n) throw new Error(`travel-time matrix has ${minutes.length} cells, not ${n}²`);
  const { w, sum, meanMinutes } = weights(
    zones,
    minutes,
    p.originExponent,
    p.destinationExponent,
    p.betaPerMinute,
  );
  if (!(sum > 0)) throw new Error('no pair of zones with population is connected');
  const k = p.totalTrips / sum;
  for (let c = 0; c < w.length; c++) w[c]! *= k;
  return { n, trips: w, k, betaPerMinute: p.betaPerMinute, meanMinutes, total: p.totalTrips };
}

/**
 * β (per minute) for which the trip-weighted mean travel time is `meanMinutes`, by bisection (the mean
 * falls as β grows). Throws when the target lies outside what the travel times allow.
 */
export function calibrateBeta(
  zones: readonly Zone[],
  minutes: Float64Array,
  meanMinutes: number,
  exponents: { originExponent: number; destinationExponent: number },
): number {
  const mean = (beta: number) =>
    weights(zones, minutes, exponents.originExponent, exponents.destinationExponent, beta).meanMinutes;
  let lo = 0;
  let hi = 2;
  if (!(mean(lo) >= meanMinutes && mean(hi) <= meanMinutes))
    throw new Error(
      `mean trip time ${meanMinutes} min is outside ${mean(hi).toFixed(1)}–${mean(lo).toFixed(1)} min`,
    );
  for (let step = 0; step < 60; step++) {
    const mid = (lo + hi) / 2;
    if (mean(mid) > meanMinutes) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
