// The read side of the traffic data for the HTTP API: compact, columnar answers.
import type { Queryable } from '../db/db.ts';
import type { RoadClass } from '../network/road-types.ts';
import { periodDays, riskByClass, riskBySegment, type SegmentExposure } from './accident-risk.ts';
import { ACCIDENT_JOIN_MAX_M, ACCIDENT_PERIOD } from './load-accidents.ts';
import { DAY_TYPES, type DayType } from './traffic-params.ts';
import { TRAFFIC_SQL } from './traffic-sql.ts';

/** Vehicles to one decimal: enough for a map, a third of the bytes of full floats. */
const round1 = (v: number) => Math.round(v * 10) / 10;
const round = (v: number, digits: number) => Number(v.toFixed(digits));

export interface HourlyTraffic {
  day: DayType;
  hour: number;
  source: 'model';
  segment_ids: number[];
  vehicles: number[];
  heavy: number[];
}

/** Modelled vehicles of every segment in one hour of a typical weekday or weekend day. */
export async function hourlyTraffic(db: Queryable, day: DayType, hour: number): Promise<HourlyTraffic> {
  const rows = await db.query<{ segment_id: number; vehicles: number; heavy_vehicles: number }>(
    TRAFFIC_SQL.hourlyCounts,
    ['model', day, hour],
  );
  return {
    day,
    hour,
    source: 'model',
    segment_ids: rows.map((r) => r.segment_id),
    vehicles: rows.map((r) => round1(r.vehicles)),
    heavy: rows.map((r) => round1(r.heavy_vehicles)),
  };
}

export interface SegmentProfile {
  segment: number;
  source: 'model';
  hours: number[];
  weekday: { vehicles: number[]; heavy: number[] };
  weekend: { vehicles: number[]; heavy: number[] };
}

/** The 2 × 24 modelled hourly values of one segment; null when the segment does not exist or has none. */
export async function segmentProfile(db: Queryable, segment: number): Promise<SegmentProfile | null> {
  const rows = await db.query<{ day_type: DayType; hour: number; vehicles: number; heavy_vehicles: number }>(
    TRAFFIC_SQL.segmentProfile,
    [segment, 'model'],
  );
  if (rows.length === 0) return null;
  const day = (d: DayType) => {
    const of = new Map(rows.filter((r) => r.day_type === d).map((r) => [r.hour, r]));
    const hours = Array.from({ length: 24 }, (_, h) => of.get(h));
    return {
      vehicles: hours.map((r) => round1(r?.vehicles ?? 0)),
      heavy: hours.map((r) => round1(r?.heavy_vehicles ?? 0)),
    };
  };
  const [weekday, weekend] = DAY_TYPES.map(day);
  return {
    segment,
    source: 'model',
    hours: Array.from({ length: 24 }, (_, h) => h),
    weekday: weekday!,
    weekend: weekend!,
  };
}

/** Whether a road segment with this id exists. */
export async function segmentExists(db: Queryable, segment: number): Promise<boolean> {
  const [row] = await db.query<{ found: boolean }>(TRAFFIC_SQL.segmentExists, [segment]);
  return row?.found === true;
}

const DENOMINATOR_NOTE =
  'The denominator (night vehicle-km) is a MODEL: gravity-model traffic on the model road network, ' +
  'not counted traffic, unless counter_segments > 0.';

async function exposure(db: Queryable) {
  const rows = await db.query<{
    id: number;
    class: RoadClass;
    length_m: number;
    source: 'model' | 'counter' | null;
    night_vehicles: number;
    accidents: number;
  }>(TRAFFIC_SQL.segmentNightExposure);
  const segments: SegmentExposure[] = rows.map((r) => ({
    id: r.id,
    class: r.class,
    lengthM: Number(r.length_m),
    nightVehicles: Number(r.night_vehicles),
    source: r.source,
    accidents: r.accidents,
  }));
  const [counts] = await db.query<{ accidents: number; joined: number }>(TRAFFIC_SQL.accidentCounts);
  const days = periodDays(ACCIDENT_PERIOD.first, ACCIDENT_PERIOD.last);
  return {
    segments,
    days,
    meta: {
      indicator: 'night accidents per million vehicle-km',
      formula: 'accidents / (AADT × night share × length_km × days / 1e6); night = 19:00–05:59',
      denominator: 'model' as const,
      note: DENOMINATOR_NOTE,
      period: { ...ACCIDENT_PERIOD, days },
      accidents: counts?.accidents ?? 0,
      joined: counts?.joined ?? 0,
      join_max_m: ACCIDENT_JOIN_MAX_M,
    },
  };
}

/** The indicator per road class. */
export async function accidentRiskByClass(db: Queryable) {
  const { segments, days, meta } = await exposure(db);
  return {
    by: 'class' as const,
    ...meta,
    classes: riskByClass(segments, days).map((c) => ({
      class: c.class,
      segments: c.segments,
      km: round(c.km, 1),
      counter_segments: c.counterSegments,
      accidents: c.accidents,
      night_mvkm: round(c.nightMvkm, 3),
      rate: c.rate === null ? null : round(c.rate, 3),
    })),
  };
}

/** The indicator per segment, columnar, for segments with accidents or night traffic. */
export async function accidentRiskBySegment(db: Queryable) {
  const { segments, days, meta } = await exposure(db);
  const rows = riskBySegment(segments, days).filter((r) => r.accidents > 0 || r.nightMvkm > 0);
  return {
    by: 'segment' as const,
    ...meta,
    segment_ids: rows.map((r) => r.id),
    accidents: rows.map((r) => r.accidents),
    night_mvkm: rows.map((r) => round(r.nightMvkm, 4)),
    rate: rows.map((r) => (r.rate === null ? null : round(r.rate, 3))),
  };
}
