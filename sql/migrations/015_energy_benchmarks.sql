-- Energy analyses (issue 5): reference consumption per building type, the daily and monthly meter
-- aggregates the ranking, series API and fault detection read (so that they never scan the raw
-- 15-minute readings), and a snapshot of per-building statistics for the map's tiles.

-- Indicative reference values per building type. They are NOT measured regional norms: heat and
-- electricity are the "typical" stock values of CIBSE TM46:2008 (UK building stock, not corrected to
-- Liberec's colder climate — a Czech school needs more heat than a British one, so the heat figures
-- are on the low side and savings potentials on the high side); water figures are rounded orders of
-- magnitude, see `note`. Replace them with audited values (e.g. from energy audits or the building's
-- PENB under vyhláška 264/2020 Sb.) where available.
create table if not exists energy.benchmarks (
  building_type text primary key
    check (building_type in ('school', 'hospital', 'fire_station', 'museum', 'gallery', 'office', 'social_care')),
  heat_kwh_m2 double precision not null check (heat_kwh_m2 > 0),          -- space heating + hot water, kWh/m²·a
  electricity_kwh_m2 double precision not null check (electricity_kwh_m2 > 0), -- kWh/m²·a
  water_m3_m2 double precision check (water_m3_m2 > 0),                   -- m³/m²·a
  water_m3_person double precision check (water_m3_person > 0),           -- m³ per occupant (pupil, bed, staff)·a
  indicative boolean not null default true,
  source text not null,                -- the document each figure comes from
  note text not null
);

insert into energy.benchmarks
  (building_type, heat_kwh_m2, electricity_kwh_m2, water_m3_m2, water_m3_person, source, note) values
  ('school', 150, 40, 0.5, 5,
   'CIBSE TM46:2008, category "Schools and seasonal public buildings", typical values (heat = fossil-thermal)',
   'Indicative. Water: rounded order of magnitude of published school water benchmarks (a few m³ per pupil and year), not a quoted figure.'),
  ('hospital', 420, 90, 1.5, 120,
   'CIBSE TM46:2008, category "Hospital (clinical and research)", typical values (heat = fossil-thermal)',
   'Indicative. Water per bed: rounded order of magnitude (roughly 300 l per bed and day), not a quoted figure.'),
  ('fire_station', 390, 70, 0.6, 30,
   'CIBSE TM46:2008, category "Emergency services", typical values (heat = fossil-thermal)',
   'Indicative. Water: rounded order of magnitude, not a quoted figure.'),
  ('museum', 200, 70, 0.2, null,
   'CIBSE TM46:2008, category "Cultural activities", typical values (heat = fossil-thermal)',
   'Indicative. Water: rounded order of magnitude for buildings with visitor toilets only, not a quoted figure.'),
  ('gallery', 200, 70, 0.2, null,
   'CIBSE TM46:2008, category "Cultural activities", typical values (heat = fossil-thermal)',
   'Indicative. Water: rounded order of magnitude for buildings with visitor toilets only, not a quoted figure.'),
  ('office', 120, 95, 0.4, 10,
   'CIBSE TM46:2008, category "General office", typical values (heat = fossil-thermal)',
   'Indicative. Water: rounded order of magnitude of office water benchmarks (about 10 m³ per employee and year), not a quoted figure.'),
  ('social_care', 420, 65, 1.2, 55,
   'CIBSE TM46:2008, category "Long term residential", typical values (heat = fossil-thermal)',
   'Indicative. Water per resident: rounded order of magnitude (about 150 l per day), not a quoted figure.')
on conflict (building_type) do nothing;

-- One row per meter and local (Europe/Prague) calendar day.
create table if not exists energy.meter_days (
  meter_id integer not null references energy.meters (id) on delete cascade,
  day date not null,
  total double precision not null,     -- sum of value, in the meter's unit
  intervals integer not null,          -- readings present (rows)
  expected integer not null,           -- intervals the day has (23- and 25-hour days at the DST switches)
  night_min double precision,          -- lowest complete-hour amount 01:00–04:59 local (unit per hour)
  primary key (meter_id, day)
);

-- One row per meter and local calendar month, summed from meter_days.
create table if not exists energy.meter_months (
  meter_id integer not null references energy.meters (id) on delete cascade,
  month date not null,                 -- first day of the month
  total double precision not null,
  intervals integer not null,
  primary key (meter_id, month)
);

-- Recomputes the aggregates of the given meters (null: all) for the local days touching
-- [from_ts, to_ts] (null: every day that has readings). Returns the number of day rows written.
create or replace function energy.refresh_meter_aggregates(meter_ids integer[], from_ts timestamptz, to_ts timestamptz)
returns integer language plpgsql as $$
declare
  d0 date;
  d1 date;
  written integer;
begin
  if from_ts is null or to_ts is null then
    select min(ts), max(ts) into from_ts, to_ts from energy.readings
     where meter_ids is null or meter_id = any (meter_ids);
    if from_ts is null then
      return 0;
    end if;
  end if;
  d0 := (from_ts at time zone 'Europe/Prague')::date;
  d1 := (to_ts at time zone 'Europe/Prague')::date;

  delete from energy.meter_days
   where (meter_ids is null or meter_id = any (meter_ids)) and day between d0 and d1;
  insert into energy.meter_days (meter_id, day, total, intervals, expected, night_min)
  with hourly as (
    select r.meter_id,
           date_trunc('hour', r.ts at time zone 'Europe/Prague') as local_hour,
           sum(r.value) as amount,
           -- a row is a reading even without an amount (the first register value of a cumulative meter)
           count(*) as n
      from energy.readings r
     where (meter_ids is null or r.meter_id = any (meter_ids))
       and r.ts >= d0::timestamp at time zone 'Europe/Prague'
       and r.ts < (d1 + 1)::timestamp at time zone 'Europe/Prague'
     group by 1, 2
  )
  select h.meter_id,
         h.local_hour::date,
         coalesce(sum(h.amount), 0),
         sum(h.n)::integer,
         (extract(epoch from ((h.local_hour::date + 1)::timestamp at time zone 'Europe/Prague')
                         - (h.local_hour::date::timestamp at time zone 'Europe/Prague'))
           / 60 / m.interval_minutes)::integer,
         -- a partly missing hour would look like a low night flow, so only complete hours count
         min(h.amount) filter (where extract(hour from h.local_hour) between 1 and 4
                                 and h.n = 60 / m.interval_minutes)
    from hourly h
    join energy.meters m on m.id = h.meter_id
   group by h.meter_id, h.local_hour::date, m.interval_minutes;
  get diagnostics written = row_count;

  delete from energy.meter_months
   where (meter_ids is null or meter_id = any (meter_ids))
     and month between date_trunc('month', d0)::date and date_trunc('month', d1)::date;
  insert into energy.meter_months (meter_id, month, total, intervals)
  select meter_id, date_trunc('month', day)::date, sum(total), sum(intervals)::integer
    from energy.meter_days
   where (meter_ids is null or meter_id = any (meter_ids))
     and day >= date_trunc('month', d0)::date
     and day < (date_trunc('month', d1) + interval '1 month')::date
   group by 1, 2;
  return written;
end $$;

-- Per-building statistics of the ranking year at the configured prices, rewritten whole after each
-- refresh; the map's tile views read it (the ranking API computes its own for any year and filter).
create table if not exists energy.building_stats (
  building_id integer primary key references energy.buildings (id) on delete cascade,
  year integer not null,
  heat_intensity double precision,         -- kWh/m²·a (gas + heat)
  electricity_intensity double precision,  -- kWh/m²·a (grid + own PV)
  water_intensity double precision,        -- m³/m²·a
  water_per_person double precision,       -- m³/occupant·a
  pv_kwh double precision,
  self_sufficiency double precision,       -- PV share of the electricity used
  savings_kwh double precision not null,
  savings_m3 double precision not null,
  savings_czk double precision not null,
  intensity_ratio double precision,        -- (heat + electricity intensity) / benchmark sum
  completeness double precision,           -- lowest share of expected intervals over the meters
  computed_at timestamptz not null default now()
);

-- Tile view of the buildings with the snapshot statistics and their open alerts.
create or replace view energy.building_map as
select b.id,
       b.name,
       b.type,
       b.municipality,
       coalesce(b.okres, '') as okres,
       b.floor_area_m2,
       coalesce(b.built_year, 0) as built_year,
       s.heat_intensity,
       s.electricity_intensity,
       s.water_intensity,
       coalesce(s.savings_czk, 0) as savings_czk,
       coalesce(s.savings_kwh, 0) as savings_kwh,
       coalesce(s.savings_m3, 0) as savings_m3,
       s.intensity_ratio,
       (select count(*) from energy.alerts a where a.building_id = b.id and a.ends_at is null)::integer as open_alerts,
       b.geom
  from energy.buildings b
  left join energy.building_stats s on s.building_id = b.id;

-- Tile view of the PV systems: one point per PV meter at its building, with the production of the
-- snapshot year.
create or replace view energy.pv_systems as
select m.id,
       m.code,
       b.id as building_id,
       b.name,
       coalesce(m.capacity_kwp, 0) as capacity_kwp,
       coalesce((select sum(mm.total) from energy.meter_months mm
                  where mm.meter_id = m.id
                    and extract(year from mm.month) = coalesce(s.year, 2025)), 0) as production_kwh,
       b.geom
  from energy.meters m
  join energy.buildings b on b.id = m.building_id
  left join energy.building_stats s on s.building_id = b.id
 where m.kind = 'pv';
