/** Colours of the thematic layers, shared by the layers and their legends. */

/** Population density classes (inhabitants per km²), lower bounds; sequential yellow → red. */
export const DENSITY_BREAKS = [25, 50, 100, 200, 500, 1000] as const;
export const DENSITY_COLORS = [
  '#ffffcc',
  '#ffeda0',
  '#fed976',
  '#feb24c',
  '#fd8d3c',
  '#e31a1c',
  '#800026',
] as const;

/**
 * Flood zones, drawn from the rarest (widest) to the most frequent so that narrower zones stay on top.
 * The active zone is teal, not orange: orange and red are the gauges' flood stages.
 */
export const ZONE_KINDS = ['Q100', 'Q20', 'Q5', 'AZ'] as const;
export const ZONE_COLORS: Record<(typeof ZONE_KINDS)[number], string> = {
  Q100: '#9ecae1',
  Q20: '#4292c6',
  Q5: '#08519c',
  AZ: '#01665e',
};

export const HERITAGE_KINDS = ['castle', 'chateau', 'castle_chateau', 'ruin', 'museum', 'gallery'] as const;
export const HERITAGE_COLORS: Record<(typeof HERITAGE_KINDS)[number], string> = {
  castle: '#8c2d04',
  chateau: '#e6550d',
  castle_chateau: '#b8860b',
  ruin: '#636363',
  museum: '#1b9e77',
  gallery: '#7570b3',
};
export const NKP_OUTLINE = '#ffd700';

export const FIRE_COLORS = { professional: '#b30000', volunteer: '#fc8d59' } as const;
export const HOSPITAL_COLOR = '#c51b8a';
export const STOP_COLOR = '#2b5d8c';
export const TRANSIT_STOP_COLOR = '#6a3d9a';
export const RAILWAY_COLOR = '#3d3d3d';
export const ROAD_CLASSES = ['motorway', 'I', 'II', 'III', 'local'] as const;
export const BOUNDARY_COLOR = '#5b4a8a';
export const GENERIC_COLOR = '#3182bd';

/** `#rrggbb` → deck.gl's `[r, g, b, a]`. */
export function rgba(hex: string, alpha = 255): [number, number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}
