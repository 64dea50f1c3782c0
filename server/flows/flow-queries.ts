// What the flows API reads: one source's flows above a minimum as columns, and one municipality's summary.
import type { Queryable } from '../db/db.ts';
import type { Purpose } from './flow-model.ts';
import { FLOWS_SQL } from './flows-sql.ts';
import type { FlowSource } from './write-flows.ts';

/** Most rows one /api/flows answer carries (largest first): enough for the map, small enough to send. */
export const MAX_FLOWS = 5000;

export type SourceChoice = FlowSource | 'auto';

/** 'auto' is the census when it holds flows for the purpose, otherwise the model. */
export async function resolveSource(
  db: Queryable,
  choice: SourceChoice,
  purpose: Purpose,
): Promise<FlowSource> {
  if (choice !== 'auto') return choice;
  const [row] = await db.query<{ present: boolean }>(FLOWS_SQL['source-has-rows'], ['csu2021', purpose]);
  return row?.present ? 'csu2021' : 'model';
}

export interface FlowColumns {
  source: FlowSource;
  purpose: Purpose;
  /** True when the flows are the gravity model's estimate, not census data. */
  modelled: boolean;
  min: number;
  /** True when more flows met the minimum than MAX_FLOWS. */
  truncated: boolean;
  origins: string[];
  destinations: string[];
  commuters: number[];
  /** code → [lon, lat, name]; lon/lat null for an outside place of unknown position. */
  places: Record<string, [number | null, number | null, string]>;
}

export async function readFlows(
  db: Queryable,
  choice: SourceChoice,
  purpose: Purpose,
  min: number,
  cap = MAX_FLOWS,
): Promise<FlowColumns> {
  const source = await resolveSource(db, choice, purpose);
  const rows = await db.query<{ origin: string; destination: string; commuters: number }>(
    FLOWS_SQL['select-flows'],
    [source, purpose, min, cap + 1],
  );
  const kept = rows.slice(0, cap);
  const codes = [...new Set(kept.flatMap((r) => [r.origin, r.destination]))];
  const placeRows = await db.query<{ code: string; lon: number | null; lat: number | null; name: string }>(
    FLOWS_SQL['select-places'],
    [codes],
  );
  const round6 = (v: number | null) => (v === null ? null : Math.round(Number(v) * 1e6) / 1e6);
  return {
    source,
    purpose,
    modelled: source === 'model',
    min,
    truncated: rows.length > cap,
    origins: kept.map((r) => r.origin),
    destinations: kept.map((r) => r.destination),
    commuters: kept.map((r) => Number(r.commuters)),
    places: Object.fromEntries(placeRows.map((p) => [p.code, [round6(p.lon), round6(p.lat), p.name]])),
  };
}

export interface Neighbour {
  code: string;
  name: string | null;
  commuters: number;
}

export interface FlowSummary {
  municipality: { code: string; name: string; population: number };
  source: FlowSource;
  purpose: Purpose;
  modelled: boolean;
  /** Commuters arriving from other municipalities, leaving for them, and staying (null: unknown). */
  inbound: number;
  outbound: number;
  internal: number | null;
  topDestinations: Neighbour[];
  topOrigins: Neighbour[];
}

/** The summary of a region municipality, or null when the code names none. */
export async function readFlowSummary(
  db: Queryable,
  code: string,
  choice: SourceChoice,
  purpose: Purpose,
  top = 10,
): Promise<FlowSummary | null> {
  const [m] = await db.query<{ code: string; name: string; population: number }>(
    FLOWS_SQL['select-municipality'],
    [code],
  );
  if (!m) return null;
  const source = await resolveSource(db, choice, purpose);
  const params = [code, source, purpose];
  const [totals] = await db.query<{ inbound: number; outbound: number; internal: number | null }>(
    FLOWS_SQL['flow-summary'],
    params,
  );
  const neighbours = async (sql: string) =>
    (await db.query<Neighbour>(sql, [...params, top])).map((r) => ({ ...r, commuters: Number(r.commuters) }));
  return {
    municipality: { code: m.code, name: m.name, population: Number(m.population) },
    source,
    purpose,
    modelled: source === 'model',
    inbound: Number(totals?.inbound ?? 0),
    outbound: Number(totals?.outbound ?? 0),
    internal: totals?.internal === null || totals?.internal === undefined ? null : Number(totals.internal),
    topDestinations: await neighbours(FLOWS_SQL['top-destinations']),
    topOrigins: await neighbours(FLOWS_SQL['top-origins']),
  };
}
