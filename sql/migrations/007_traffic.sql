-- Traffic intensity and night accidents.
-- transport.traffic_counts holds hourly vehicles per road segment for a typical weekday and weekend
-- day. The gravity MODEL (server/traffic/, source = 'model') writes it; a real counter feed writes
-- the same table with source = 'counter'. Nothing here references road_segments with a foreign key:
-- a road import replaces the segments, and the model is then recomputed (stale rows are removed by it).

create table if not exists transport.traffic_counts (
  segment_id integer not null,
  day_type text not null check (day_type in ('weekday', 'weekend')),
  hour smallint not null check (hour between 0 and 23),
  vehicles real not null check (vehicles >= 0),
  heavy_vehicles real not null check (heavy_vehicles >= 0),
  source text not null check (source in ('model', 'counter')),
  primary key (segment_id, day_type, hour, source)
);
create index if not exists traffic_counts_hour_idx on transport.traffic_counts (source, day_type, hour);

-- Annual average daily traffic per segment and source: 5 weekdays + 2 weekend days of the typical
-- days above (a source that lacks one day type counts it as zero); heavy_share weighted the same way;
-- night_vehicles = the average day's vehicles in 19:00–05:59, the window of the police night-accident data.
create or replace view transport.traffic_aadt as
with days as (
  select segment_id, source, case day_type when 'weekday' then 5 else 2 end as weight,
    sum(vehicles) as vehicles, sum(heavy_vehicles) as heavy,
    coalesce(sum(vehicles) filter (where hour >= 19 or hour <= 5), 0) as night
  from transport.traffic_counts
  group by segment_id, source, day_type
)
select segment_id, source,
  sum(weight * vehicles) / 7 as aadt,
  case when sum(weight * vehicles) > 0 then sum(weight * heavy) / sum(weight * vehicles) end as heavy_share,
  sum(weight * night) / 7 as night_vehicles
from days
group by segment_id, source;

-- Police night-time accidents (19:00–05:59), joined to the nearest road segment within a threshold
-- (server/traffic/load-accidents.ts); segment_id is null when no segment is that close.
create table if not exists transport.accidents (
  id integer primary key,
  occurred_at timestamptz not null,
  kind text not null,
  killed smallint not null,
  severely_injured smallint not null,
  slightly_injured smallint not null,
  segment_id integer,
  distance_m real,
  geom geometry(Point, 4326) not null
);
create index if not exists accidents_geom_idx on transport.accidents using gist (geom);
create index if not exists accidents_segment_idx on transport.accidents (segment_id);
