// Every parameter of the seeded gauge model in one place (data/README.md, "Flood gauge readings
// (modelled)", explains them). Changing one changes the bundled readings: the loader only runs on an
// empty table, `npm run flood:model` rewrites them.

export interface RainEvent {
  /** Start (ISO, UTC). */
  start: string;
  hours: number;
  /** Centre of the rain field. */
  lon: number;
  lat: number;
  /** e-folding radii of the elliptic field along and across the front (km), and the front's bearing (°). */
  alongKm: number;
  acrossKm: number;
  bearingDeg: number;
  /** Rain rate at the centre at the height of the event (mm/h); the rate follows a sine bell in time. */
  peakMmH: number;
  kind: 'frontal' | 'convective' | 'regional';
}

export const FLOOD_MODEL = {
  /** Seed of every random draw (random events, per-gauge rain noise, recession constants). */
  seed: 20100807,
  /** Modelled period [from, to) in UTC, hourly like ČHMÚ's operational series. 51 × 1,800 rows. */
  from: '2026-05-01T00:00:00Z',
  to: '2026-07-15T00:00:00Z',
  stepMinutes: 60,
  /** Regional specific mean runoff (m³/s per km², ≈ 11 l/s·km²) for gauges without a drought discharge. */
  specificRunoff: 0.011,
  /** Where ČHMÚ publishes the drought discharge, the mean flow is this multiple of it (dry ≈ Q355 ≈ 0.3 Qa). */
  meanFlowPerDryQ: 1 / 0.3,
  /** Baseflow at the start as a share of the mean flow (the tail of the spring snowmelt). */
  initialBaseShare: 1.5,
  /** Baseflow recession constant (days): seeded per gauge in this range, longer for larger catchments. */
  recessionDays: { min: 24, max: 48 },
  /** Runoff coefficient of quick flow: from `min` on dry soil to `max` when the antecedent rain index reaches `saturationMm`. */
  runoff: { min: 0.08, max: 0.6, saturationMm: 90 },
  /** Antecedent precipitation index at the start (mm): a moist spring soil. */
  initialApiMm: 30,
  /** Daily decay of the antecedent precipitation index. */
  apiDailyDecay: 0.9,
  /** Share of the rain that does not run off quickly and recharges the baseflow store. */
  rechargeShare: 0.3,
  /** Time to peak of the unit hydrograph (h) = factor · (local catchment km²)^exponent (two-reservoir Nash cascade). */
  timeToPeak: { factor: 1.4, exponent: 0.35 },
  /** Flood-wave celerity between gauges (m/s) and the river length per straight-line km. */
  celerityMs: 1.5,
  sinuosity: 1.3,
  /** Per-gauge, per-event multiplicative rain noise (σ of a log-normal) and per-hour noise. */
  rainNoise: { event: 0.2, hourly: 0.3 },
  /** Random events: Poisson rate per day outside the dry spell, by kind. */
  randomEvents: { frontalPerDay: 0.18, convectivePerDay: 0.22 },
  /** No rain at all in this window: the dry spell that pushes gauges below their drought thresholds. */
  drySpell: { from: '2026-05-27T00:00:00Z', to: '2026-06-27T00:00:00Z' },
  /** Where random events are centred (the region and its surroundings). */
  bbox: { west: 14.35, south: 50.5, east: 15.7, north: 51.0 },
  /**
   * The fixed events: a wetting rain, then the regional flood — a slow front stalled along the Jizera
   * Mountains' northern slope for 36 h, the pattern of 7 August 2010 (Smědá, Lužická Nisa, Jizera).
   */
  events: [
    {
      start: '2026-07-02T06:00:00Z',
      hours: 20,
      lon: 15.1,
      lat: 50.75,
      alongKm: 90,
      acrossKm: 60,
      bearingDeg: 70,
      peakMmH: 1.8,
      kind: 'frontal',
    },
    {
      start: '2026-07-06T12:00:00Z',
      hours: 36,
      lon: 15.2,
      lat: 50.84,
      alongKm: 48,
      acrossKm: 20,
      bearingDeg: 65,
      peakMmH: 7,
      kind: 'regional',
    },
  ] satisfies RainEvent[],
  /** Gauges that stop reporting (station outage after the flood), to exercise the stale flag. */
  outages: [
    { gauge: '0-203-1-322000', from: '2026-07-13T10:00:00Z' }, // Bílý Potok, Smědá
    { gauge: '0-203-1-088000', from: '2026-07-14T02:00:00Z' }, // Josefův Důl, Kamenice
  ],
} as const;

/** The parameters with any seed (the rest as above: a different seed is a different, equally valid run). */
export type FloodModelParams = Omit<typeof FLOOD_MODEL, 'seed'> & { seed: number };
