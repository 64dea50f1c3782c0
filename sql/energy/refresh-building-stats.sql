-- Writes the map's snapshot of building statistics ($1–$6 as in building-stats.sql, $7 = null) into
-- the emptied energy.building_stats (the caller clears it in the same transaction).
with stats as (
{{building_stats}}
)
insert into energy.building_stats
  (building_id, year, heat_intensity, electricity_intensity, water_intensity, water_per_person, pv_kwh,
   self_sufficiency, savings_kwh, savings_m3, savings_czk, intensity_ratio, completeness)
select id, $1::int, heat_intensity, electricity_intensity, water_intensity, water_per_person, pv_kwh,
       self_sufficiency, savings_kwh, savings_m3, savings_czk, intensity_ratio, completeness
  from stats
