// The road network as the generator produces it and the loader stores it (transport.road_nodes /
// transport.road_segments, sql/migrations/005_road_network.sql).
import type { MultiPolygon, Polygon } from 'geojson';
import type { LonLat } from './geo.ts';

export type RoadClass = 'motorway' | 'I' | 'II' | 'III' | 'local';
export type NodeKind = 'stop' | 'municipality' | 'motorway' | 'junction';

export const ROAD_CLASSES: readonly RoadClass[] = ['motorway', 'I', 'II', 'III', 'local'];

export interface RoadNode {
  id: number;
  kind: NodeKind;
  /** Stop id(s) "12,13", municipality code, or null. */
  ref: string | null;
  name: string | null;
  lonLat: [number, number];
}

export interface RoadSegment {
  id: number;
  from: number;
  to: number;
  class: RoadClass;
  speedKmh: number;
  lengthM: number;
  travelTimeS: number;
  /** True: passable only from `from` to `to`. */
  oneway: boolean;
  name: string | null;
  coordinates: [number, number][];
}

export interface RoadNetwork {
  nodes: RoadNode[];
  segments: RoadSegment[];
}

/** The real inputs of the model, already parsed (model-inputs.ts reads them from data/). */
export interface ModelInputs {
  region: Polygon | MultiPolygon;
  /** transport.stops: id = row index in data/transport/stops.geojson. */
  stops: { id: number; name: string; lonLat: LonLat }[];
  municipalities: {
    code: string;
    name: string;
    population: number;
    geometry: Polygon | MultiPolygon;
  }[];
  /** OSM motorway ways (D10), each digitised in its direction of travel when oneway. */
  motorway: { ref: string; oneway: boolean; maxspeedKmh: number | null; coordinates: LonLat[] }[];
}
