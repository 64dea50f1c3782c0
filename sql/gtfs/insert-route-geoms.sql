-- One batch of route lines: $1 route ids, $2 sources, $3 MultiLineString GeoJSON texts.
insert into transport.transit_route_geoms (route_id, source, geom)
select g.route_id, g.source, ST_SetSRID(ST_GeomFromGeoJSON(g.geojson), 4326)
from unnest($1::text[], $2::text[], $3::text[]) as g(route_id, source, geojson)
