-- Records a (re)load of one dataset: version 1 the first time, then +1. Tile caches key on it.
-- $1 dataset id, $2 row count.
insert into ops.data_versions (dataset, version, loaded_at, row_count)
values ($1, 1, now(), $2)
on conflict (dataset) do update
  set version = ops.data_versions.version + 1,
      loaded_at = excluded.loaded_at,
      row_count = excluded.row_count
returning version
