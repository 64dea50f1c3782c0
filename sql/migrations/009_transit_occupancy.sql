-- MODELLED transit occupancy (passenger counts are not public): server/transit/ computes boardings,
-- alightings and segment loads for one service day from stop catchment population and the real
-- timetable, and stores them here with source = 'model'. One model run per service day; a run of
-- an older GTFS import is dropped when the model runs again.

-- The stop-to-stop segments of every route and direction in the loaded feed, as straight lines, for
-- the map: a tile source serves them and the API's values join on `id`. Rebuilt by each model run;
-- ids are numbered in (route_id, direction_id, from_stop, to_stop) order, so the same feed gives
-- the same ids.
create table if not exists transport.transit_segments (
  id integer primary key,
  route_id text not null,
  direction_id smallint,
  from_stop text not null,
  to_stop text not null,
  route_short_name text,
  route_type integer not null,
  geom geometry(LineString, 4326) not null,
  unique nulls not distinct (route_id, direction_id, from_stop, to_stop)
);
create index if not exists transit_segments_geom_idx on transport.transit_segments using gist (geom);

-- One row per model run (service day): the parameters it used and its totals.
create table if not exists transport.transit_occupancy_runs (
  service_date date primary key,
  source text not null default 'model' check (source = 'model'),
  gtfs_version integer not null,       -- ops.data_versions 'gtfs' the run was computed from
  params jsonb not null,
  totals jsonb not null,
  modelled_at timestamptz not null default now()
);

-- MODEL: per segment and hour of the service day (hour of departure from from_stop, modulo 24).
create table if not exists transport.transit_occupancy (
  service_date date not null,
  segment_id integer not null,         -- transport.transit_segments.id
  hour smallint not null check (hour between 0 and 23),
  trips integer not null,              -- scheduled trips over the segment in the hour (real timetable)
  capacity integer not null,           -- their nominal places together
  passengers real not null,            -- MODEL: passengers carried over the segment, all those trips together
  load_factor real not null,           -- passengers / capacity
  max_load_factor real not null,       -- the fullest single trip of the hour
  source text not null default 'model' check (source = 'model'),
  primary key (service_date, hour, segment_id)
);

-- MODEL: per stop (platform) and hour of the service day.
create table if not exists transport.transit_stop_activity (
  service_date date not null,
  stop_id text not null,
  hour smallint not null check (hour between 0 and 23),
  boardings real not null,
  alightings real not null,
  source text not null default 'model' check (source = 'model'),
  primary key (service_date, hour, stop_id)
);

comment on table transport.transit_occupancy is
  'MODEL of transit loads (not counted passengers): catchment population x trip rate x hourly profile';
comment on table transport.transit_stop_activity is
  'MODEL of boardings and alightings per stop (not counted passengers)';
