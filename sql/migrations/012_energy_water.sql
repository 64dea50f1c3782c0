-- Energy and water management of region-owned buildings (issue 5): the building register, its meters,
-- their readings (partitioned by month), injected-fault ground truth of the seeded model, detected
-- alerts, benchmarks per building type, blue-green infrastructure, and the API tokens and ingest log
-- the authenticated readings API writes.

-- Creates the monthly partitions of a range-partitioned readings table that cover [from_ts, to_ts].
-- Called by every writer before it inserts, so a reading never lands without a partition (no default
-- partition: one would block creating later months once it held rows of them).
create or replace function ops.ensure_month_partitions(parent text, from_ts timestamptz, to_ts timestamptz)
returns integer language plpgsql as $$
declare
  schema_name text := split_part(parent, '.', 1);
  table_name text := split_part(parent, '.', 2);
  month_start timestamptz := date_trunc('month', from_ts at time zone 'UTC') at time zone 'UTC';
  created integer := 0;
  part text;
begin
  if from_ts is null or to_ts is null or to_ts < from_ts then
    return 0;
  end if;
  while month_start <= to_ts loop
    part := table_name || '_' || to_char(month_start at time zone 'UTC', 'YYYY_MM');
    if to_regclass(format('%I.%I', schema_name, part)) is null then
      execute format('create table %I.%I partition of %I.%I for values from (%L) to (%L)',
        schema_name, part, schema_name, table_name,
        month_start, (month_start at time zone 'UTC' + interval '1 month') at time zone 'UTC');
      created := created + 1;
    end if;
    month_start := (month_start at time zone 'UTC' + interval '1 month') at time zone 'UTC';
  end loop;
  return created;
end $$;

-- Bearer tokens for writes; only the SHA-256 of a token is stored.
create table if not exists ops.api_tokens (
  id integer generated always as identity primary key,
  name text not null unique,
  token_sha256 text not null unique,   -- hex
  scopes text[] not null,              -- e.g. {readings:write, gauges:write}
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);

-- One row per ingest request (accepted or not), for audit.
create table if not exists ops.ingest_log (
  id bigint generated always as identity primary key,
  token_id integer references ops.api_tokens (id),
  endpoint text not null,
  received_at timestamptz not null default now(),
  rows_received integer not null,
  rows_written integer not null,
  rows_unchanged integer not null default 0,
  rows_rejected integer not null
);

create table if not exists energy.buildings (
  id integer primary key,
  code text not null unique,           -- stable register code, e.g. SCH-600010121
  name text not null,
  type text not null check (type in ('school', 'hospital', 'fire_station', 'museum', 'gallery', 'office', 'social_care')),
  municipality text not null,
  okres text,                          -- district name (Česká Lípa, Jablonec nad Nisou, Liberec, Semily)
  address text,
  floor_area_m2 double precision not null check (floor_area_m2 > 0), -- modelled
  built_year integer,                  -- modelled
  occupants integer,                   -- pupils/beds/staff, modelled
  location_approximate boolean not null, -- true: placed at the municipality, not at the address
  modelled boolean not null default true,
  source text not null,                -- what the facility itself comes from
  geom geometry(Point, 4326) not null
);
create index if not exists buildings_geom_idx on energy.buildings using gist (geom);

create table if not exists energy.meters (
  id integer primary key,
  code text not null unique,           -- the id an ingest client sends
  building_id integer not null references energy.buildings (id),
  kind text not null check (kind in ('electricity', 'gas', 'heat', 'water', 'pv')),
  unit text not null check (unit in ('kWh', 'm3')),
  interval_minutes integer not null check (interval_minutes in (15, 60)),
  cumulative boolean not null default false, -- readings are register (counter) values, not interval amounts
  capacity_kwp double precision,       -- PV only
  modelled boolean not null default true
);
create index if not exists meters_building_idx on energy.meters (building_id);

-- value: amount in the interval starting at ts, in the meter's unit (for a cumulative meter the
-- difference to the previous counter value; null for the first reading of such a meter).
create table if not exists energy.readings (
  meter_id integer not null references energy.meters (id),
  ts timestamptz not null,
  value double precision,
  counter double precision,            -- register value of cumulative meters
  primary key (meter_id, ts)
) partition by range (ts);

-- What the seeded generator injected: the answer key fault detection is measured against.
create table if not exists energy.fault_truth (
  id integer generated always as identity primary key,
  meter_id integer not null references energy.meters (id),
  kind text not null check (kind in ('leak', 'holiday_heating', 'pv_outage', 'meter_gap', 'step_change')),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  details jsonb not null default '{}'
);

-- Faults found by detection over the series.
create table if not exists energy.alerts (
  id integer generated always as identity primary key,
  building_id integer not null references energy.buildings (id),
  meter_id integer not null references energy.meters (id),
  kind text not null check (kind in ('leak', 'holiday_heating', 'pv_outage', 'meter_gap', 'step_change', 'night_baseload')),
  severity text not null check (severity in ('info', 'warning', 'critical')),
  starts_at timestamptz not null,
  ends_at timestamptz,
  detected_at timestamptz not null default now(),
  details jsonb not null default '{}',
  unique (meter_id, kind, starts_at)
);
create index if not exists alerts_building_idx on energy.alerts (building_id);

create table if not exists water.blue_green (
  id integer primary key,
  kind text not null check (kind in ('green_roof', 'rain_tank', 'grey_water', 'rain_garden', 'pond', 'park')),
  name text not null,
  building_id integer references energy.buildings (id),
  area_m2 double precision,            -- roof / garden / pond / park area (catchment area for tanks)
  volume_m3 double precision,          -- tank or pond storage
  retained_m3_year double precision,   -- rain kept out of the sewer per year, modelled
  potable_saved_m3_year double precision, -- drinking water replaced per year, modelled
  modelled boolean not null default true,
  source text not null,
  geom geometry(Geometry, 4326) not null
);
create index if not exists blue_green_geom_idx on water.blue_green using gist (geom);
