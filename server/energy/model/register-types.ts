/** Building types of `energy.buildings` (the check constraint of migration 012). */
export const BUILDING_TYPES = [
  'school',
  'hospital',
  'fire_station',
  'museum',
  'gallery',
  'office',
  'social_care',
] as const;
export type BuildingType = (typeof BUILDING_TYPES)[number];

/**
 * One building of the modelled register. Real: name (or the register's address where the source has
 * no name), municipality, okres, address, and the position of hospitals and fire stations. Modelled:
 * floor area, year built, occupants (except schools: the MŠMT capacity), and every other position.
 */
export interface Building {
  id: number;
  code: string;
  name: string;
  type: BuildingType;
  municipality: string;
  okres: string | null;
  address: string | null;
  floorAreaM2: number;
  builtYear: number;
  occupants: number;
  locationApproximate: boolean;
  source: string;
  lon: number;
  lat: number;
}
