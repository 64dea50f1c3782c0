-- Empties the tables of the current feed before a new one is loaded, inside the import's transaction
-- (rolled back with it). TRUNCATE holds readers of these tables until the import commits (seconds).
-- gtfs_feeds is kept: it is the history of imports.
truncate transport.gtfs_agency, transport.gtfs_stops, transport.gtfs_routes, transport.gtfs_trips,
  transport.gtfs_stop_times, transport.gtfs_calendar, transport.gtfs_calendar_dates,
  transport.transit_route_geoms
