// The buildings the regional programme documents name, and the names of register schools we could
// attach to an MŠMT address. The register rows carry addresses but no names; a name here is our
// attribution of a well-known school to its address and is said so in `source`.
import type { BuildingType } from './register-types.ts';

/** A school of the MŠMT extract named by its address (municipality + street + number). */
export interface SchoolName {
  obec: string;
  /** "Ulice č.p./č.o." or "č.p." exactly as the register's address column spells it after the comma. */
  address: string;
  name: string;
  /** Named by the programme documents (Chytřejší kraj) rather than only known by us. */
  programme: boolean;
}

export const SCHOOL_NAMES: readonly SchoolName[] = [
  { obec: 'Česká Lípa', address: 'Žitavská 2969', name: 'Gymnázium Česká Lípa', programme: true },
  {
    obec: 'Česká Lípa',
    address: 'náměstí Osvobození 422/2',
    name: 'Obchodní akademie Česká Lípa',
    programme: true,
  },
  {
    obec: 'Jablonec nad Nisou',
    address: 'Dr. Randy 4096/13',
    name: 'Gymnázium Dr. Antona Randy, Jablonec nad Nisou',
    programme: true,
  },
  {
    obec: 'Liberec',
    address: 'Jablonecká 999/51',
    name: 'Střední odborná škola, Liberec, Jablonecká 999',
    programme: true,
  },
  {
    obec: 'Jablonec nad Nisou',
    address: 'Belgická 4852',
    name: 'Střední průmyslová škola technická, Jablonec nad Nisou, Belgická 4852',
    programme: true,
  },
  { obec: 'Turnov', address: '28. října 1390', name: 'Střední zdravotnická škola Turnov', programme: true },
  {
    obec: 'Kamenický Šenov',
    address: 'Havlíčkova 57',
    name: 'Střední uměleckoprůmyslová škola sklářská Kamenický Šenov',
    programme: true,
  },
  {
    obec: 'Železný Brod',
    address: 'Smetanovo zátiší 470',
    name: 'Střední uměleckoprůmyslová škola sklářská Železný Brod',
    programme: true,
  },
  {
    obec: 'Nový Bor',
    address: 'Wolkerova 316',
    name: 'Vyšší odborná škola sklářská a Střední škola Nový Bor',
    programme: true,
  },
  { obec: 'Liberec', address: 'Partyzánská 530/3', name: 'Gymnázium F. X. Šaldy, Liberec', programme: false },
  { obec: 'Liberec', address: 'Jeronýmova 425/27', name: 'Gymnázium Liberec, Jeronýmova', programme: false },
  {
    obec: 'Liberec',
    address: 'Masarykova 460/3',
    name: 'Střední průmyslová škola strojní a elektrotechnická Liberec',
    programme: false,
  },
  {
    obec: 'Jablonec nad Nisou',
    address: 'U Balvanu 764/16',
    name: 'Gymnázium U Balvanu, Jablonec nad Nisou',
    programme: false,
  },
  {
    obec: 'Semily',
    address: 'Nad Špejcharem 574',
    name: 'Gymnázium Ivana Olbrachta Semily',
    programme: false,
  },
  { obec: 'Turnov', address: 'Jana Palacha 804', name: 'Gymnázium Turnov', programme: false },
  {
    obec: 'Turnov',
    address: 'Skálova 373',
    name: 'Střední uměleckoprůmyslová škola Turnov',
    programme: false,
  },
];

/** A named facility that is not in the MŠMT extract, hospital or fire-station files. */
export interface NamedFacility {
  code: string;
  name: string;
  type: BuildingType;
  municipality: string;
  address: string | null;
  /** Approximate position of the address (general knowledge, ± a few hundred metres); null: municipality. */
  position: [number, number] | null;
  floorAreaM2: number;
  /** Known construction year where we know it; otherwise modelled. */
  builtYear: number | null;
  occupants: number;
  note: string;
}

export const NAMED_FACILITIES: readonly NamedFacility[] = [
  {
    code: 'OFF-KULK',
    name: 'Krajský úřad Libereckého kraje',
    type: 'office',
    municipality: 'Liberec',
    address: 'U Jezu 642/2a',
    position: [15.0495, 50.7636],
    floorAreaM2: 15000,
    builtYear: null,
    occupants: 650,
    note: 'regional office building',
  },
  {
    code: 'MUS-SML',
    name: 'Severočeské muzeum v Liberci',
    type: 'museum',
    municipality: 'Liberec',
    address: 'Masarykova 437/11',
    position: [15.0668, 50.7736],
    floorAreaM2: 5200,
    builtYear: 1898,
    occupants: 60,
    note: 'regional museum (programme documents)',
  },
  {
    code: 'GAL-OGL',
    name: 'Oblastní galerie Liberec (Lázně)',
    type: 'gallery',
    municipality: 'Liberec',
    address: 'Masarykova 723/14',
    position: [15.0688, 50.7745],
    floorAreaM2: 4300,
    builtYear: 1902,
    occupants: 45,
    note: 'regional gallery (programme documents)',
  },
  {
    code: 'MUS-VMGCL',
    name: 'Vlastivědné muzeum a galerie v České Lípě',
    type: 'museum',
    municipality: 'Česká Lípa',
    address: 'náměstí Osvobození 297',
    position: [14.5403, 50.6843],
    floorAreaM2: 4800,
    builtYear: null,
    occupants: 40,
    note: 'regional museum (programme documents)',
  },
  {
    code: 'MUS-MCRT',
    name: 'Muzeum Českého ráje v Turnově',
    type: 'museum',
    municipality: 'Turnov',
    address: 'Skálova 71',
    position: [15.1561, 50.5872],
    floorAreaM2: 3600,
    builtYear: null,
    occupants: 35,
    note: 'regional museum (programme documents)',
  },
  {
    code: 'SCH-STREVLIK',
    name: 'STŘEVLIK – středisko ekologické výchovy Libereckého kraje, Hejnice',
    type: 'school',
    municipality: 'Hejnice',
    address: null,
    position: null,
    floorAreaM2: 900,
    builtYear: null,
    occupants: 60,
    note: 'environmental-education centre named in the programme documents',
  },
  {
    code: 'HOS-LRNC',
    name: 'Léčebna respiračních nemocí Cvikov',
    type: 'hospital',
    municipality: 'Cvikov',
    address: null,
    position: null,
    floorAreaM2: 7800,
    builtYear: null,
    occupants: 180,
    note: 'regional sanatorium named in the programme documents',
  },
];
