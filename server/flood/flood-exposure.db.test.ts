import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.ts';
import { openTestDb } from '../db/test-db.ts';
import { DATASETS } from '../ingest/datasets.ts';
import { loadDataset } from '../ingest/load-dataset.ts';
import { floodExposure, ZONE_KINDS, zoneRiverNames } from './flood-exposure.ts';

// Exposure over the REAL bundled flood zones (Povodí Ohře), stops, heritage sites and hospitals, against
// an independent query (one ST_Union per river and kind, ST_Covers), for every zone river and kind.
// Real PostGIS only: reading and inserting the zone shapefiles costs too much of PGlite's test budget.
describe.skipIf(!process.env.DATABASE_URL)('flood exposure over the real zones', () => {
  let db: Db;

  beforeAll(async () => {
    db = await openTestDb();
    for (const id of ['flood-zones', 'stops', 'heritage-sites', 'hospitals']) {
      const spec = DATASETS.find((d) => d.id === id);
      if (!spec) throw new Error(`no dataset ${id}`);
      await loadDataset(db, spec);
    }
  });
  afterAll(() => db?.close());

  it('counts what the independent union query counts, for every river and zone kind', async () => {
    const rivers = [...(await zoneRiverNames(db))].sort();
    expect(rivers.length).toBeGreaterThan(10);
    let exposed = 0;
    for (const river of rivers) {
      for (const zone of ZONE_KINDS) {
        const e = await floodExposure(db, { river, zone, zoneRivers: [river], gauge: null });
        const [independent] = await db.query<{ stops: number; heritage: number; hospitals: number }>(
          `with u as (select ST_Union(geom) as g from flood.zones where river = $1 and kind = $2)
           select (select count(*) from transport.stops s, u where ST_Covers(u.g, s.geom))::int as stops,
                  (select count(*) from heritage.sites h, u where ST_Covers(u.g, h.geom))::int as heritage,
                  (select count(*) from emergency.hospitals x, u where ST_Covers(u.g, x.geom))::int as hospitals`,
          [river, zone],
        );
        expect(
          { stops: e.counts.stops, heritage: e.counts.heritage, hospitals: e.counts.hospitals },
          `${river} ${zone}`,
        ).toEqual(independent);
        exposed += e.counts.stops;
      }
    }
    // Not a vacuous agreement on zeros: the Ploučnice zones hold stops in Česká Lípa and Mimoň.
    expect(exposed).toBeGreaterThan(5);
  });
});
