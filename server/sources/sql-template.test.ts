import { describe, expect, it } from 'vitest';
import { fillSql, tileSql } from './sql-template.ts';

describe('fillSql', () => {
  it('fills every placeholder', () => {
    expect(
      fillSql('select {{columns}} from {{table}} t where t.{{geometry}} && $1', {
        columns: 't."a b"',
        table: '"s"."t"',
        geometry: '"geom"',
      }),
    ).toBe('select t."a b" from "s"."t" t where t."geom" && $1');
  });

  it('refuses missing and unused fragments', () => {
    expect(() => fillSql('select {{columns}}', {})).toThrow('no fragment for {{columns}}');
    expect(() => fillSql('select 1', { table: 'x' })).toThrow('fragments not in the template: table');
  });

  it('reads the tile templates', () => {
    expect(tileSql('table-tile-mvt')).toContain('ST_AsMVT(');
    expect(tileSql('table-tile-features')).toContain('ST_AsGeoJSON(');
  });
});
