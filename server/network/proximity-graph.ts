// Proximity graphs on planar points (metres): the Delaunay triangulation (delaunator), its Gabriel
// subgraph and the relative-neighbourhood subgraph. RNG ⊆ Gabriel ⊆ Delaunay, and all three contain
// the Euclidean minimum spanning tree, so each is connected when the points are.
import Delaunator from 'delaunator';
import KDBush from 'kdbush';

export type XY = readonly [number, number];
/** An undirected edge as point indices, smaller index first. */
export type Edge = readonly [number, number];

const byIndices = (a: Edge, b: Edge) => a[0] - b[0] || a[1] - b[1];
const dist2 = (a: XY, b: XY) => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;

/** Delaunay edges with, for each, the vertices opposite it in its one or two triangles. */
function delaunayWithOpposites(points: readonly XY[]): { edge: Edge; opposite: number[] }[] {
  if (points.length < 2) return [];
  if (points.length === 2) return [{ edge: [0, 1], opposite: [] }];
  const d = new Delaunator(points.flatMap((p) => [p[0], p[1]]));
  const { triangles, halfedges } = d;
  const next = (e: number) => (e % 3 === 2 ? e - 2 : e + 1);
  const out: { edge: Edge; opposite: number[] }[] = [];
  for (let e = 0; e < triangles.length; e++) {
    const twin = halfedges[e]!;
    if (twin !== -1 && twin < e) continue; // the pair is reported once, from its smaller half-edge
    const a = triangles[e]!;
    const b = triangles[next(e)]!;
    const opposite = [triangles[next(next(e))]!];
    if (twin !== -1) opposite.push(triangles[next(next(twin))]!);
    out.push({ edge: a < b ? [a, b] : [b, a], opposite });
  }
  // Collinear input has no triangles; delaunator then gives the points sorted along the line.
  if (triangles.length === 0 && d.hull.length > 1) {
    for (let i = 1; i < d.hull.length; i++) {
      const a = d.hull[i - 1]!;
      const b = d.hull[i]!;
      out.push({ edge: a < b ? [a, b] : [b, a], opposite: [] });
    }
  }
  return out.sort((x, y) => byIndices(x.edge, y.edge));
}

/** The Delaunay triangulation's edges, sorted. Duplicate points must be removed first. */
export function delaunayEdges(points: readonly XY[]): Edge[] {
  return delaunayWithOpposites(points).map((d) => d.edge);
}

/**
 * Gabriel graph: pq is an edge when no other point lies in the closed disc with diameter pq.
 * For a Delaunay edge it is enough to test the (at most two) opposite vertices: r is outside the
 * disc exactly when the angle prq is acute, i.e. (p − r)·(q − r) > 0.
 */
export function gabrielEdges(points: readonly XY[]): Edge[] {
  return delaunayWithOpposites(points)
    .filter(({ edge: [p, q], opposite }) =>
      opposite.every((r) => {
        const [P, Q, R] = [points[p]!, points[q]!, points[r]!];
        return (P[0] - R[0]) * (Q[0] - R[0]) + (P[1] - R[1]) * (Q[1] - R[1]) > 0;
      }),
    )
    .map((d) => d.edge);
}

/**
 * Relative-neighbourhood graph: pq is an edge when no r is closer to both p and q than they are to
 * each other (the open lune is empty). Checked on the Gabriel edges with a k-d tree.
 */
export function relativeNeighbourhoodEdges(points: readonly XY[]): Edge[] {
  if (points.length === 0) return [];
  const index = new KDBush(points.length);
  for (const p of points) index.add(p[0], p[1]);
  index.finish();
  return gabrielEdges(points).filter(([p, q]) => {
    const P = points[p]!;
    const Q = points[q]!;
    const d2 = dist2(P, Q);
    return index
      .within(P[0], P[1], Math.sqrt(d2))
      .every((r) => r === p || r === q || Math.max(dist2(P, points[r]!), dist2(Q, points[r]!)) >= d2);
  });
}
