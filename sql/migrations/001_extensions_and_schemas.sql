-- PostGIS and one schema per theme (see DESIGN.md "Data model").
create extension if not exists postgis;
create schema if not exists admin;
create schema if not exists transport;
create schema if not exists energy;
create schema if not exists water;
create schema if not exists flood;
create schema if not exists heritage;
create schema if not exists emergency;
create schema if not exists ops;

-- Bumped by every import; tile cache keys include it so a reload invalidates cached tiles.
create table if not exists ops.data_versions (
  dataset text primary key,
  version integer not null default 1,
  loaded_at timestamptz not null default now(),
  row_count integer not null default 0
);
