-- Input of the occupancy model: the stop places (stations, and stops without a station) with the
-- municipality their point lies in (the lowest code if on a border) and its population and area.
-- A place outside every municipality polygon has null municipality.
select p.stop_id as place_id,
       p.name,
       m.code as municipality,
       m.population,
       m.area_km2
from transport.gtfs_stops as p
left join lateral (
  select mu.code::text as code, mu.population::float8 as population, mu.area_km2::float8 as area_km2
  from admin.municipalities as mu
  where ST_Intersects(mu.geom, p.geom)
  order by mu.code
  limit 1
) as m on true
where p.geom is not null
  and (p.location_type = 1 or (p.location_type = 0 and p.parent_station is null))
order by p.stop_id
