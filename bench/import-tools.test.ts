import { describe, expect, it } from 'vitest';
import { commandLine, gdalPg, median, pgTarget } from './import-tools.ts';

describe('import bench tools', () => {
  it('takes a database URL apart without putting the password on a command line', () => {
    const t = pgTarget('postgres://bench:s%40cret@db.example:6543/regiomap_bench_import');
    expect(gdalPg(t)).toBe('PG:host=db.example port=6543 dbname=regiomap_bench_import user=bench');
    expect(t.env.PGPASSWORD).toBe('s@cret');
  });

  it('quotes only the arguments that need it', () => {
    expect(commandLine('ogr2ogr', ['-f', 'PostgreSQL', 'PG:a=1 b=2', "x IN ('a')"])).toBe(
      `ogr2ogr -f PostgreSQL 'PG:a=1 b=2' "x IN ('a')"`,
    );
  });

  it('takes medians of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});
