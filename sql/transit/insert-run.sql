-- Records a model run. $1 service day, $2 gtfs version, $3 parameters (json), $4 totals (json).
insert into transport.transit_occupancy_runs (service_date, source, gtfs_version, params, totals)
values ($1::date, 'model', $2::int, $3::jsonb, $4::jsonb)
