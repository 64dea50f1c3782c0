-- One batch of stops.txt rows, one array per column; $5/$6 longitude/latitude (null for nodes).
insert into transport.gtfs_stops
  (stop_id, code, name, description, geom, zone_id, location_type, parent_station, wheelchair_boarding, platform_code)
select s.stop_id, s.code, s.name, s.description,
       case when s.lon is null then null else ST_SetSRID(ST_MakePoint(s.lon, s.lat), 4326) end,
       s.zone_id, s.location_type, s.parent_station, s.wheelchair_boarding, s.platform_code
from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[], $7::text[],
            $8::smallint[], $9::text[], $10::smallint[], $11::text[])
  as s(stop_id, code, name, description, lon, lat, zone_id, location_type, parent_station, wheelchair_boarding,
       platform_code)
