-- The hour with the most gauges at SPA1 or above (open SPA1 alerts), the peak of the regional event;
-- ties go to the hour with the most SPA3 alerts open, then the earliest.
with hours as (
  select distinct date_trunc('hour', opened_at) as t from flood.alerts where stage in ('SPA1', 'SPA3')
)
select h.t as peak_at,
       count(*) filter (where a.stage = 'SPA1')::int as spa1,
       count(*) filter (where a.stage = 'SPA3')::int as spa3
from hours h
join flood.alerts a on a.opened_at <= h.t and (a.closed_at is null or a.closed_at > h.t)
group by h.t
order by spa1 desc, spa3 desc, h.t
limit 1
