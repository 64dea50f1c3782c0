-- The ranking: building statistics ($1–$7 as in building-stats.sql) filtered by $8 type and $9 okres
-- (null: all), sorted by $10 key and $11 direction ('asc'|'desc'), at most $12 rows (null: all).
-- Buildings without a value of the sort key come last either way; ties break by id. By name the
-- caller re-sorts in Czech collation.
with stats as (
{{building_stats}}
)
select *
  from stats
 where ($8::text is null or type = $8::text)
   and ($9::text is null or okres = $9::text)
 order by
   case when $11::text = 'asc' then
     case $10::text
       when 'savings_czk' then savings_czk
       when 'savings_kwh' then savings_kwh
       when 'savings_m3' then savings_m3
       when 'heat_intensity' then heat_intensity
       when 'electricity_intensity' then electricity_intensity
       when 'water_intensity' then water_intensity
     end
   end asc nulls last,
   case when $11::text = 'desc' then
     case $10::text
       when 'savings_czk' then savings_czk
       when 'savings_kwh' then savings_kwh
       when 'savings_m3' then savings_m3
       when 'heat_intensity' then heat_intensity
       when 'electricity_intensity' then electricity_intensity
       when 'water_intensity' then water_intensity
     end
   end desc nulls last,
   case when $10::text = 'name' and $11::text = 'asc' then name end asc,
   case when $10::text = 'name' and $11::text = 'desc' then name end desc,
   id
 limit $12::int
