// Runs the transit occupancy MODEL (passenger counts are modelled, not counted) for one service day
// of the loaded GTFS feed and stores it: PostGIS when DATABASE_URL is set, otherwise the embedded
// PGlite in REGIOMAP_DATA_DIR. Migrates first.
//   npx tsx scripts/model-occupancy.ts [--date YYYY-MM-DD]
// Default day: the feed's first Wednesday. Prints the totals and the busiest segments at 07:00.
// Errors: exit 1 with one line on stderr.
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.ts';
import type { Db } from '../server/db/db.ts';
import { runOccupancyModel } from '../server/transit/model-occupancy.ts';
import { TRANSIT_SQL } from '../server/transit/transit-sql.ts';
import { openConfiguredDb } from './open-configured-db.ts';

const USAGE = 'usage: model-occupancy [--date YYYY-MM-DD]';

interface Busiest {
  route_short_name: string;
  direction_id: number | null;
  from_name: string;
  to_name: string;
  trips: number;
  capacity: number;
  passengers: number;
  load_factor: number;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { date: { type: 'string' } },
  });
  if (positionals.length > 0 || (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)))
    throw new Error(USAGE);
  const config = loadConfig();
  let db: Db | undefined;
  try {
    db = await openConfiguredDb(config);
    const r = await runOccupancyModel(db, { day: values.date });
    const t = r.totals;
    const n = (v: number) => Math.round(v).toLocaleString('en');
    console.log(
      `model-occupancy: MODEL for ${r.day}: ${t.trips} trips, ${r.segments} segments, ${r.occupancyRows} segment-hours, ` +
        `${r.stopRows} stop-hours; transit-occupancy v${r.version}; ${r.ms} ms`,
    );
    console.log(
      `model-occupancy: residents in catchments ${n(t.residentsInCatchments)} (unreached ${n(t.residentsUnreached)}), ` +
        `demand ${n(t.demand)}, boardings ${n(t.boardings)}, unserved ${n(t.unservedDemand)}; ` +
        `max trip load factor ${t.maxLoadFactor.toFixed(2)}, ${t.overloadedTripSegments} trip segments over capacity`,
    );
    const busiest = await db.query<Busiest>(TRANSIT_SQL.busiestSegments, [r.day, 7, 10]);
    console.log('model-occupancy: busiest segments 07:00–07:59 (MODEL):');
    for (const b of busiest)
      console.log(
        `  line ${b.route_short_name} dir ${b.direction_id ?? '-'} ${b.from_name} → ${b.to_name}: ` +
          `${Math.round(b.passengers)} passengers in ${b.trips} trips (${b.capacity} places, load ${b.load_factor.toFixed(2)})`,
      );
  } finally {
    await db?.close();
  }
}

main().catch((err: unknown) => {
  console.error(`model-occupancy: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
