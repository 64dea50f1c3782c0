// Gauges on the same river, ordered by catchment size: each gauge's nearest upstream neighbour feeds
// it. Tributaries are not joined (their water reaches the downstream gauge as its local inflow).

export interface ChainGauge {
  id: string;
  river: string;
  catchment_km2: number | null;
}

/** For each gauge id, the id of the next gauge upstream on the same river (larger catchment = downstream). */
export function upstreamOf(gauges: readonly ChainGauge[]): Map<string, string> {
  const byRiver = new Map<string, ChainGauge[]>();
  for (const g of gauges) {
    if (g.catchment_km2 === null) continue;
    const list = byRiver.get(g.river) ?? [];
    list.push(g);
    byRiver.set(g.river, list);
  }
  const out = new Map<string, string>();
  for (const list of byRiver.values()) {
    list.sort((a, b) => a.catchment_km2! - b.catchment_km2! || a.id.localeCompare(b.id));
    for (let i = 1; i < list.length; i++) out.set(list[i]!.id, list[i - 1]!.id);
  }
  return out;
}

/** Gauges in an order where every gauge comes after the one upstream of it. */
export function upstreamFirst<G extends ChainGauge>(gauges: readonly G[]): G[] {
  return [...gauges].sort(
    (a, b) => (a.catchment_km2 ?? 0) - (b.catchment_km2 ?? 0) || a.id.localeCompare(b.id),
  );
}
