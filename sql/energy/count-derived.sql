-- Whether the derived energy tables are behind the readings: readings exist but no daily aggregates.
select exists (select 1 from energy.readings) as has_readings,
       exists (select 1 from energy.meter_days) as has_days
