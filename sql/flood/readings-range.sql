-- First and last reading of all gauges.
select min(ts) as first_ts, max(ts) as last_ts, count(*)::int as n from flood.readings
