// Builds the modelled building register from real facility lists (pure: the script reads the files).
// Schools: the MŠMT extract's "Střední škola" rows (Typ C00), one per address. Hospitals and fire
// stations: the bundled files with their real positions. Plus the named facilities of the programme.
import { NAMED_FACILITIES, SCHOOL_NAMES } from './named-buildings.ts';
import { REGISTER } from './model-params.ts';
import { mulberry32, hashSeed } from '../../model/random.ts';
import type { Building, BuildingType } from './register-types.ts';

export interface SchoolRow {
  izo: string;
  typ: string;
  obec: string;
  /** The register's address column, e.g. "Liberec, Jablonecká 999/51". */
  address: string;
  capacity: number;
}

export interface Municipality {
  name: string;
  okres: string;
  /** A point inside the municipality (its polygon's centre). */
  centre: [number, number];
}

export interface Hospital {
  id: string;
  name: string;
  facilityType: string;
  city: string;
  address: string;
  position: [number, number];
}

export interface FireStation {
  name: string;
  municipality: string;
  address: string;
  position: [number, number];
}

export interface RegisterInputs {
  schools: readonly SchoolRow[];
  municipalities: readonly Municipality[];
  hospitals: readonly Hospital[];
  fireStations: readonly FireStation[];
  seed: number;
}

/** The MŠMT type code of secondary schools (conservatories would be D00; the region has none in the extract). */
const SECONDARY = 'C00';
const MSMT = 'MŠMT school register (leonefamily/czech_educational_institutions snapshot 2023-09-30)';
/** Largest distance of a modelled position from its municipality centre (degrees, ≈ 550 m north-south). */
const OFFSET_DEG = 0.005;

/** Keeps the secondary schools, one per address (several legal units share one building, e.g. Horská 167). */
export function secondarySchools(rows: readonly SchoolRow[]): SchoolRow[] {
  const byAddress = new Map<string, SchoolRow>();
  for (const r of rows) {
    if (r.typ !== SECONDARY) continue;
    const prev = byAddress.get(r.address);
    // The largest unit names the building; capacities of units at one address add up.
    if (!prev) byAddress.set(r.address, { ...r });
    else
      byAddress.set(r.address, {
        ...(r.capacity > prev.capacity ? r : prev),
        capacity: prev.capacity + r.capacity,
      });
  }
  return [...byAddress.values()].sort((a, b) => a.izo.localeCompare(b.izo));
}

function offsetPosition(centre: [number, number], code: string, seed: number): [number, number] {
  const random = mulberry32(hashSeed(code, seed ^ 0x0ff5e7));
  const angle = 2 * Math.PI * random();
  const r = OFFSET_DEG * Math.sqrt(random());
  const lon = centre[0] + (r * Math.cos(angle)) / Math.cos((centre[1] * Math.PI) / 180);
  return [round6(lon), round6(centre[1] + r * Math.sin(angle))];
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

function between(random: () => number, [lo, hi]: readonly [number, number]): number {
  return lo + (hi - lo) * random();
}

/** Modelled construction year per type: most public buildings of the region predate 1990. */
function modelYear(type: BuildingType, random: () => number): number {
  const range: Record<BuildingType, [number, number]> = {
    school: [1880, 1990],
    hospital: [1900, 1990],
    fire_station: [1965, 2008],
    museum: [1880, 1935],
    gallery: [1880, 1935],
    office: [1960, 1995],
    social_care: [1900, 1990],
  };
  const year = Math.round(between(random, range[type]));
  // A sixth of the stock was built or deeply retrofitted after 2010.
  return random() < 1 / 6 ? Math.round(between(random, [2010, 2022])) : year;
}

export function buildRegister(inputs: RegisterInputs): Building[] {
  const { seed } = inputs;
  const muni = new Map(inputs.municipalities.map((m) => [m.name, m]));
  const municipality = (name: string): Municipality => {
    const m = muni.get(name);
    if (!m) throw new Error(`municipality ${name} is not in data/admin/municipalities.geojson`);
    return m;
  };
  const buildings: Omit<Building, 'id'>[] = [];

  for (const s of secondarySchools(inputs.schools)) {
    const street = s.address.slice(s.address.indexOf(',') + 1).trim();
    const named = SCHOOL_NAMES.find((n) => n.obec === s.obec && n.address === street);
    if (!named && s.capacity < REGISTER.minUnnamedSchoolCapacity) continue;
    const code = `SCH-${s.izo}`;
    const random = mulberry32(hashSeed(code, seed));
    const m = municipality(s.obec);
    buildings.push({
      code,
      name: named?.name ?? `Střední škola, ${s.address}`,
      type: 'school',
      municipality: s.obec,
      okres: m.okres,
      address: street,
      floorAreaM2: Math.round(Math.max(1200, Math.min(22000, s.capacity * between(random, [9, 14])))),
      builtYear: modelYear('school', random),
      occupants: s.capacity,
      locationApproximate: true,
      source:
        `${MSMT}, IZO ${s.izo} (address, capacity = occupants)` +
        (named
          ? `; name ${named.programme ? 'from the Chytřejší kraj programme documents, ' : ''}attached to this address by us`
          : '; the register has no school names') +
        '; position: municipality centre + seeded offset; floor area and year modelled',
      ...pos(offsetPosition(m.centre, code, seed)),
    });
  }

  for (const f of NAMED_FACILITIES) {
    const random = mulberry32(hashSeed(f.code, seed));
    const m = municipality(f.municipality);
    buildings.push({
      code: f.code,
      name: f.name,
      type: f.type,
      municipality: f.municipality,
      okres: m.okres,
      address: f.address,
      floorAreaM2: Math.round(f.floorAreaM2 * between(random, [0.9, 1.1])),
      builtYear: f.builtYear ?? modelYear(f.type, random),
      occupants: f.occupants,
      locationApproximate: true,
      source:
        `${f.note}; ` +
        (f.position
          ? 'position approximate for the address (general knowledge)'
          : 'position: municipality centre + seeded offset') +
        `; floor area${f.builtYear ? '' : ', year'} and occupants modelled`,
      ...pos(f.position ?? offsetPosition(m.centre, f.code, seed)),
    });
  }

  for (const h of inputs.hospitals) {
    const code = `HOS-${h.id}`;
    const random = mulberry32(hashSeed(code, seed));
    const main = /a\.s\.$/.test(h.name) && h.city === 'Liberec';
    const longTerm = /LDN|následné/i.test(h.facilityType);
    const area = main ? 65000 : longTerm ? 7000 : 18000;
    buildings.push({
      code,
      name: h.name,
      type: 'hospital',
      municipality: h.city,
      okres: muni.get(h.city)?.okres ?? null,
      address: h.address,
      floorAreaM2: Math.round(area * between(random, [0.7, 1.3])),
      builtYear: modelYear('hospital', random),
      occupants: Math.round((area / 65) * between(random, [0.8, 1.2])),
      locationApproximate: false,
      source:
        'Eurostat GISCO healthcare services 2020 (data/emergency/hospitals.geojson): name, address, position; floor area, year, occupants (beds + staff) modelled',
      lon: h.position[0],
      lat: h.position[1],
    });
  }

  inputs.fireStations.forEach((f, i) => {
    const code = `FIR-${String(i + 1).padStart(2, '0')}`;
    const random = mulberry32(hashSeed(code, seed));
    buildings.push({
      code,
      name: f.name,
      type: 'fire_station',
      municipality: f.municipality,
      okres: muni.get(f.municipality)?.okres ?? null,
      address: f.address,
      floorAreaM2: Math.round(2400 * between(random, [0.7, 1.4])),
      builtYear: modelYear('fire_station', random),
      occupants: Math.round(between(random, [22, 40])),
      locationApproximate: false,
      source:
        'HZS Libereckého kraje stations, Liberec Region open data (data/emergency/fire-stations-hzs.geojson): name, address, position; floor area, year, crew modelled',
      lon: f.position[0],
      lat: f.position[1],
    });
  });

  return buildings.map((b, i) => ({ ...b, id: i + 1 }));
}

function pos([lon, lat]: [number, number]): { lon: number; lat: number } {
  return { lon, lat };
}
