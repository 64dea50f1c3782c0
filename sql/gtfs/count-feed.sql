-- Rows per table of the loaded feed: checked against what was read before the import commits.
select (select count(*) from transport.gtfs_agency)::int as agencies,
       (select count(*) from transport.gtfs_stops)::int as stops,
       (select count(*) from transport.gtfs_routes)::int as routes,
       (select count(*) from transport.gtfs_trips)::int as trips,
       (select count(*) from transport.gtfs_stop_times)::int as stop_times,
       (select count(*) from transport.gtfs_calendar)::int as calendar,
       (select count(*) from transport.gtfs_calendar_dates)::int as calendar_dates,
       (select count(*) from transport.transit_route_geoms)::int as route_geoms
