// Parameters of the transit occupancy MODEL (passenger counts are not public; every number here is
// an assumption, documented, not a measurement). Pure.

/** Share of a day's boardings by hour (0–23), before normalisation: a weekday with a morning peak
 * 6–8 and a wider afternoon peak 14–17, typical of Czech city transit (school and shift starts
 * around 6–7, office and school ends 14–16); the shape is assumed, not fitted to counts. */
export const WEEKDAY_PROFILE: readonly number[] = [
  0.3, 0.1, 0.1, 0.1, 0.5, 2.5, 7, 9, 6.5, 4.5, 4.5, 5, 5.5, 6, 7.5, 8, 7.5, 6, 4.5, 3.5, 2.5, 2, 1.5, 0.8,
];

export interface OccupancyParams {
  /** Public transport boardings per resident of a stop's catchment per day (unlinked trips, i.e. each
   * vehicle boarded counts, transfers included). 0.8 is an assumption for a Czech regional city with
   * trams, not calibrated to DPMLJ counts. */
  tripRate: number;
  /** Walking catchment radius (m) of a stop place. */
  catchmentRadiusM: number;
  /** Residents live on part of a municipality's area (forests and fields are empty): the density
   * around a stop is taken as this multiple of the municipal average, which caps a stop's catchment
   * at density × factor × π r². */
  urbanDensityFactor: number;
  /** Weight of a stop place when its municipality's population is shared out: (daily calls)^exponent.
   * 0 = equal shares, 1 = by frequency; 0.5 because frequent stops draw from a wider area, but
   * frequency at hubs mostly reflects routes overlapping, not more residents. */
  frequencyExponent: number;
  /** Attraction of a stop for alightings = catchment + centralityWeight × mean catchment ×
   * (daily calls / mean calls): residents' stops plus the centres (jobs, schools, shops, transfers) that
   * the frequent stops stand for — we have no job data. */
  centralityWeight: number;
  /** Share of daily boardings by hour (normalised to sum 1). */
  profile: readonly number[];
  /** Nominal places (seated + standing) per vehicle by GTFS route_type; `default` for other types. */
  capacityByRouteType: Readonly<Record<string, number>>;
}

export const OCCUPANCY_DEFAULTS: OccupancyParams = {
  tripRate: 0.8,
  catchmentRadiusM: 400,
  urbanDensityFactor: 2,
  frequencyExponent: 0.5,
  centralityWeight: 1,
  profile: WEEKDAY_PROFILE,
  // Nominal, not fleet-verified: 160 for a tram (between a single high-floor T3-family car of about 110
  // places and a modern articulated low-floor car or a coupled pair of about 200); 90 for a 12 m
  // standard city bus.
  capacityByRouteType: { '0': 160, '3': 90, default: 90 },
};

/** The profile scaled to sum 1 (throws on a profile that is not 24 non-negative numbers with a positive sum). */
export function normalisedProfile(profile: readonly number[]): number[] {
  const sum = profile.reduce((a, b) => a + b, 0);
  if (profile.length !== 24 || profile.some((v) => !(v >= 0)) || !(sum > 0))
    throw new Error('the hourly profile must be 24 non-negative numbers with a positive sum');
  return profile.map((v) => v / sum);
}

/** Nominal places of one vehicle of a route type. */
export function vehicleCapacity(
  params: Pick<OccupancyParams, 'capacityByRouteType'>,
  routeType: number,
): number {
  const c = params.capacityByRouteType;
  return c[String(routeType)] ?? c.default ?? 90;
}
