-- Per-building annual consumption, intensities and savings potential against the type's benchmark.
-- $1 year, $2 gas kWh per m³ (for gas meters in m³), $3 CZK/kWh electricity, $4 CZK/kWh heat,
-- $5 CZK/kWh gas, $6 CZK/m³ water, $7 building id or null for all.
-- Each meter's measured sum is scaled to the full year by its completeness (present / expected
-- intervals), so that missing data does not look like low consumption; completeness is reported.
-- The electricity meter is taken as grid import; own PV production is added to get the electricity
-- the building used (no export is metered).
with span as (
  select make_date($1::int, 1, 1) as d0,
         make_date($1::int + 1, 1, 1) as d1,
         extract(epoch from ((make_date($1::int + 1, 1, 1)::timestamp at time zone 'Europe/Prague')
                           - (make_date($1::int, 1, 1)::timestamp at time zone 'Europe/Prague'))) / 60 as minutes
),
meter_year as (
  select m.id, m.building_id, m.kind,
         coalesce(sum(mm.total), 0) as measured,
         coalesce(sum(mm.intervals), 0) as intervals,
         span.minutes / m.interval_minutes as expected,
         case when m.kind = 'gas' and m.unit = 'm3' then $2::float8 else 1 end as to_kwh
    from energy.meters m
    cross join span
    left join energy.meter_months mm on mm.meter_id = m.id and mm.month >= span.d0 and mm.month < span.d1
   where $7::int is null or m.building_id = $7::int
   group by m.id, m.building_id, m.kind, m.unit, m.interval_minutes, span.minutes
),
per_building as (
  select building_id,
         sum(measured * expected / intervals * to_kwh) filter (where kind = 'electricity' and intervals > 0) as grid_kwh,
         sum(measured * expected / intervals * to_kwh) filter (where kind = 'gas' and intervals > 0) as gas_kwh,
         sum(measured * expected / intervals * to_kwh) filter (where kind = 'heat' and intervals > 0) as heat_kwh,
         sum(measured * expected / intervals) filter (where kind = 'water' and intervals > 0) as water_m3,
         sum(measured * expected / intervals) filter (where kind = 'pv' and intervals > 0) as pv_kwh,
         min(intervals / expected) as completeness
    from meter_year
   group by building_id
),
totals as (
  select b.id, b.code, b.name, b.type, b.municipality, b.okres, b.floor_area_m2, b.built_year, b.occupants,
         p.grid_kwh, p.gas_kwh, p.heat_kwh, p.water_m3, p.pv_kwh, p.completeness,
         case when p.gas_kwh is null and p.heat_kwh is null then null
              else coalesce(p.gas_kwh, 0) + coalesce(p.heat_kwh, 0) end as thermal_kwh,
         case when p.grid_kwh is null and p.pv_kwh is null then null
              else coalesce(p.grid_kwh, 0) + coalesce(p.pv_kwh, 0) end as electricity_kwh,
         bm.heat_kwh_m2 as bench_heat, bm.electricity_kwh_m2 as bench_electricity,
         bm.water_m3_m2 as bench_water_m2, bm.water_m3_person as bench_water_person,
         -- water is judged per occupant where the type has such a benchmark and the register knows them
         case when bm.water_m3_person is not null and b.occupants > 0 then b.occupants * bm.water_m3_person
              else b.floor_area_m2 * bm.water_m3_m2 end as bench_water_m3
    from energy.buildings b
    left join per_building p on p.building_id = b.id
    left join energy.benchmarks bm on bm.building_type = b.type
   where $7::int is null or b.id = $7::int
),
savings as (
  select t.*,
         greatest(t.thermal_kwh - t.bench_heat * t.floor_area_m2, 0) as save_heat_kwh,
         greatest(t.electricity_kwh - t.bench_electricity * t.floor_area_m2, 0) as save_electricity_kwh,
         greatest(t.water_m3 - t.bench_water_m3, 0) as save_water_m3,
         -- thermal savings are priced at the building's own mix of gas and district heat
         case when t.thermal_kwh > 0
              then (coalesce(t.gas_kwh, 0) * $5::float8 + coalesce(t.heat_kwh, 0) * $4::float8) / t.thermal_kwh
              else $4::float8 end as thermal_price
    from totals t
)
select id, code, name, type, municipality, okres, floor_area_m2, built_year, occupants,
       grid_kwh, gas_kwh, heat_kwh, thermal_kwh, electricity_kwh, water_m3, pv_kwh, completeness,
       thermal_kwh / floor_area_m2 as heat_intensity,
       electricity_kwh / floor_area_m2 as electricity_intensity,
       water_m3 / floor_area_m2 as water_intensity,
       case when occupants > 0 then water_m3 / occupants end as water_per_person,
       case when electricity_kwh > 0 then coalesce(pv_kwh, 0) / electricity_kwh end as self_sufficiency,
       bench_heat, bench_electricity, bench_water_m2, bench_water_person, bench_water_m3,
       case when thermal_kwh is not null or electricity_kwh is not null
            then (coalesce(thermal_kwh, 0) + coalesce(electricity_kwh, 0)) / floor_area_m2
                 / nullif(bench_heat + bench_electricity, 0) end as intensity_ratio,
       coalesce(save_heat_kwh, 0) as savings_heat_kwh,
       coalesce(save_electricity_kwh, 0) as savings_electricity_kwh,
       coalesce(save_heat_kwh, 0) + coalesce(save_electricity_kwh, 0) as savings_kwh,
       coalesce(save_water_m3, 0) as savings_m3,
       coalesce(save_heat_kwh, 0) * thermal_price
         + coalesce(save_electricity_kwh, 0) * $3::float8
         + coalesce(save_water_m3, 0) * $6::float8 as savings_czk
  from savings
