-- Inserts the modelled blue-green features. $1: JSON array with a GeoJSON geometry each.
insert into water.blue_green (id, kind, name, building_id, area_m2, volume_m3, retained_m3_year,
                              potable_saved_m3_year, modelled, source, geom)
select g.id, g.kind, g.name, g.building_id, g.area_m2, g.volume_m3, g.retained_m3_year, g.potable_saved_m3_year,
       true, g.source, ST_SetSRID(ST_GeomFromGeoJSON(g.geometry), 4326)
from jsonb_to_recordset($1::jsonb) as g(id integer, kind text, name text, building_id integer, area_m2 double precision,
  volume_m3 double precision, retained_m3_year double precision, potable_saved_m3_year double precision,
  source text, geometry jsonb)
