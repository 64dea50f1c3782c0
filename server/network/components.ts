// Connected components of an undirected graph (union–find) and the repair step of the generator:
// joining stray components with the shortest candidate links, Kruskal-style.

/** Disjoint sets over 0 … n−1 with path halving and union by size. */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
    this.size = new Int32Array(n).fill(1);
  }

  find(i: number): number {
    let x = i;
    while (this.parent[x] !== x) {
      const p = this.parent[x]!;
      this.parent[x] = this.parent[p]!;
      x = p;
    }
    return x;
  }

  /** Joins the sets of a and b; false when they were already one. */
  union(a: number, b: number): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return false;
    if (this.size[ra]! < this.size[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra]! += this.size[rb]!;
    return true;
  }
}

/** Component sizes, largest first, of n nodes joined by `edges` (direction ignored). */
export function componentSizes(n: number, edges: Iterable<readonly [number, number]>): number[] {
  const uf = new UnionFind(n);
  for (const [a, b] of edges) uf.union(a, b);
  const sizes = new Map<number, number>();
  for (let i = 0; i < n; i++) sizes.set(uf.find(i), (sizes.get(uf.find(i)) ?? 0) + 1);
  return [...sizes.values()].sort((a, b) => b - a);
}

/**
 * Picks, from `candidates` (tried in the order given — pass them shortest first), the links that
 * join different components of the graph (n, edges), until no candidate joins anything new.
 * With all Delaunay edges as candidates this reconnects everything, because the Euclidean minimum
 * spanning tree is a subgraph of the Delaunay triangulation.
 */
export function joiningLinks<E extends readonly [number, number]>(
  n: number,
  edges: Iterable<readonly [number, number]>,
  candidates: Iterable<E>,
): E[] {
  const uf = new UnionFind(n);
  for (const [a, b] of edges) uf.union(a, b);
  const links: E[] = [];
  for (const c of candidates) if (uf.union(c[0], c[1])) links.push(c);
  return links;
}
