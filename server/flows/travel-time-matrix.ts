// Car travel times between municipality centres on the road graph: one Dijkstra per origin. Pure.
import { dijkstra } from '../network/dijkstra.ts';
import type { RoadGraph } from '../network/graph.ts';
import type { CostMatrix } from './gravity-model.ts';

/**
 * Minutes from each zone's centre node to every other zone's centre node (the graph's weights are
 * seconds). A zone without a node (undefined) or a node that cannot reach another gives Infinity; the
 * diagonal is 0.
 */
export function travelTimeMatrix(
  graph: RoadGraph,
  centreNodeIds: readonly (number | undefined)[],
): CostMatrix {
  const n = centreNodeIds.length;
  const cost = new Float64Array(n * n).fill(Infinity);
  const index = centreNodeIds.map((id) => (id === undefined ? undefined : graph.indexOf(id)));
  for (let i = 0; i < n; i++) {
    const from = index[i];
    if (from === undefined) continue;
    const paths = dijkstra(graph, [{ node: from }]);
    for (let j = 0; j < n; j++) {
      const to = index[j];
      if (to !== undefined) cost[i * n + j] = i === j ? 0 : paths.cost[to]! / 60;
    }
  }
  return { n, cost };
}
