import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.ts';
import { openTestDb } from '../db/test-db.ts';
import { loadAll } from '../ingest/load-all.ts';
import { CommutingFileError } from './commuting-error.ts';
import { importCommuting } from './import-commuting.ts';
import { COMMUTING_HEADER, goodCommutingCsv } from './fixtures/commuting-csv-fixture.ts';

describe('ČSÚ commuting importer', () => {
  let db: Db;
  const dir = mkdtempSync(path.join(tmpdir(), 'regiomap-commuting-'));
  const write = (name: string, content: string | Uint8Array) => {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    return file;
  };
  const counts = async () =>
    (
      await db.query<{ flows: number; internal: number; places: number }>(
        `select (select count(*) from transport.od_flows where source = 'csu2021')::int as flows,
                (select count(*) from transport.od_internal where source = 'csu2021')::int as internal,
                (select count(*) from transport.od_places)::int as places`,
      )
    )[0];

  beforeAll(async () => {
    db = await openTestDb();
    for (const t of ['od_flows', 'od_internal', 'od_places']) await db.query(`delete from transport.${t}`);
    await loadAll(db);
  });
  afterAll(() => db?.close());

  it('loads a good file: region flows, the outside end named, the within-municipality row as a total', async () => {
    const result = await importCommuting(db, write('dojizdka_obce.csv', goodCommutingCsv()));
    expect(result).toMatchObject({
      encoding: 'utf-8',
      delimiter: ';',
      rows: 6,
      // 3 region pairs × 3 purposes, Liberec → Praha without school (empty), within Liberec → internal.
      flows: 11,
      internal: 3,
      outsidePlaces: 1,
      outsideRegion: 1,
    });
    expect(await counts()).toEqual({ flows: 11, internal: 3, places: 1 });
    const rows = await db.query<{ origin_code: string; destination_code: string; commuters: number }>(
      `select origin_code, destination_code, commuters from transport.od_flows
       where source = 'csu2021' and purpose = 'work' order by commuters desc`,
    );
    expect(rows[0]).toEqual({ origin_code: '563510', destination_code: '563889', commuters: 3412 });
    expect(await db.query(`select code, name, geom from transport.od_places`)).toEqual([
      { code: '554782', name: 'Praha', geom: null },
    ]);
  });

  it('loads nothing from a file with a bad number on line 5, naming line and field', async () => {
    const lines = goodCommutingCsv().split('\n');
    lines[4] = '563871;Železný Brod;563889;Liberec;12x;3;15;';
    const before = await counts();
    const err = await importCommuting(db, write('bad-number.csv', lines.join('\n'))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CommutingFileError);
    expect((err as CommutingFileError).issues).toEqual([
      { file: 'bad-number.csv', line: 5, field: 'dojizdka_prace', message: '"12x" is not a number' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('loads nothing from a file without a required column', async () => {
    const before = await counts();
    const header = COMMUTING_HEADER.replace(';dojizdka_celkova', '');
    const file = write('no-total.csv', `${header}\n563510;Jablonec nad Nisou;563889;Liberec;1;2;\n`);
    await expect(importCommuting(db, file)).rejects.toThrow(
      'commuting table rejected, 1 error: no-total.csv:1 dojizdka_celkova: required column dojizdka_celkova is missing',
    );
    expect(await counts()).toEqual(before);
  });

  it('refuses a file none of whose rows touch the region', async () => {
    const file = write('outside.csv', `${COMMUTING_HEADER}\n554782;Praha;582786;Brno;10;2;12;\n`);
    await expect(importCommuting(db, file)).rejects.toThrow(
      /none of the 1 rows names a municipality of the region/,
    );
  });
});
