import type { Position } from 'geojson';
import { readOsmNodes, readOsmWays, type OsmFormat } from './osm-reader.ts';
import type { RoadAttrs } from './road-attrs.ts';
import { classOf, isDrivable, onewayOf, speedOf } from './road-tags.ts';
import type { RoadLine } from './road-topology.ts';

// The drivable ways of an OSM file as lines keyed by OSM node id, ready for buildTopology.
// Two passes over the file: the ways first (which nodes are needed), then only those nodes'
// coordinates, so memory follows the road network, not the whole extract.

export interface OsmRoads {
  lines: RoadLine<RoadAttrs>[];
  /** Drivable ways read. */
  ways: number;
  /** Ways skipped because their highway value is not drivable (footway, track, …). */
  skippedWays: number;
  /** Node references without a node in the file (ways cut by an extract); the way is split there. */
  missingNodes: number;
}

export interface ReadOsmRoadsOptions {
  /** Progress of each pass: 'ways' then 'nodes', bytes of the file read so far. */
  onProgress?: (pass: 'ways' | 'nodes', bytes: number) => void;
}

interface DrivableWay {
  id: number;
  refs: number[];
  attrs: RoadAttrs;
}

export async function readOsmRoads(
  file: string,
  format: OsmFormat,
  options: ReadOsmRoadsOptions = {},
): Promise<OsmRoads> {
  const ways: DrivableWay[] = [];
  const needed = new Set<number>();
  let skippedWays = 0;
  for await (const way of readOsmWays(file, format, { onBytes: (b) => options.onProgress?.('ways', b) })) {
    if (way.tags.highway === undefined) continue;
    if (!isDrivable(way.tags)) {
      skippedWays++;
      continue;
    }
    const oneway = onewayOf(way.tags);
    // A way drawn against its direction of travel is stored reversed: a segment runs from → to.
    const refs = oneway === 'backward' ? [...way.refs].reverse() : way.refs;
    for (const ref of refs) needed.add(ref);
    ways.push({
      id: way.id,
      refs,
      attrs: {
        roadClass: classOf(way.tags.highway),
        speedKmh: speedOf(way.tags),
        oneway: oneway !== 'both',
        name: way.tags.name ?? way.tags.ref ?? null,
      },
    });
  }

  const coords = new Map<number, Position>();
  for await (const node of readOsmNodes(file, format, { onBytes: (b) => options.onProgress?.('nodes', b) })) {
    if (needed.has(node.id)) coords.set(node.id, [node.lon, node.lat]);
  }

  let missingNodes = 0;
  const lines: RoadLine<RoadAttrs>[] = [];
  for (const way of ways) {
    // Runs of nodes that are present; a missing node ends a run (never a straight jump over it).
    let keys: number[] = [];
    let positions: Position[] = [];
    const flush = () => {
      if (keys.length >= 2) lines.push({ keys, coords: positions, attrs: way.attrs });
      keys = [];
      positions = [];
    };
    for (const ref of way.refs) {
      const position = coords.get(ref);
      if (!position) {
        missingNodes++;
        flush();
        continue;
      }
      keys.push(ref);
      positions.push(position);
    }
    flush();
  }
  return { lines, ways: ways.length, skippedWays, missingNodes };
}
