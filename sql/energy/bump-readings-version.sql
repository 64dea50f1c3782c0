-- Moves the 'energy-readings' data version on after the aggregates and snapshot changed, so that the
-- buildings and PV tiles cached under the old version are not served again (row_count is left to
-- the loader/ingest that owns it).
insert into ops.data_versions (dataset, version, loaded_at, row_count)
values ('energy-readings', 1, now(), 0)
on conflict (dataset) do update
  set version = ops.data_versions.version + 1, loaded_at = excluded.loaded_at
