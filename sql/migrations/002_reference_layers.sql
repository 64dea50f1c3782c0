-- Reference layers loaded from the bundled open data (data/README.md has source and licence of each).
-- Geometry is EPSG:4326 with a GiST index on every table; tiles are made in Web Mercator on the fly.

create table if not exists admin.region (
  code text primary key,               -- RÚIAN VÚSC code (78)
  name text not null,
  nuts3 text not null,
  geom geometry(MultiPolygon, 4326) not null
);
create index if not exists region_geom_idx on admin.region using gist (geom);

create table if not exists admin.okresy (
  code text primary key,               -- RÚIAN okres code (3501…)
  name text not null,
  lau1 text not null,
  geom geometry(MultiPolygon, 4326) not null
);
create index if not exists okresy_geom_idx on admin.okresy using gist (geom);

create table if not exists admin.orp (
  code text primary key,               -- RÚIAN ORP code
  name text not null,
  geom geometry(MultiPolygon, 4326) not null
);
create index if not exists orp_geom_idx on admin.orp using gist (geom);

create table if not exists admin.municipalities (
  code text primary key,               -- ČSÚ/RÚIAN municipality code (ZUJ)
  name text not null,
  okres text not null,                 -- district name
  population integer not null,         -- ČSÚ 1 Jan 2020
  area_km2 double precision not null,  -- geodesic area of the boundary
  density double precision not null,   -- inhabitants per km²
  geom geometry(MultiPolygon, 4326) not null
);
create index if not exists municipalities_geom_idx on admin.municipalities using gist (geom);

create table if not exists flood.gauges (
  id text primary key,                 -- ČHMÚ station id (objID)
  dbc text not null,                   -- ČHMÚ database number
  name text not null,
  river text not null,
  catchment_km2 double precision,
  spa_type text not null check (spa_type in ('H', 'Q')), -- flood stages judged on level (H) or discharge (Q)
  dry_h double precision, spa1_h double precision, spa2_h double precision, spa3_h double precision, spa4_h double precision, -- cm
  dry_q double precision, spa1_q double precision, spa2_q double precision, spa3_q double precision, spa4_q double precision, -- m³/s
  geom geometry(Point, 4326) not null
);
create index if not exists gauges_geom_idx on flood.gauges using gist (geom);

create table if not exists flood.zones (
  id integer generated always as identity primary key,
  kind text not null check (kind in ('Q5', 'Q20', 'Q100', 'AZ')), -- AZ = active zone
  river text not null,
  study text,
  declared text,                       -- date the zone was set, as published
  geom geometry(MultiPolygon, 4326) not null
);
create index if not exists zones_geom_idx on flood.zones using gist (geom);

create table if not exists transport.railways (
  id integer primary key,
  line text not null,                  -- national line number (trať)
  geom geometry(MultiLineString, 4326) not null
);
create index if not exists railways_geom_idx on transport.railways using gist (geom);

create table if not exists transport.stops (
  id integer primary key,
  name text not null,                  -- JDF name "obec,část,místo"
  municipality text not null,
  okres text not null,                 -- JDF district abbreviation (LI, JN, CL, SM)
  geom geometry(Point, 4326) not null
);
create index if not exists stops_geom_idx on transport.stops using gist (geom);

create table if not exists emergency.fire_stations (
  id integer generated always as identity primary key,
  name text not null,
  kind text not null check (kind in ('professional', 'volunteer')),
  operator text not null,
  municipality text not null,
  address text not null,
  geom geometry(Point, 4326) not null
);
create index if not exists fire_stations_geom_idx on emergency.fire_stations using gist (geom);

create table if not exists emergency.hospitals (
  id text primary key,                 -- GISCO id
  name text not null,
  facility_type text not null,
  city text not null,
  address text not null,
  url text,
  geom geometry(Point, 4326) not null
);
create index if not exists hospitals_geom_idx on emergency.hospitals using gist (geom);

create table if not exists heritage.sites (
  id text primary key,                 -- Wikidata QID
  name text not null,
  kind text not null check (kind in ('castle', 'chateau', 'ruin', 'castle_chateau', 'museum', 'gallery')),
  municipality text,
  founded integer,
  manager text,
  website text,
  wikipedia text,
  visitors_2023 integer, visitors_2024 integer, visitors_2025 integer,
  nkp boolean not null default false,  -- national cultural monument
  access text,
  geom geometry(Point, 4326) not null
);
create index if not exists sites_geom_idx on heritage.sites using gist (geom);
