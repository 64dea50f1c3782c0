import { describe, expect, it } from 'vitest';
import type { DatasetSpec } from './dataset-spec.ts';
import { deleteSql, insertParams, insertSql, syncIdentitySql } from './dataset-sql.ts';
import { datasetById } from './datasets.ts';

describe('dataset SQL', () => {
  it('binds one parameter per column plus the geometry, row after row', () => {
    const stops = datasetById('stops');
    const sql = insertSql(stops, 3);
    const placeholders = [...sql.matchAll(/\$(\d+)::/g)].map((m) => Number(m[1]));
    expect(placeholders).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    const params = insertParams(stops, [
      { row: { id: 0, name: 'a,,b', municipality: 'a', okres: null }, geojson: '{}', label: 'x' },
    ]);
    expect(params).toEqual([0, 'a,,b', 'a', null, '{}']);
    expect(sql).toContain('insert into transport.stops (id, name, municipality, okres, geom)');
    expect(sql).not.toContain('ST_Multi'); // points stay points
  });

  it('promotes and repairs polygons, evaluates computed columns, keeps explicit identity ids', () => {
    expect(insertSql(datasetById('municipalities'), 1)).toMatch(
      /ST_Multi\(case when valid then raw else ST_CollectionExtract\(ST_MakeValid\(raw\), 3\) end\)/,
    );
    expect(insertSql(datasetById('municipalities'), 1)).toContain(
      'population / (ST_Area(geom::geography) / 1e6)',
    );
    expect(insertSql(datasetById('flood-zones'), 1)).toContain('overriding system value');
    expect(syncIdentitySql(datasetById('flood-zones'))).toContain(
      "pg_get_serial_sequence('flood.zones', 'id')",
    );
  });

  it('refuses identifiers that are not plain names', () => {
    const hostile = { ...datasetById('orp'), table: 'admin.orp where true' } as DatasetSpec;
    expect(() => deleteSql(hostile)).toThrow(/not a plain SQL identifier/);
    const quoted = { ...datasetById('orp'), columns: [{ name: 'na"me', type: 'text' }] } as DatasetSpec;
    expect(() => insertSql(quoted, 1)).toThrow(/not a plain SQL identifier/);
  });
});
