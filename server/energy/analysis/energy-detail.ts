// Building detail, meter series and alerts for the HTTP API.
import type { EnergyPrices } from '../../config.ts';
import type { Queryable } from '../../db/db.ts';
import { toColumnar, type ColumnarSeries, type MeterKind } from './columnar-series.ts';
import { buildingStats } from './energy-queries.ts';
import { ENERGY_SQL } from './energy-sql.ts';

export const ALERT_KINDS = [
  'leak',
  'holiday_heating',
  'pv_outage',
  'meter_gap',
  'step_change',
  'night_baseload',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export interface AlertRow {
  id: number;
  building_id: number;
  building_name: string;
  meter_id: number;
  meter_code: string;
  meter_kind: MeterKind;
  kind: AlertKind;
  severity: 'info' | 'warning' | 'critical';
  starts_at: string;
  ends_at: string | null;
  detected_at: string;
  details: Record<string, unknown>;
}

const iso = (v: unknown) =>
  v instanceof Date ? v.toISOString() : v === null ? null : new Date(String(v)).toISOString();

/** Alerts filtered by building, kind and status ('open': not ended), newest first. */
export async function listAlerts(
  db: Queryable,
  f: { building?: number | undefined; kind?: AlertKind | undefined; status: 'open' | 'closed' | 'all' },
): Promise<AlertRow[]> {
  const rows = await db.query<AlertRow>(ENERGY_SQL.listAlerts, [
    f.building ?? null,
    f.kind ?? null,
    f.status,
  ]);
  return rows.map((r) => ({
    ...r,
    starts_at: iso(r.starts_at)!,
    ends_at: iso(r.ends_at),
    detected_at: iso(r.detected_at)!,
  }));
}

/** Whether a building with this id exists. */
export async function buildingExists(db: Queryable, id: number): Promise<boolean> {
  const [row] = await db.query<{ found: boolean }>(ENERGY_SQL.buildingExists, [id]);
  return row?.found === true;
}

/** A building with its benchmark, statistics of `year`, meters with completeness and open alerts; null if unknown. */
export async function buildingDetail(db: Queryable, id: number, year: number, prices: EnergyPrices) {
  const [b] = await db.query<Record<string, unknown>>(ENERGY_SQL.building, [id]);
  if (!b) return null;
  const [stats, meters, alerts] = await Promise.all([
    buildingStats(db, id, year, prices),
    db.query<Record<string, unknown>>(ENERGY_SQL.buildingMeters, [year, id]),
    listAlerts(db, { building: id, status: 'open' }),
  ]);
  return {
    modelled: b.modelled === true,
    year,
    building: {
      id: Number(b.id),
      code: b.code,
      name: b.name,
      type: b.type,
      municipality: b.municipality,
      okres: b.okres,
      address: b.address,
      floor_area_m2: Number(b.floor_area_m2),
      built_year: b.built_year,
      occupants: b.occupants,
      location_approximate: b.location_approximate,
      source: b.source,
      lon: Number(b.lon),
      lat: Number(b.lat),
    },
    benchmark:
      b.heat_kwh_m2 === null
        ? null
        : {
            heat_kwh_m2: Number(b.heat_kwh_m2),
            electricity_kwh_m2: Number(b.electricity_kwh_m2),
            water_m3_m2: b.water_m3_m2 === null ? null : Number(b.water_m3_m2),
            water_m3_person: b.water_m3_person === null ? null : Number(b.water_m3_person),
            indicative: b.indicative,
            source: b.benchmark_source,
            note: b.benchmark_note,
          },
    stats,
    meters: meters.map((m) => {
      const intervals = Number(m.intervals);
      const expected = Number(m.expected);
      return {
        id: Number(m.id),
        code: m.code,
        kind: m.kind,
        unit: m.unit,
        interval_minutes: Number(m.interval_minutes),
        cumulative: m.cumulative,
        capacity_kwp: m.capacity_kwp === null ? null : Number(m.capacity_kwp),
        measured: Number(m.measured),
        intervals,
        expected,
        completeness: expected > 0 ? intervals / expected : null,
      };
    }),
    alerts,
  };
}

export type SeriesResolution = 'month' | 'day' | 'hour';

const SERIES_SQL: Record<SeriesResolution, string> = {
  month: ENERGY_SQL.seriesMonth,
  day: ENERGY_SQL.seriesDay,
  hour: ENERGY_SQL.seriesHour,
};

/** Units of the series: gas is converted to kWh so heat and gas add up. */
export const SERIES_UNITS: Record<MeterKind, 'kWh' | 'm3'> = {
  electricity: 'kWh',
  gas: 'kWh',
  heat: 'kWh',
  water: 'm3',
  pv: 'kWh',
};

/** Amounts per meter kind of one building over local dates [from, to), columnar. */
export async function buildingSeries(
  db: Queryable,
  id: number,
  resolution: SeriesResolution,
  from: string,
  to: string,
  gasKwhPerM3: number,
): Promise<ColumnarSeries & { units: Partial<Record<MeterKind, 'kWh' | 'm3'>> }> {
  const rows = await db.query<{ t: string; kind: string; amount: number | null }>(SERIES_SQL[resolution], [
    id,
    from,
    to,
    gasKwhPerM3,
  ]);
  const columnar = toColumnar(rows);
  const units = Object.fromEntries(
    Object.keys(columnar.series).map((k) => [k, SERIES_UNITS[k as MeterKind]]),
  );
  return { ...columnar, units };
}
