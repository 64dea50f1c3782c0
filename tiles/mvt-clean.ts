import { MvtGeomType, type FlatCoords } from './mvt-write.ts';

type Pair = readonly [number, number];

/** Twice the signed area of a ring by the surveyor's formula; > 0 is an MVT exterior ring (y down). */
export function ringArea2(ring: FlatCoords): number {
  let sum = 0;
  const n = ring.length;
  for (let i = 0; i < n; i += 2) {
    const j = (i + 2) % n;
    sum += (ring[i] ?? 0) * (ring[j + 1] ?? 0) - (ring[j] ?? 0) * (ring[i + 1] ?? 0);
  }
  return sum;
}

/** Flattens pairs, dropping vertices equal to the one before (rounding to integers makes many). */
function dedupe(pairs: readonly Pair[]): number[] {
  const out: number[] = [];
  for (const [x, y] of pairs) {
    const n = out.length;
    if (n >= 2 && out[n - 2] === x && out[n - 1] === y) continue;
    out.push(x, y);
  }
  return out;
}

function cleanPoints(parts: readonly (readonly Pair[])[]): FlatCoords[] {
  // Duplicate positions inside a multipoint are dropped, as ST_AsMVTGeom does.
  const seen = new Set<string>();
  const out: number[] = [];
  for (const part of parts) {
    for (const [x, y] of part) {
      const key = `${x},${y}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(x, y);
    }
  }
  return out.length ? [out] : [];
}

function cleanLines(parts: readonly (readonly Pair[])[]): FlatCoords[] {
  return parts.map(dedupe).filter((line) => line.length >= 4);
}

/**
 * Rings without the closing vertex and without zero-area rings, grouped as exterior + holes. A
 * group whose holes cover its exterior goes (a tile inside a lake's island hole: geojson-vt clips
 * both to the buffer box), and so do holes whose exterior vanished, so that the first ring of the
 * feature is always an exterior one (spec 4.3.4.4).
 */
function cleanPolygon(rings: readonly (readonly Pair[])[]): FlatCoords[] {
  const groups: { rings: FlatCoords[]; area: number }[] = [];
  for (const ring of rings) {
    const coords = dedupe(ring);
    const n = coords.length;
    if (n >= 4 && coords[0] === coords[n - 2] && coords[1] === coords[n - 1]) coords.length = n - 2;
    const area = coords.length >= 6 ? ringArea2(coords) : 0;
    if (area > 0) groups.push({ rings: [coords], area });
    const group = groups.at(-1);
    if (area < 0 && group) {
      group.rings.push(coords);
      group.area += area;
    }
  }
  return groups.filter((g) => g.area > 0).flatMap((g) => g.rings);
}

/**
 * Cleans one feature's tile-space geometry as produced by geojson-vt (which neither removes the
 * duplicates its integer rounding creates nor drops collapsed rings). Returns no parts when
 * nothing drawable is left.
 */
export function cleanGeometry(type: MvtGeomType, parts: readonly (readonly Pair[])[]): FlatCoords[] {
  if (type === MvtGeomType.Point) return cleanPoints(parts);
  if (type === MvtGeomType.LineString) return cleanLines(parts);
  return cleanPolygon(parts);
}
