-- How many model runs are stored, and whether a GTFS feed is loaded to model from.
select (select count(*) from transport.transit_occupancy_runs)::int as runs,
       (select count(*) from transport.gtfs_trips)::int as trips
