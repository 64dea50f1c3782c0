// Modelled blue-green infrastructure around the register's buildings, plus the examples the programme
// documents name. Retained volume = area × modelled annual rainfall × retention coefficient of the
// kind; potable water saved for rain-water tanks and grey-water systems. Everything here is modelled.
import type { Geometry } from 'geojson';
import { mulberry32, hashSeed } from '../../model/random.ts';
import type { Building } from './register-types.ts';

export type BlueGreenKind = 'green_roof' | 'rain_tank' | 'grey_water' | 'rain_garden' | 'pond' | 'park';

export interface BlueGreenFeature {
  id: number;
  kind: BlueGreenKind;
  name: string;
  buildingId: number | null;
  areaM2: number | null;
  volumeM3: number | null;
  retainedM3Year: number;
  potableSavedM3Year: number | null;
  rainfallMm: number;
  source: string;
  geometry: Geometry;
}

/**
 * Share of a year's rain on the area kept out of the sewer (1 − runoff coefficient ψ). Green roof:
 * ψ ≈ 0.5 for extensive roofs with < 10 cm substrate (ČSN 75 9010 table of runoff coefficients; FLL
 * green-roof guideline gives 40–60 % annual retention). Rain garden: fed by ~10× its own area of roof
 * or paving (ČSN 75 9010 sizing practice), ψ of the sealed catchment 0.9, 85 % infiltrated. Pond: all
 * rain on its surface. Park (lawn, trees): ψ ≈ 0.1. Tanks: see TANK below.
 */
export const RETENTION = { green_roof: 0.5, rain_garden: 0.85, pond: 1, park: 0.9 } as const;
/** Rain garden catchment as a multiple of the garden's own area. */
const GARDEN_CATCHMENT = 10;
/** Rain-water tank: roof runoff ψ 0.9 × filter efficiency 0.9; 80 % of what is caught is used (the rest overflows). */
const TANK = { runoff: 0.9, filter: 0.9, used: 0.8 } as const;
/** Grey water reused for flushing, m³ per occupant per occupied day, on 250 days a year (modelled). */
const GREY_WATER = { m3PerOccupantDay: 0.012, days: 250 } as const;

/**
 * Modelled long-term annual rainfall (mm) per municipality: the Ploučnice lowland around Česká Lípa is
 * the driest (≈ 650 mm), Liberec's basin ≈ 800 mm, Jablonec and the Jizera Mountains foothills
 * 1,000–1,200 mm (orders of magnitude of ČHMÚ normals, not station values).
 */
const RAINFALL_BY_MUNICIPALITY: Record<string, number> = {
  Liberec: 800,
  'Jablonec nad Nisou': 1000,
  'Česká Lípa': 650,
  Turnov: 700,
  Semily: 800,
  Jilemnice: 900,
  Hejnice: 1200,
  Tanvald: 1150,
  Frýdlant: 900,
  'Vysoké nad Jizerou': 1000,
  'Železný Brod': 800,
  'Nový Bor': 750,
  'Kamenický Šenov': 800,
  Cvikov: 750,
  Mimoň: 700,
  'Lomnice nad Popelkou': 750,
  Doksy: 650,
  Raspenava: 950,
  'Jablonné v Podještědí': 750,
  'Rokytnice nad Jizerou': 1200,
};
const RAINFALL_BY_OKRES: Record<string, number> = {
  Liberec: 850,
  'Jablonec nad Nisou': 1000,
  'Česká Lípa': 700,
  Semily: 850,
};

export function annualRainfallMm(municipality: string, okres: string | null): number {
  return RAINFALL_BY_MUNICIPALITY[municipality] ?? RAINFALL_BY_OKRES[okres ?? ''] ?? 800;
}

const M_PER_DEG_LAT = 111_320;
function shift([lon, lat]: [number, number], east: number, north: number): [number, number] {
  const r6 = (x: number) => Math.round(x * 1e6) / 1e6;
  return [
    r6(lon + east / (M_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180))),
    r6(lat + north / M_PER_DEG_LAT),
  ];
}
function square(centre: [number, number], areaM2: number): Geometry {
  const h = Math.sqrt(areaM2) / 2;
  const ring = [
    shift(centre, -h, -h),
    shift(centre, h, -h),
    shift(centre, h, h),
    shift(centre, -h, h),
    shift(centre, -h, -h),
  ];
  return { type: 'Polygon', coordinates: [ring] };
}
function circle(centre: [number, number], areaM2: number): Geometry {
  const r = Math.sqrt(areaM2 / Math.PI);
  const ring = Array.from({ length: 17 }, (_, i) => {
    const a = (2 * Math.PI * (i % 16)) / 16;
    return shift(centre, r * Math.cos(a), r * Math.sin(a));
  });
  return { type: 'Polygon', coordinates: [ring] };
}

type Draft = Omit<
  BlueGreenFeature,
  'id' | 'retainedM3Year' | 'potableSavedM3Year' | 'rainfallMm' | 'geometry'
> & {
  at: [number, number];
  occupants: number;
  municipality: string;
  okres: string | null;
  /** Roof area drained into a tank (m²). */
  catchmentM2?: number;
};

function finish(d: Draft, id: number): BlueGreenFeature {
  const rain = annualRainfallMm(d.municipality, d.okres) / 1000;
  let retained = 0;
  let saved: number | null = null;
  let geometry: Geometry = { type: 'Point', coordinates: d.at };
  const area = d.areaM2 ?? 0;
  switch (d.kind) {
    case 'green_roof':
      retained = area * rain * RETENTION.green_roof;
      geometry = square(d.at, area);
      break;
    case 'rain_garden':
      retained = area * GARDEN_CATCHMENT * rain * RETENTION.rain_garden;
      geometry = circle(d.at, area);
      break;
    case 'pond':
      retained = area * rain * RETENTION.pond;
      geometry = circle(d.at, area);
      break;
    case 'park':
      retained = area * rain * RETENTION.park;
      geometry = circle(d.at, area);
      break;
    case 'rain_tank':
      saved = (d.catchmentM2 ?? 0) * rain * TANK.runoff * TANK.filter * TANK.used;
      retained = saved;
      break;
    case 'grey_water':
      saved = d.occupants * GREY_WATER.m3PerOccupantDay * GREY_WATER.days;
      break;
  }
  const { at: _at, occupants: _o, municipality: _m, okres: _k, catchmentM2: _c, ...rest } = d;
  return {
    ...rest,
    id,
    rainfallMm: Math.round(rain * 1000),
    retainedM3Year: Math.round(retained * 10) / 10,
    potableSavedM3Year: saved === null ? null : Math.round(saved * 10) / 10,
    geometry,
  };
}

const MODELLED =
  'modelled (seeded): kind, size and position around the building; retained volume = area × modelled rainfall × retention coefficient';

export function blueGreenFeatures(buildings: readonly Building[], seed: number): BlueGreenFeature[] {
  const drafts: Draft[] = [];
  const roofOf = (b: Building) => b.floorAreaM2 / 3; // three storeys on average
  for (const b of buildings) {
    const random = mulberry32(hashSeed(`${b.code}:blue-green`, seed));
    const near = (): [number, number] => {
      const a = 2 * Math.PI * random();
      const r = 30 + 90 * random();
      return shift([b.lon, b.lat], r * Math.cos(a), r * Math.sin(a));
    };
    const base = {
      buildingId: b.id,
      occupants: b.occupants,
      municipality: b.municipality,
      okres: b.okres,
      source: MODELLED,
      volumeM3: null,
    };
    const round = (x: number) => Math.round(x);
    if (random() < 0.18)
      drafts.push({
        ...base,
        kind: 'green_roof',
        name: `Zelená střecha – ${b.name}`,
        areaM2: round(roofOf(b) * (0.3 + 0.5 * random())),
        at: [b.lon, b.lat],
      });
    if (random() < 0.25) {
      const catchment = round(roofOf(b) * (0.3 + 0.4 * random()));
      drafts.push({
        ...base,
        kind: 'rain_tank',
        name: `Nádrž na dešťovou vodu – ${b.name}`,
        areaM2: catchment,
        catchmentM2: catchment,
        volumeM3: round(5 + 25 * random()),
        at: near(),
      });
    }
    if (random() < 0.12)
      drafts.push({
        ...base,
        kind: 'rain_garden',
        name: `Dešťová zahrada – ${b.name}`,
        areaM2: round(30 + 120 * random()),
        at: near(),
      });
    if (b.type === 'hospital' ? random() < 0.6 : random() < 0.08)
      drafts.push({
        ...base,
        kind: 'park',
        name: `Park – ${b.name}`,
        areaM2: round(2500 + 12000 * random()),
        at: near(),
      });
    if (random() < 0.05)
      drafts.push({
        ...base,
        kind: 'pond',
        name: `Retenční jezírko – ${b.name}`,
        areaM2: round(200 + 1300 * random()),
        at: near(),
      });
    if ((b.type === 'school' || b.type === 'hospital') && random() < 0.06)
      drafts.push({
        ...base,
        kind: 'grey_water',
        name: `Systém šedé vody – ${b.name}`,
        areaM2: null,
        at: near(),
      });
  }
  // The examples the programme documents name.
  const named = (name: RegExp) => buildings.find((b) => name.test(b.name));
  const oa = named(/^Obchodní akademie Česká Lípa/);
  if (oa) {
    const programme = {
      buildingId: oa.id,
      occupants: oa.occupants,
      municipality: oa.municipality,
      okres: oa.okres,
      source: 'named in the Chytřejší kraj programme documents; sizes modelled',
    };
    drafts.push({
      ...programme,
      kind: 'rain_tank',
      name: 'Využití dešťové vody – Obchodní akademie Česká Lípa',
      areaM2: 900,
      catchmentM2: 900,
      volumeM3: 20,
      at: shift([oa.lon, oa.lat], 25, -20),
    });
    drafts.push({
      ...programme,
      kind: 'grey_water',
      name: 'Systém šedé vody – Obchodní akademie Česká Lípa',
      areaM2: null,
      volumeM3: null,
      at: shift([oa.lon, oa.lat], -25, -20),
    });
  }
  const szs = named(/^Střední zdravotnická škola Turnov/);
  if (szs)
    drafts.push({
      buildingId: szs.id,
      occupants: szs.occupants,
      municipality: szs.municipality,
      okres: szs.okres,
      source: 'named in the Chytřejší kraj programme documents; roof area modelled',
      kind: 'green_roof',
      name: 'Vegetační střecha – SZŠ Turnov',
      areaM2: 600,
      volumeM3: null,
      at: [szs.lon, szs.lat],
    });
  drafts.push({
    buildingId: null,
    occupants: 0,
    municipality: 'Liberec',
    okres: 'Liberec',
    source:
      'named in the Chytřejší kraj programme documents; position approximate (near 50.7680 N, 15.0530 E), roof area modelled',
    kind: 'green_roof',
    name: 'Zelená střecha – parkovací dům Dolní centrum Liberec',
    areaM2: 2400,
    volumeM3: null,
    at: [15.053, 50.768],
  });
  return drafts.map((d, i) => finish(d, i + 1));
}
