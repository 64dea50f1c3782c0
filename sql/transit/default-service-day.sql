-- The representative weekday of the loaded feed: the first Wednesday on or after the earliest
-- calendar.txt start date (calendar_dates.txt additions only, if the feed has no calendar.txt).
-- No row's value when no feed is loaded.
with first_day as (
  select coalesce((select min(start_date) from transport.gtfs_calendar),
                  (select min(date) from transport.gtfs_calendar_dates where exception_type = 1)) as d
)
select to_char(d + ((3 - extract(isodow from d)::int + 7) % 7), 'YYYY-MM-DD') as day
from first_day
where d is not null
