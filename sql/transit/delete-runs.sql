-- Drops the model run of one service day, and every run computed from another GTFS import (their
-- segment ids no longer hold), with their rows. $1 service day (date), $2 current gtfs version.
with gone as (
  delete from transport.transit_occupancy_runs
  where service_date = $1::date or gtfs_version <> $2::int
  returning service_date
),
occupancy as (
  delete from transport.transit_occupancy where service_date in (select service_date from gone)
     or service_date = $1::date
),
activity as (
  delete from transport.transit_stop_activity where service_date in (select service_date from gone)
     or service_date = $1::date
)
select count(*)::int as runs from gone
