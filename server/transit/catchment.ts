// MODEL catchments of stop places: each municipality's residents are shared out over the served stop
// places inside it, weighted by (daily calls)^frequencyExponent, with no place getting more than the
// residents within its walking radius (municipal density × urbanDensityFactor × π r²); what a capped
// place cannot take goes to the others ("water filling"), and what no place can take is counted as
// outside the network's reach (e.g. the parts of Jablonec served only by its own bus lines, which are
// not in the DPMLJ feed). Pure and deterministic.
import type { OccupancyParams } from './occupancy-params.ts';

export interface StopPlace {
  placeId: string;
  /** Municipality code the place lies in, null if outside every municipality polygon. */
  municipality: string | null;
  population: number | null;
  areaKm2: number | null;
}

export interface Catchments {
  /** Residents assigned to each served place (places without calls are absent). */
  population: Map<string, number>;
  /** Attraction of each served place for alightings. */
  attraction: Map<string, number>;
  /** Residents of municipalities with served stops that no stop could take (beyond the caps). */
  unreached: number;
  /** Residents assigned in all. */
  assigned: number;
}

type CatchmentParams = Pick<
  OccupancyParams,
  'catchmentRadiusM' | 'urbanDensityFactor' | 'frequencyExponent' | 'centralityWeight'
>;

/** Shares `total` over weighted places, none above `cap`; returns the shares and what is left over. */
export function waterFill(
  weights: ReadonlyMap<string, number>,
  total: number,
  cap: number,
): { shares: Map<string, number>; left: number } {
  const shares = new Map<string, number>();
  let active = [...weights.keys()].filter((id) => (weights.get(id) ?? 0) > 0).sort();
  let left = total;
  while (left > 1e-9 && active.length > 0) {
    const sum = active.reduce((s, id) => s + weights.get(id)!, 0);
    const over = active.filter((id) => (shares.get(id) ?? 0) + (left * weights.get(id)!) / sum >= cap);
    if (over.length === 0) {
      for (const id of active) shares.set(id, (shares.get(id) ?? 0) + (left * weights.get(id)!) / sum);
      left = 0;
      break;
    }
    // Fill the places that would overflow to their cap, then share the rest among the others.
    for (const id of over) {
      left -= cap - (shares.get(id) ?? 0);
      shares.set(id, cap);
    }
    active = active.filter((id) => !over.includes(id));
  }
  return { shares, left: Math.max(0, left) };
}

/** Catchment population and attraction of every place with at least one call in `dailyCalls`. */
export function catchments(
  places: readonly StopPlace[],
  dailyCalls: ReadonlyMap<string, number>,
  params: CatchmentParams,
): Catchments {
  const byMunicipality = new Map<string, StopPlace[]>();
  for (const p of places) {
    if (p.municipality === null || !((dailyCalls.get(p.placeId) ?? 0) > 0)) continue;
    byMunicipality.set(p.municipality, [...(byMunicipality.get(p.municipality) ?? []), p]);
  }
  const population = new Map<string, number>();
  let unreached = 0;
  const circleKm2 = (Math.PI * params.catchmentRadiusM ** 2) / 1e6;
  for (const code of [...byMunicipality.keys()].sort()) {
    const group = byMunicipality.get(code)!;
    const residents = group[0]!.population ?? 0;
    const area = group[0]!.areaKm2 ?? 0;
    const cap = area > 0 ? (residents / area) * params.urbanDensityFactor * circleKm2 : Infinity;
    const weights = new Map(
      group.map((p) => [p.placeId, (dailyCalls.get(p.placeId) ?? 0) ** params.frequencyExponent]),
    );
    const { shares, left } = waterFill(weights, residents, cap);
    for (const [id, v] of shares) population.set(id, v);
    unreached += left;
  }
  for (const [id, calls] of dailyCalls) if (calls > 0 && !population.has(id)) population.set(id, 0);

  const served = [...dailyCalls.entries()].filter(([, c]) => c > 0);
  const assigned = [...population.values()].reduce((a, b) => a + b, 0);
  const meanPopulation = served.length > 0 ? assigned / served.length : 0;
  const meanCalls = served.length > 0 ? served.reduce((s, [, c]) => s + c, 0) / served.length : 1;
  const attraction = new Map(
    served.map(([id, calls]) => [
      id,
      (population.get(id) ?? 0) + (params.centralityWeight * meanPopulation * calls) / meanCalls,
    ]),
  );
  return { population, attraction, unreached, assigned };
}
