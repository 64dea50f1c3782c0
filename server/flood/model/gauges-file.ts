// The bundled ČHMÚ gauge file read into model gauges, for the model's tests and for summaries without
// a database (the loader reads flood.gauges, which is loaded from the same file).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ModelGauge } from './hydrograph-model.ts';

const FILE = path.resolve(import.meta.dirname, '../../../data/flood/gauges.geojson');

interface Feature {
  properties: Record<string, unknown>;
  geometry: { coordinates: [number, number] };
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function readBundledGauges(file = FILE): ModelGauge[] {
  const fc = JSON.parse(readFileSync(file, 'utf8')) as { features: Feature[] };
  return fc.features.map(({ properties: p, geometry }) => ({
    id: String(p.objID),
    name: String(p.STATION_NAME),
    river: String(p.STREAM_NAME),
    catchment_km2: num(p.PLO_STA),
    spa_type: p.SPA_TYP === 'H' || p.SPA_TYP === 'Q' ? p.SPA_TYP : null,
    dry_h: num(p.DRYH),
    spa1_h: num(p.SPA1H),
    spa2_h: num(p.SPA2H),
    spa3_h: num(p.SPA3H),
    spa4_h: num(p.SPA4H),
    dry_q: num(p.DRYQ),
    spa1_q: num(p.SPA1Q),
    spa2_q: num(p.SPA2Q),
    spa3_q: num(p.SPA3Q),
    spa4_q: num(p.SPA4Q),
    lon: geometry.coordinates[0],
    lat: geometry.coordinates[1],
  }));
}
