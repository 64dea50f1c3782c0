// Which flood zones belong to which gauge river. The bundled zones are Povodí Ohře's (the Ploučnice
// and Kamenice basins in the region's west); their river names mostly equal the ČHMÚ stream names,
// with three documented exceptions below. Rivers without zones (Jizera, Lužická Nisa, Smědá, …) map
// to nothing: their exposure is empty, and the API says so (`zoneRivers: []`).

/**
 * Gauge river (ČHMÚ STREAM_NAME) → zone rivers (NAZEV_TOKU) that are the same stream:
 * - "Svitavka" at Zákupy is the zone study's "Svitávka" (spelling);
 * - "Šporka" has one Q100 record named "Šporky" (genitive) beside the "Šporka" ones;
 * - "Kamenice" is NOT mapped: the gauges of that name (Josefův Důl, Kristiánov, Bohuňovsko) are on the
 *   Jizera's Kamenice, while the zone's Kamenice is the Elbe tributary in Povodí Ohře's area, another river.
 */
export const ZONE_RIVERS: Readonly<Record<string, readonly string[]>> = {
  Ploučnice: ['Ploučnice'],
  Svitavka: ['Svitávka'],
  'Panenský potok': ['Panenský potok'],
  'Boberský potok': ['Boberský potok'],
  'Robečský potok': ['Robečský potok'],
  'Ještědský potok': ['Ještědský potok'],
  Šporka: ['Šporka', 'Šporky'],
};

/** The zone rivers of a gauge river; [] when it has no zones. */
export const zoneRiversOfGauge = (gaugeRiver: string): readonly string[] => ZONE_RIVERS[gaugeRiver] ?? [];

/**
 * The zone rivers a `river=` parameter names: a gauge river through the table above, or else a zone
 * river name as the zones spell it (so "Pšovka" or "Kamenice" of the zone data can be asked for too).
 */
export function zoneRiversOfName(name: string, zoneRiverNames: ReadonlySet<string>): readonly string[] {
  const mapped = ZONE_RIVERS[name];
  if (mapped) return mapped;
  return zoneRiverNames.has(name) ? [name] : [];
}
