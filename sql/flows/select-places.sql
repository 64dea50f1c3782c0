-- Positions and names of flow ends. $1 text[] of codes. Region municipalities: their label point
-- (ST_PointOnSurface); outside ends from transport.od_places (position may be null).
select l.code, ST_X(l.geom) as lon, ST_Y(l.geom) as lat, l.name
from admin.municipality_labels l
where l.code = any($1::text[])
union all
select p.code, ST_X(p.geom), ST_Y(p.geom), p.name
from transport.od_places p
where p.code = any($1::text[])
  and not exists (select 1 from admin.municipalities m where m.code = p.code)
order by code
