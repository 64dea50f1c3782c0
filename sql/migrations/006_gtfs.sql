-- Scheduled public transport from a GTFS feed (server/gtfs/ imports it; one feed at a time, replaced
-- as a whole in one transaction). Columns follow the GTFS reference (https://gtfs.org/schedule/reference/)
-- with the file prefix dropped (stop_name -> name). Times are seconds after midnight of the service
-- day and may exceed 86,400 (GTFS "25:10:00" = 90,600).
-- No foreign keys: the importer checks every reference before it writes anything, is the only writer,
-- and replaces all tables together; the indexes below serve the joins instead.

create table if not exists transport.gtfs_feeds (
  id serial primary key,
  name text not null,                  -- file or folder the feed came from
  publisher text,                      -- feed_info.feed_publisher_name
  version text,                        -- feed_info.feed_version
  start_date date,                     -- feed_info.feed_start_date
  end_date date,                       -- feed_info.feed_end_date
  counts jsonb not null,               -- rows loaded per table
  imported_at timestamptz not null default now()
);

create table if not exists transport.gtfs_agency (
  agency_id text primary key,          -- '' when a single-agency feed leaves it out
  name text not null,
  url text not null,
  timezone text not null,
  lang text,
  phone text,
  email text
);

create table if not exists transport.gtfs_stops (
  stop_id text primary key,
  code text,
  name text,                           -- required for stops, stations and entrances
  description text,
  geom geometry(Point, 4326),          -- null only for generic nodes and boarding areas
  zone_id text,
  location_type smallint not null default 0 check (location_type between 0 and 4),
  parent_station text,
  wheelchair_boarding smallint,
  platform_code text
);
create index if not exists gtfs_stops_geom_idx on transport.gtfs_stops using gist (geom);
create index if not exists gtfs_stops_parent_idx on transport.gtfs_stops (parent_station);

create table if not exists transport.gtfs_routes (
  route_id text primary key,
  agency_id text not null,
  short_name text,
  long_name text,
  description text,
  route_type integer not null,         -- 0 tram, 3 bus, … (and the extended types 100–1799)
  color text,                          -- 6 hex digits without '#'
  text_color text,
  sort_order integer
);

create table if not exists transport.gtfs_trips (
  trip_id text primary key,
  route_id text not null,
  service_id text not null,
  direction_id smallint,
  headsign text,
  short_name text,
  block_id text,
  shape_id text,                       -- kept even when the feed has no shapes.txt
  wheelchair_accessible smallint,
  bikes_allowed smallint,
  -- Derived by the importer from stop_times, so that per-hour counts need no scan of stop_times:
  start_s integer,                     -- first departure (seconds after midnight of the service day)
  end_s integer,                       -- last arrival
  stop_count integer not null
);
create index if not exists gtfs_trips_route_idx on transport.gtfs_trips (route_id);
create index if not exists gtfs_trips_service_idx on transport.gtfs_trips (service_id);

create table if not exists transport.gtfs_stop_times (
  trip_id text not null,
  stop_sequence integer not null,
  stop_id text not null,
  arrival_s integer,                   -- null between timepoints when the feed leaves times out
  departure_s integer,
  stop_headsign text,
  pickup_type smallint,
  drop_off_type smallint,
  shape_dist_traveled double precision,
  timepoint smallint,
  primary key (trip_id, stop_sequence)
);
create index if not exists gtfs_stop_times_stop_idx on transport.gtfs_stop_times (stop_id, departure_s);

create table if not exists transport.gtfs_calendar (
  service_id text primary key,
  monday boolean not null,
  tuesday boolean not null,
  wednesday boolean not null,
  thursday boolean not null,
  friday boolean not null,
  saturday boolean not null,
  sunday boolean not null,
  start_date date not null,
  end_date date not null
);

create table if not exists transport.gtfs_calendar_dates (
  service_id text not null,
  date date not null,
  exception_type smallint not null check (exception_type in (1, 2)), -- 1 added, 2 removed
  primary key (service_id, date)
);
create index if not exists gtfs_calendar_dates_date_idx on transport.gtfs_calendar_dates (date);

-- One line geometry per route for the map: the tram line shapes where one matches the route's line
-- number, otherwise straight stop-to-stop lines along the most common stop pattern of each direction.
create table if not exists transport.transit_route_geoms (
  route_id text primary key,
  source text not null check (source in ('tram_shapes', 'stop_sequence')),
  geom geometry(MultiLineString, 4326) not null
);
create index if not exists transit_route_geoms_geom_idx on transport.transit_route_geoms using gist (geom);

-- The services that run on one calendar day: calendar.txt weekdays within the date range, minus the
-- calendar_dates removals, plus the additions.
create or replace function transport.gtfs_service_ids(day date) returns setof text
language sql stable as $$
  select c.service_id
  from transport.gtfs_calendar c
  where day between c.start_date and c.end_date
    and (array[c.monday, c.tuesday, c.wednesday, c.thursday, c.friday, c.saturday, c.sunday])[extract(isodow from day)::int]
    and not exists (
      select 1 from transport.gtfs_calendar_dates d
      where d.service_id = c.service_id and d.date = day and d.exception_type = 2)
  union
  select d.service_id from transport.gtfs_calendar_dates d where d.date = day and d.exception_type = 1
$$;
