-- Inserts the modelled building register. $1: JSON array of buildings (snake_case keys, lon/lat).
insert into energy.buildings (id, code, name, type, municipality, okres, address, floor_area_m2, built_year,
                              occupants, location_approximate, modelled, source, geom)
select b.id, b.code, b.name, b.type, b.municipality, b.okres, b.address, b.floor_area_m2, b.built_year,
       b.occupants, b.location_approximate, true, b.source, ST_SetSRID(ST_MakePoint(b.lon, b.lat), 4326)
from jsonb_to_recordset($1::jsonb) as b(id integer, code text, name text, type text, municipality text, okres text,
  address text, floor_area_m2 double precision, built_year integer, occupants integer, location_approximate boolean,
  source text, lon double precision, lat double precision)
