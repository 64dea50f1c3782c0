-- The data version of the GTFS tables; no row when no feed was ever imported.
select version from ops.data_versions where dataset = 'gtfs'
