import pino from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { createApiToken, revokeApiToken, seedEnvToken } from '../auth/api-tokens.ts';
import { hashToken } from '../auth/token-hash.ts';
import { loadConfig } from '../config.ts';
import type { Db } from '../db/db.ts';
import { openTestDb } from '../db/test-db.ts';
import { FIXTURE, insertIngestFixtures } from '../readings-ingest/fixtures/insert-fixtures.ts';

const EL = FIXTURE.electricity.code;
const HEAT = FIXTURE.heat.code;
const [G1] = FIXTURE.gauges;

describe('POST /api/ingest/readings and /api/ingest/gauge-readings', () => {
  let db: Db;
  let http: ReturnType<typeof request>;
  let writer: string;
  let gaugeWriter: string;

  beforeAll(async () => {
    db = await openTestDb();
    await insertIngestFixtures(db);
    writer = (await createApiToken(db, 'meters', ['readings:write'])).token;
    gaugeWriter = (await createApiToken(db, 'gauges', ['gauges:write'])).token;
    const config = loadConfig({ INGEST_MAX_BODY_MB: '0.5' });
    http = request(buildApp({ config, db, logger: pino({ level: 'silent' }) }).callback());
  });
  afterAll(() => db?.close());

  const post = (path: string, token: string | null) => {
    const r = http.post(path);
    return token === null ? r : r.set('Authorization', `Bearer ${token}`);
  };
  const count = async (table: string) =>
    (await db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;
  const hour = (h: number) => `2025-02-01T${String(h).padStart(2, '0')}:00:00Z`;

  it('stores only the hash of a token', async () => {
    const rows = await db.query<{ token_sha256: string }>(
      `select token_sha256 from ops.api_tokens where name = 'meters'`,
    );
    expect(rows[0]!.token_sha256).toBe(hashToken(writer));
    expect(JSON.stringify(await db.query('select * from ops.api_tokens'))).not.toContain(writer);
  });

  it('answers 401 with a Bearer challenge for a missing, malformed, unknown or revoked token, 403 for a wrong scope', async () => {
    const body = { readings: [{ meter: EL, ts: hour(0), value: 1 }] };
    const missing = await post('/api/ingest/readings', null).send(body).expect(401);
    expect(missing.headers['www-authenticate']).toMatch(/^Bearer realm="regiomap"/);
    expect(missing.body.error).toMatchObject({ code: 'unauthorized', field: 'authorization' });
    const malformed = await http
      .post('/api/ingest/readings')
      .set('Authorization', `Basic ${writer}`)
      .send(body);
    expect(malformed.status).toBe(401);
    const unknown = await post('/api/ingest/readings', `${writer}x`).send(body).expect(401);
    expect(unknown.headers['www-authenticate']).toContain('error="invalid_token"');
    const revoked = await createApiToken(db, 'soon revoked', ['readings:write']);
    await post('/api/ingest/readings', revoked.token).send(body).expect(200);
    expect(await revokeApiToken(db, 'soon revoked')).toBe(true);
    await post('/api/ingest/readings', revoked.token).send(body).expect(401);
    const scope = await post('/api/ingest/readings', gaugeWriter).send(body).expect(403);
    expect(scope.headers['www-authenticate']).toContain('error="insufficient_scope"');
    // The deployer's INGEST_TOKEN, seeded at start, has both scopes.
    const envToken = 'e'.repeat(40);
    await seedEnvToken(db, envToken, ['readings:write', 'gauges:write']);
    await post('/api/ingest/gauge-readings', envToken)
      .send([{ gauge: G1, ts: hour(0), level_cm: 5 }])
      .expect(200);
  });

  it('is idempotent: a re-posted JSON batch writes nothing new', async () => {
    const body = {
      readings: [0, 1, 2, 3].map((i) => ({ meter: EL, ts: hour(1 + i), value: i + 0.25, unit: 'kWh' })),
    };
    const first = await post('/api/ingest/readings', writer).send(body).expect(200);
    expect(first.body).toEqual({
      mode: 'partial',
      received: 4,
      written: 4,
      unchanged: 0,
      rejected: 0,
      errors: [],
    });
    const again = await post('/api/ingest/readings', writer).send(body).expect(200);
    expect(again.body).toMatchObject({ written: 0, unchanged: 4 });
    const log = await db.query<{ endpoint: string; rows_written: number; rows_unchanged: number }>(
      'select endpoint, rows_written, rows_unchanged from ops.ingest_log order by id desc limit 2',
    );
    expect(log).toEqual([
      { endpoint: '/api/ingest/readings', rows_written: 0, rows_unchanged: 4 },
      { endpoint: '/api/ingest/readings', rows_written: 4, rows_unchanged: 0 },
    ]);
  });

  it('takes CSV and points per-row errors at CSV lines; good rows are kept', async () => {
    const csv = [
      'meter,ts,counter',
      `${HEAT},${hour(0)},1000`,
      `${HEAT},${hour(1)},1012.5`,
      `${HEAT},${hour(2)},990`,
      `NOPE,${hour(3)},1`,
      `${HEAT},${hour(4)},1030`,
    ].join('\n');
    const res = await post('/api/ingest/readings', writer)
      .set('Content-Type', 'text/csv')
      .send(csv)
      .expect(200);
    expect(res.body).toMatchObject({ received: 5, written: 3, rejected: 2 });
    expect(res.body.errors).toEqual([
      { row: 3, line: 4, field: 'counter', message: expect.stringContaining('lower than the previous') },
      { row: 4, line: 5, field: 'meter', message: 'unknown meter "NOPE"' },
    ]);
    const values = await db.query<{ value: number | null }>(
      'select value from energy.readings where meter_id = $1 order by ts',
      [FIXTURE.heat.id],
    );
    expect(values.map((v) => v.value)).toEqual([null, 12.5, 17.5]);
    const again = await post('/api/ingest/readings', writer)
      .set('Content-Type', 'text/csv')
      .send(csv)
      .expect(200);
    expect(again.body).toMatchObject({ written: 0, unchanged: 3, rejected: 2 });
    const badHeader = await post('/api/ingest/readings', writer)
      .set('Content-Type', 'text/csv')
      .send('meter,when,value\n');
    expect(badHeader.status).toBe(400);
    expect(badHeader.body.error).toMatchObject({ field: 'header' });
  });

  it('writes nothing in strict mode when a row is bad, and says 422', async () => {
    const before = await count('flood.readings');
    const res = await post('/api/ingest/gauge-readings?mode=strict', gaugeWriter)
      .send([
        { gauge: G1, ts: hour(5), level_cm: 10 },
        { gauge: G1, ts: hour(6), level_cm: -1 },
      ])
      .expect(422);
    expect(res.body).toMatchObject({ mode: 'strict', written: 0, rejected: 1 });
    expect(res.body.errors).toEqual([
      { row: 2, field: 'level_cm', message: 'level_cm must not be negative' },
    ]);
    expect(await count('flood.readings')).toBe(before);
    await post('/api/ingest/gauge-readings?mode=lenient', gaugeWriter).send([]).expect(400);
  });

  it('refuses an oversize body (413 before parsing), too many rows (413) and other content types (415)', async () => {
    const big = '{"readings": [' + ' '.repeat(600 * 1024) + ']}';
    const over = await post('/api/ingest/readings', writer).set('Content-Type', 'application/json').send(big);
    expect(over.status).toBe(413);
    expect(over.body.error).toMatchObject({ code: 'payload_too_large' });
    const rows = Array.from({ length: 10_001 }, () => ({}));
    const many = await post('/api/ingest/readings', writer).send(rows).expect(413);
    expect(many.body.error).toMatchObject({ code: 'too_many_rows', field: 'readings' });
    const csv = ['meter,ts,value', ...Array.from({ length: 10_001 }, () => 'a,b,1')].join('\n');
    await post('/api/ingest/readings', writer).set('Content-Type', 'text/csv').send(csv).expect(413);
    const xml = await post('/api/ingest/readings', writer)
      .set('Content-Type', 'application/xml')
      .send('<r/>')
      .expect(415);
    expect(xml.body.error).toMatchObject({ code: 'unsupported_media_type' });
    await post('/api/ingest/readings', writer)
      .set('Content-Type', 'application/json')
      .send('{"readings": [')
      .expect(400);
  });

  it('answers 500 without SQL and writes nothing when the database fails mid-batch', async () => {
    await db.query(
      `create function flood.test_refuse() returns trigger language plpgsql as $$
       begin if new.level_cm > 9000 then raise exception 'gauge over range'; end if; return new; end $$`,
    );
    await db.query(`select ops.ensure_month_partitions('flood.readings', '2025-03-01Z', '2025-03-02Z')`);
    await db.query(
      'create trigger test_refuse before insert on flood.readings_2025_03 for each row execute function flood.test_refuse()',
    );
    const before = await count('flood.readings');
    const rows = Array.from({ length: 100 }, (_, i) => ({
      gauge: G1,
      ts: new Date(Date.parse('2025-03-01T00:00:00Z') + i * 600_000).toISOString(),
      level_cm: i === 99 ? 9001 : 100,
    }));
    const res = await post('/api/ingest/gauge-readings', gaugeWriter).send({ readings: rows }).expect(500);
    expect(res.body).toEqual({ error: { code: 'internal', message: 'internal server error' } });
    expect(await count('flood.readings')).toBe(before);
  });
});
