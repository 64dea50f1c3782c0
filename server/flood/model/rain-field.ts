// Hourly rain at any point from a list of moving-free elliptic rain cells: spatially correlated
// because nearby gauges sit under the same cells, seeded so every run gives the same rain.
import type { FloodModelParams, RainEvent } from './model-params.ts';
import { normal } from '../../model/random.ts';

const HOUR = 3_600_000;
const KM_PER_DEG_LAT = 111.32;

/** Offset (km east, km north) of b from a, equirectangular: exact enough at the region's 50 km scale. */
export function offsetKm(a: { lon: number; lat: number }, b: { lon: number; lat: number }) {
  const kx = KM_PER_DEG_LAT * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  return { x: (b.lon - a.lon) * kx, y: (b.lat - a.lat) * KM_PER_DEG_LAT };
}

export const distanceKm = (a: { lon: number; lat: number }, b: { lon: number; lat: number }) => {
  const { x, y } = offsetKm(a, b);
  return Math.hypot(x, y);
};

/** The fixed events plus random frontal and convective ones outside the dry spell, in start order. */
export function rainEvents(p: FloodModelParams, random: () => number): RainEvent[] {
  const from = Date.parse(p.from);
  const to = Date.parse(p.to);
  const dryFrom = Date.parse(p.drySpell.from);
  const dryTo = Date.parse(p.drySpell.to);
  const fixedStarts = p.events.map((e) => Date.parse(e.start));
  const out: RainEvent[] = [...p.events];
  const uniform = (min: number, max: number) => min + (max - min) * random();
  for (let day = from; day < to; day += 24 * HOUR) {
    for (const kind of ['frontal', 'convective'] as const) {
      const rate = kind === 'frontal' ? p.randomEvents.frontalPerDay : p.randomEvents.convectivePerDay;
      // Draws happen every day so that moving the dry spell does not reshuffle the other events.
      const happens = random() < rate;
      const start = day + Math.floor(uniform(0, 24)) * HOUR;
      const lon = uniform(p.bbox.west, p.bbox.east);
      const lat = uniform(p.bbox.south, p.bbox.north);
      const size = random();
      const strength = random();
      const duration = random();
      const bearing = uniform(0, 180);
      if (!happens || (start >= dryFrom && start < dryTo)) continue;
      // Keep the fixed events' days clear, so that the regional flood is the model's, not chance's.
      if (fixedStarts.some((s) => Math.abs(start - s) < 3 * 24 * HOUR)) continue;
      out.push(
        kind === 'frontal'
          ? {
              start: new Date(start).toISOString(),
              hours: Math.round(6 + 18 * duration),
              lon,
              lat,
              alongKm: 50 + 50 * size,
              acrossKm: 30 + 20 * size,
              bearingDeg: bearing,
              peakMmH: 0.6 + 1.8 * strength,
              kind,
            }
          : {
              start: new Date(start).toISOString(),
              hours: Math.round(2 + 3 * duration),
              lon,
              lat,
              alongKm: 8 + 10 * size,
              acrossKm: 6 + 6 * size,
              bearingDeg: bearing,
              peakMmH: 6 + 22 * strength,
              kind,
            },
      );
    }
  }
  return out.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/** Spatial weight of an event at a point: an elliptic Gaussian oriented along the front. */
export function eventWeight(e: RainEvent, point: { lon: number; lat: number }): number {
  const { x, y } = offsetKm(e, point);
  const b = (e.bearingDeg * Math.PI) / 180;
  // Bearing is clockwise from north: the along-front unit vector is (sin b, cos b).
  const along = x * Math.sin(b) + y * Math.cos(b);
  const across = x * Math.cos(b) - y * Math.sin(b);
  return Math.exp(-((along / e.alongKm) ** 2) - (across / e.acrossKm) ** 2);
}

/**
 * Hourly rain (mm) at each point over `hours` hours from `from`: the sum of the events, each with a
 * sine-bell time course, a per-point log-normal factor per event and a per-hour one.
 */
export function rainAtPoints(
  events: readonly RainEvent[],
  points: readonly { lon: number; lat: number }[],
  from: number,
  hours: number,
  p: FloodModelParams,
  random: () => number,
): Float64Array[] {
  const out = points.map(() => new Float64Array(hours));
  for (const e of events) {
    const start = Math.round((Date.parse(e.start) - from) / HOUR);
    const factors = points.map((pt) => eventWeight(e, pt) * Math.exp(p.rainNoise.event * normal(random)));
    for (let h = 0; h < e.hours; h++) {
      const idx = start + h;
      const bell = Math.sin((Math.PI * (h + 0.5)) / e.hours);
      const hourly = Math.exp(p.rainNoise.hourly * normal(random));
      if (idx < 0 || idx >= hours) continue;
      out.forEach((series, i) => {
        series[idx] = series[idx]! + e.peakMmH * bell * factors[i]! * hourly;
      });
    }
  }
  return out;
}
