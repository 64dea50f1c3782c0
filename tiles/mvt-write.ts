import { PbfWriter } from 'pbf';

/** MVT geometry types (vector-tile-spec 2.1, 4.3.4). */
export const MvtGeomType = { Point: 1, LineString: 2, Polygon: 3 } as const;
export type MvtGeomType = (typeof MvtGeomType)[keyof typeof MvtGeomType];

/** A `[x0, y0, x1, y1, …]` list of integer tile coordinates. */
export type FlatCoords = readonly number[];

/**
 * One feature ready to write: geometry already in integer tile coordinates, cleaned.
 * Points: one part with all the points. Lines: one part per line. Polygons: one part per ring,
 * without the closing vertex, exterior rings with positive area (clockwise with y down), holes after
 * their exterior.
 */
export interface MvtFeature {
  id?: number | string;
  type: MvtGeomType;
  geometry: readonly FlatCoords[];
  properties: Readonly<Record<string, unknown>> | null;
}

// Tag numbers from vector_tile.proto.
const TILE_LAYERS = 3;
const LAYER = { name: 1, features: 2, keys: 3, values: 4, extent: 5, version: 15 } as const;
const FEATURE = { id: 1, tags: 2, type: 3, geometry: 4 } as const;
const VALUE = { string: 1, double: 3, uint: 5, sint: 6, bool: 7 } as const;
const CMD = { moveTo: 1, lineTo: 2, closePath: 7 } as const;

type Value = string | number | boolean;

interface LayerContext {
  keys: string[];
  keyIndex: Map<string, number>;
  values: Value[];
  valueIndex: Map<string, number>;
}

/**
 * Property values the way PostGIS ST_AsMVT writes them: integers as uint/sint, other numbers as
 * double, booleans, strings; null and undefined are left out; anything else becomes its JSON text.
 */
function toValue(v: unknown): Value | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isNaN(v) ? undefined : v;
  if (typeof v === 'bigint') return Number(v);
  return JSON.stringify(v);
}

function writeValue(value: Value, pbf: PbfWriter): void {
  if (typeof value === 'string') pbf.writeStringField(VALUE.string, value);
  else if (typeof value === 'boolean') pbf.writeBooleanField(VALUE.bool, value);
  else if (Number.isSafeInteger(value)) {
    if (value >= 0) pbf.writeVarintField(VALUE.uint, value);
    else pbf.writeSVarintField(VALUE.sint, value);
  } else pbf.writeDoubleField(VALUE.double, value);
}

function writeTags(feature: MvtFeature, ctx: LayerContext, pbf: PbfWriter): void {
  for (const [key, raw] of Object.entries(feature.properties ?? {})) {
    const value = toValue(raw);
    if (value === undefined) continue;
    let k = ctx.keyIndex.get(key);
    if (k === undefined) {
      k = ctx.keys.push(key) - 1;
      ctx.keyIndex.set(key, k);
    }
    // Integers and doubles decode to the same JS number, so one key per type and value is enough.
    const valueKey = `${typeof value === 'number' && !Number.isSafeInteger(value) ? 'd' : typeof value}:${value}`;
    let v = ctx.valueIndex.get(valueKey);
    if (v === undefined) {
      v = ctx.values.push(value) - 1;
      ctx.valueIndex.set(valueKey, v);
    }
    pbf.writeVarint(k);
    pbf.writeVarint(v);
  }
}

const command = (id: number, count: number) => (id & 0x7) | (count << 3);
const zigzag = (n: number) => (n << 1) ^ (n >> 31);

/** The command stream of 4.3: MoveTo/LineTo/ClosePath with zigzag-encoded deltas. */
export function encodeGeometry(type: MvtGeomType, parts: readonly FlatCoords[]): number[] {
  const out: number[] = [];
  let cx = 0;
  let cy = 0;
  const delta = (coords: FlatCoords, i: number) => {
    const x = coords[i] ?? 0;
    const y = coords[i + 1] ?? 0;
    out.push(zigzag(x - cx), zigzag(y - cy));
    cx = x;
    cy = y;
  };
  for (const part of parts) {
    const n = part.length / 2;
    if (type === MvtGeomType.Point) {
      out.push(command(CMD.moveTo, n));
      for (let i = 0; i < part.length; i += 2) delta(part, i);
      continue;
    }
    out.push(command(CMD.moveTo, 1));
    delta(part, 0);
    out.push(command(CMD.lineTo, n - 1));
    for (let i = 2; i < part.length; i += 2) delta(part, i);
    if (type === MvtGeomType.Polygon) out.push(command(CMD.closePath, 1));
  }
  return out;
}

function writeFeature(feature: MvtFeature, ctx: LayerContext, pbf: PbfWriter): void {
  // MVT ids are uint64: string and negative ids cannot be written (ST_AsMVT skips them the same way).
  if (typeof feature.id === 'number' && Number.isSafeInteger(feature.id) && feature.id >= 0) {
    pbf.writeVarintField(FEATURE.id, feature.id);
  }
  pbf.writeMessage(FEATURE.tags, (f: MvtFeature, p) => writeTags(f, ctx, p), feature);
  pbf.writeVarintField(FEATURE.type, feature.type);
  pbf.writePackedVarint(FEATURE.geometry, encodeGeometry(feature.type, feature.geometry));
}

/**
 * Writes a tile with one layer (MVT 2.1). Returns empty bytes when there are no features, as
 * ST_AsMVT does, so that the caller answers `204`.
 */
export function writeMvtLayer(name: string, features: readonly MvtFeature[], extent = 4096): Uint8Array {
  if (features.length === 0) return new Uint8Array(0);
  const ctx: LayerContext = { keys: [], keyIndex: new Map(), values: [], valueIndex: new Map() };
  const pbf = new PbfWriter();
  pbf.writeMessage(
    TILE_LAYERS,
    (_: null, p) => {
      p.writeVarintField(LAYER.version, 2);
      p.writeStringField(LAYER.name, name);
      for (const f of features)
        p.writeMessage(LAYER.features, (ff: MvtFeature, pp) => writeFeature(ff, ctx, pp), f);
      for (const key of ctx.keys) p.writeStringField(LAYER.keys, key);
      for (const value of ctx.values) p.writeMessage(LAYER.values, writeValue, value);
      p.writeVarintField(LAYER.extent, extent);
    },
    null,
  );
  return pbf.finish();
}
