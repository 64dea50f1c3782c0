import type { MultiPolygon, Polygon } from 'geojson';
import type { Db, Queryable } from '../db/db.ts';
import { INGEST_SQL } from '../ingest/sql-files.ts';
import { ROAD_NETWORK_DATASET } from '../network/load-model-network.ts';
import { bboxOf, lineMayIntersect, type ClipSpec } from './clip-polygon.ts';
import type { RoadAttrs } from './road-attrs.ts';
import { ROADS_SQL } from './road-sql.ts';
import { componentSizes, type TopoSegment, type Topology } from './road-topology.ts';

export interface WriteOptions {
  source: 'osm' | 'import';
  clip: ClipSpec;
  /** Rows per INSERT statement. */
  batchRows?: number;
  /** Segments sent to the database so far, of the total after the envelope pre-filter. */
  onProgress?: (done: number, total: number) => void;
}

export interface WriteResult {
  nodes: number;
  segments: number;
  /** Nodes in the largest connected component (undirected), as a share of all nodes. */
  largestComponentShare: number;
  components: number;
  /** ops.data_versions.version of road-network after this import. */
  version: number;
}

const DEFAULTS = { batchRows: 5000 } as const;
const WRITE_STATEMENT_TIMEOUT_MS = 600_000;

async function clipGeometry(tx: Queryable, clip: ClipSpec): Promise<Polygon | MultiPolygon | null> {
  if (clip.kind === 'none') return null;
  if (clip.kind === 'polygon') return clip.geometry;
  const [row] = await tx.query<{ geojson: string | null }>(ROADS_SQL.regionOutline);
  if (!row?.geojson)
    throw new Error('admin.region is empty: load the data first (npm run data:load) or give a clip polygon');
  return JSON.parse(row.geojson) as Polygon | MultiPolygon;
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

const segmentRow = (s: TopoSegment<RoadAttrs>) => ({
  id: s.id,
  from_node: s.from,
  to_node: s.to,
  class: s.attrs.roadClass,
  speed_kmh: s.attrs.speedKmh,
  oneway: s.attrs.oneway,
  name: s.attrs.name,
  geojson: JSON.stringify({ type: 'LineString', coordinates: s.coords }),
});

/**
 * Replaces the whole road network (model, OSM or earlier imports) with this topology, in ONE
 * transaction: delete, insert the nodes and the segments that intersect the clip polygon, drop the
 * nodes left without segments, bump ops.data_versions. When anything fails, or no segment is left
 * inside the clip polygon, the previous network stays as it was.
 */
export async function writeRoadNetwork(
  db: Db,
  topology: Topology<RoadAttrs>,
  options: WriteOptions,
): Promise<WriteResult> {
  const { batchRows } = { ...DEFAULTS, ...options };
  return db.transaction(async (tx) => {
    // A bulk import is an operator's job, not a request: it may outlast the per-request limit.
    await tx.query(`set local statement_timeout = ${WRITE_STATEMENT_TIMEOUT_MS}`);
    const clip = await clipGeometry(tx, options.clip);
    const box = clip && bboxOf(clip);
    const segments = box
      ? topology.segments.filter((s) => lineMayIntersect(s.coords, box))
      : topology.segments;
    const used = new Set(segments.flatMap((s) => [s.from, s.to]));
    const nodes = topology.nodes.filter((n) => used.has(n.id));
    options.onProgress?.(0, segments.length);

    await tx.query(ROADS_SQL.deleteSegments);
    await tx.query(ROADS_SQL.deleteNodes);
    for (const batch of chunks(nodes, batchRows)) {
      const rows = batch.map((n) => ({
        id: n.id,
        ref: options.source === 'osm' ? String(n.key) : null,
        lon: n.coord[0],
        lat: n.coord[1],
      }));
      await tx.query(ROADS_SQL.insertNodes, [JSON.stringify(rows), options.source]);
    }
    let sent = 0;
    const clipText = clip && JSON.stringify(clip);
    for (const batch of chunks(segments, batchRows)) {
      await tx.query(ROADS_SQL.insertSegments, [
        JSON.stringify(batch.map(segmentRow)),
        options.source,
        clipText,
      ]);
      sent += batch.length;
      options.onProgress?.(sent, segments.length);
    }
    // Without a clip polygon every node sent is an end of a segment sent.
    if (clip) await tx.query(ROADS_SQL.deleteUnusedNodes);

    const [counts] = await tx.query<{ nodes: number; segments: number }>(ROADS_SQL.networkCounts);
    if (!counts || counts.segments === 0)
      throw new Error(
        `no road inside the clip polygon (${topology.segments.length} road pieces read, none intersects it)`,
      );
    const edges = await tx.query<{ from_node: number; to_node: number }>(ROADS_SQL.networkEdges);
    const sizes = componentSizes(
      new Set(edges.flatMap((e) => [e.from_node, e.to_node])),
      edges.map((e) => ({ from: e.from_node, to: e.to_node })),
    );
    const [bumped] = await tx.query<{ version: number }>(INGEST_SQL.bumpDataVersion, [
      ROAD_NETWORK_DATASET,
      counts.segments,
    ]);
    return {
      nodes: counts.nodes,
      segments: counts.segments,
      largestComponentShare: (sizes[0] ?? 0) / counts.nodes,
      components: sizes.length,
      version: bumped?.version ?? 0,
    };
  });
}
