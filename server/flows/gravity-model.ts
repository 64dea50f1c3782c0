// Trip distribution by a gravity model: T_ij = a_i · P_i · b_j · A_j · f(c_ij). Pure: numbers in, numbers out.
// Production-constrained: every zone sends exactly its productions P_i (b_j = 1). Doubly-constrained:
// zones also receive exactly their attractions A_j (scaled to the total of P), found by Furness balancing.
// A cost of Infinity means "unreachable" (no trips); the diagonal c_ii is the intrazonal cost, Infinity
// to forbid trips within a zone.

/** A square cost matrix (row-major, n × n) and its size. */
export interface CostMatrix {
  n: number;
  /** cost[i * n + j]: cost from zone i to zone j (minutes, say); Infinity when unreachable. */
  cost: Float64Array;
}

/** Deterrence of a cost: the willingness to travel, decreasing in cost. */
export type Deterrence = (cost: number) => number;

/** f(c) = exp(−β c): halves every ln 2 / β units of cost. */
export const exponentialDeterrence =
  (beta: number): Deterrence =>
  (c) =>
    c === Infinity ? 0 : Math.exp(-beta * c);

/** The trip matrix, row-major n × n: trips[i * n + j] from zone i to zone j. */
export interface TripMatrix {
  n: number;
  trips: Float64Array;
}

function checkInputs(matrix: CostMatrix, productions: readonly number[], attractions: readonly number[]) {
  const { n, cost } = matrix;
  if (cost.length !== n * n) throw new RangeError(`cost matrix has ${cost.length} cells, expected ${n * n}`);
  if (productions.length !== n || attractions.length !== n)
    throw new RangeError(`expected ${n} productions and attractions`);
  for (const v of [...productions, ...attractions])
    if (!(v >= 0 && Number.isFinite(v)))
      throw new RangeError(`productions and attractions must be ≥ 0, got ${v}`);
}

function weights(matrix: CostMatrix, deterrence: Deterrence): Float64Array {
  const w = new Float64Array(matrix.cost.length);
  for (let k = 0; k < w.length; k++) w[k] = deterrence(matrix.cost[k]!);
  return w;
}

/**
 * Production-constrained gravity model: T_ij = P_i · A_j f(c_ij) / Σ_k A_k f(c_ik). Row sums equal
 * the productions (a zone that reaches no attraction sends nothing).
 */
export function productionConstrained(
  matrix: CostMatrix,
  productions: readonly number[],
  attractions: readonly number[],
  deterrence: Deterrence,
): TripMatrix {
  checkInputs(matrix, productions, attractions);
  const { n } = matrix;
  const w = weights(matrix, deterrence);
  const trips = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += attractions[j]! * w[i * n + j]!;
    if (sum === 0) continue;
    const scale = productions[i]! / sum;
    for (let j = 0; j < n; j++) trips[i * n + j] = scale * attractions[j]! * w[i * n + j]!;
  }
  return { n, trips };
}

export interface BalancingOptions {
  /** Stop when every row and column sum is within this relative error (default 1e-9). */
  tolerance?: number;
  maxIterations?: number;
}

export interface BalancedTrips extends TripMatrix {
  iterations: number;
  /** Largest relative error of a row or column sum at the end. */
  maxError: number;
}

/**
 * Doubly-constrained gravity model (Furness / iterative proportional fitting). Attractions are scaled to
 * the total of the productions first. Rows and columns that cannot be met (a zone that reaches nothing)
 * stay unmet; maxError says how close the rest came.
 */
export function doublyConstrained(
  matrix: CostMatrix,
  productions: readonly number[],
  attractions: readonly number[],
  deterrence: Deterrence,
  options: BalancingOptions = {},
): BalancedTrips {
  checkInputs(matrix, productions, attractions);
  const { n } = matrix;
  const tolerance = options.tolerance ?? 1e-9;
  const maxIterations = options.maxIterations ?? 1000;
  const totalP = productions.reduce((s, v) => s + v, 0);
  const totalA = attractions.reduce((s, v) => s + v, 0);
  const target = attractions.map((a) => (totalA > 0 ? (a * totalP) / totalA : 0));
  const w = weights(matrix, deterrence);
  const a = new Float64Array(n).fill(1);
  const b = new Float64Array(n).fill(1);
  const relError = (got: number, want: number) => (want === 0 ? 0 : Math.abs(got - want) / want);

  let iterations = 0;
  let maxError = Infinity;
  while (iterations < maxIterations && maxError > tolerance) {
    iterations++;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += b[j]! * target[j]! * w[i * n + j]!;
      a[i] = s > 0 ? 1 / s : 0;
    }
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += a[i]! * productions[i]! * w[i * n + j]!;
      b[j] = s > 0 ? 1 / s : 0;
    }
    // After the column step columns are exact; the row sums tell how far the fit is.
    maxError = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += a[i]! * productions[i]! * b[j]! * target[j]! * w[i * n + j]!;
      if (s > 0) maxError = Math.max(maxError, relError(s, productions[i]!));
    }
  }
  const trips = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      trips[i * n + j] = a[i]! * productions[i]! * b[j]! * target[j]! * w[i * n + j]!;
  return { n, trips, iterations, maxError };
}

/** Row sums (trips sent) and column sums (trips received) of a trip matrix. */
export function marginals(m: TripMatrix): { sent: Float64Array; received: Float64Array } {
  const sent = new Float64Array(m.n);
  const received = new Float64Array(m.n);
  for (let i = 0; i < m.n; i++)
    for (let j = 0; j < m.n; j++) {
      sent[i]! += m.trips[i * m.n + j]!;
      received[j]! += m.trips[i * m.n + j]!;
    }
  return { sent, received };
}
