-- One building of the register ($1 id) with its benchmark, or no row.
select b.id, b.code, b.name, b.type, b.municipality, b.okres, b.address, b.floor_area_m2, b.built_year,
       b.occupants, b.location_approximate, b.modelled, b.source,
       ST_X(b.geom) as lon, ST_Y(b.geom) as lat,
       bm.heat_kwh_m2, bm.electricity_kwh_m2, bm.water_m3_m2, bm.water_m3_person, bm.indicative,
       bm.source as benchmark_source, bm.note as benchmark_note
  from energy.buildings b
  left join energy.benchmarks bm on bm.building_type = b.type
 where b.id = $1::int
