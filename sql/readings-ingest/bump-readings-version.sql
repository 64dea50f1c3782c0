-- Marks a readings dataset as changed (tile and API caches key on the version). row_count grows by
-- the rows inserted (corrections do not add rows): counting a readings table per batch would cost
-- more than the batch. $1 dataset ('energy-readings' | 'flood-readings'), $2 rows inserted.
insert into ops.data_versions (dataset, version, loaded_at, row_count)
values ($1, 1, now(), $2)
on conflict (dataset) do update
  set version = ops.data_versions.version + 1,
      loaded_at = excluded.loaded_at,
      row_count = ops.data_versions.row_count + $2
