-- The stored model run of one service day (none when not modelled). $1 service day (date)
select to_char(service_date, 'YYYY-MM-DD') as service_date, source, gtfs_version, params, totals
from transport.transit_occupancy_runs
where service_date = $1::date
