// Builds the modelled building register of the energy model (npm run energy:model) and writes
// data/energy/buildings.geojson. Deterministic: the same inputs and seed give the same file.
// Inputs: the MŠMT school extract in the raw snapshot (REGIOMAP_RAW_DIR, default ../shared/data/raw),
// and the bundled municipalities, hospitals and HZS fire stations in data/.
// Exit 0 with a summary; on failure ONE line "model-energy: <problem>", exit 1.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { centerOfMass } from '@turf/turf';
import { parse } from 'csv-parse/sync';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import {
  buildRegister,
  type FireStation,
  type Hospital,
  type Municipality,
  type SchoolRow,
} from '../server/energy/model/build-register.ts';
import { energyModel } from '../server/energy/model/index.ts';
import { MODEL_SEED } from '../server/energy/model/model-params.ts';
import { REGISTER_FILE, registerGeojson } from '../server/energy/model/read-register.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const RAW = path.resolve(ROOT, process.env.REGIOMAP_RAW_DIR ?? '../shared/data/raw');
const SCHOOLS = path.join(RAW, 'msmt_schools_leonefamily/schools_liberecky_kraj_no_coords.csv');

async function geojson<P>(file: string): Promise<Feature<Geometry, P>[]> {
  return (JSON.parse(await readFile(path.join(ROOT, 'data', file), 'utf8')) as FeatureCollection<Geometry, P>)
    .features;
}

const point = (f: Feature<Geometry, unknown>): [number, number] => {
  const [lon, lat] = (f.geometry as Point).coordinates;
  return [lon ?? 0, lat ?? 0];
};

async function main(): Promise<void> {
  const rows = parse(await readFile(SCHOOLS, 'utf8'), { delimiter: ';', columns: true, bom: true }) as Record<
    string,
    string
  >[];
  const schools: SchoolRow[] = rows.map((r) => ({
    izo: r['Id. zařízení'] ?? '',
    typ: r['Typ'] ?? '',
    obec: r['Obec'] ?? '',
    address: r['address'] ?? '',
    capacity: Number(r['Kapacita'] ?? 0),
  }));
  const municipalities: Municipality[] = (
    await geojson<{ ob: string; ok: string }>('admin/municipalities.geojson')
  ).map((f) => {
    const c = centerOfMass(f).geometry.coordinates;
    return { name: f.properties.ob, okres: f.properties.ok, centre: [c[0] ?? 0, c[1] ?? 0] };
  });
  const hospitals: Hospital[] = (
    await geojson<{
      id: string;
      hospital_name: string;
      facility_type: string;
      city: string;
      street: string;
      house_number: string;
    }>('emergency/hospitals.geojson')
  ).map((f) => ({
    id: f.properties.id,
    name: f.properties.hospital_name,
    facilityType: f.properties.facility_type,
    city: f.properties.city,
    address: `${f.properties.street} ${f.properties.house_number}`.trim(),
    position: point(f),
  }));
  const fireStations: FireStation[] = (
    await geojson<Record<string, string | number | null>>('emergency/fire-stations-hzs.geojson')
  ).map((f) => {
    const p = f.properties;
    const number = [p['Číslo_popisné_nebo_evidenční_po'], p['Číslo_orientační']]
      .filter((x) => x !== null)
      .join('/');
    return {
      name: String(p['Název']),
      municipality: String(p['Název_obce']),
      address: `${p['Název_ulice'] ?? ''} ${number}`.trim(),
      position: point(f),
    };
  });
  const buildings = buildRegister({ schools, municipalities, hospitals, fireStations, seed: MODEL_SEED });
  await mkdir(path.dirname(REGISTER_FILE), { recursive: true });
  await writeFile(REGISTER_FILE, registerGeojson(buildings));

  const model = energyModel(buildings);
  const count = <T>(items: readonly T[], key: (x: T) => string) =>
    Object.entries(
      items.reduce<Record<string, number>>((acc, x) => ({ ...acc, [key(x)]: (acc[key(x)] ?? 0) + 1 }), {}),
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  console.log(
    `model-energy: ${buildings.length} buildings (${count(buildings, (b) => b.type)}) → ${path.relative(ROOT, REGISTER_FILE)}`,
  );
  console.log(
    `model-energy: ${model.meters.length} meters (${count(model.meters, (m) => m.kind)}); faults: ${count(model.faults, (f) => f.kind)}`,
  );
}

main().catch((err: unknown) => {
  console.error(`model-energy: ${(err as Error)?.message?.split('\n')[0] ?? String(err)}`);
  process.exit(1);
});
