import type { FloodStatus, GaugeStatus } from './flood-api.ts';

/** A gauge of a status answer, with what a test does not care about filled in. */
export function gaugeStatus(change: Partial<GaugeStatus> & Pick<GaugeStatus, 'id'>): GaugeStatus {
  return {
    name: change.id,
    river: 'Jizera',
    lon: 15.2,
    lat: 50.7,
    stage: 'none',
    measure: 'H',
    value: 100,
    unit: 'cm',
    level_cm: 100,
    discharge_m3s: null,
    precipitation_1h_mm: 0,
    precipitation_24h_mm: 0,
    trend: 'steady',
    stale: false,
    lastReadingAt: '2025-06-12T10:00:00Z',
    thresholds: { spa1: 180, spa2: 240, spa3: 320, dry: 35 },
    ...change,
  };
}

export const statusOf = (gauges: GaugeStatus[], asOf = '2025-06-12T10:00:00Z'): FloodStatus => ({
  asOf,
  gauges,
});
