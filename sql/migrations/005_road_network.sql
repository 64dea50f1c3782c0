-- The road network: nodes and directed-or-not segments with class, speed and travel time.
-- Filled by the seeded MODEL generator (source = 'model', server/network/model-network.ts) until a
-- deployer imports real roads (OpenStreetMap or a road GeoJSON/shapefile: source 'osm' / 'import'),
-- which replace the model. Travel time is the cost every analysis routes on.

create table if not exists transport.road_nodes (
  id integer primary key,
  kind text not null check (kind in ('stop', 'municipality', 'motorway', 'junction')),
  ref text,                            -- stop id(s), municipality code, OSM node id …
  name text,
  source text not null default 'model' check (source in ('model', 'osm', 'import')),
  geom geometry(Point, 4326) not null
);
create index if not exists road_nodes_geom_idx on transport.road_nodes using gist (geom);
create index if not exists road_nodes_source_idx on transport.road_nodes (source);

create table if not exists transport.road_segments (
  id integer primary key,
  from_node integer not null references transport.road_nodes (id),
  to_node integer not null references transport.road_nodes (id),
  class text not null check (class in ('motorway', 'I', 'II', 'III', 'local')),
  speed_kmh real not null check (speed_kmh > 0),
  length_m real not null check (length_m >= 0),
  travel_time_s real not null check (travel_time_s >= 0),
  oneway boolean not null default false, -- true: passable only from from_node to to_node
  source text not null check (source in ('model', 'osm', 'import')),
  name text,
  geom geometry(LineString, 4326) not null
);
create index if not exists road_segments_geom_idx on transport.road_segments using gist (geom);
create index if not exists road_segments_from_idx on transport.road_segments (from_node);
create index if not exists road_segments_to_idx on transport.road_segments (to_node);
create index if not exists road_segments_source_idx on transport.road_segments (source);
