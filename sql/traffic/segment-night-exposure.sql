-- Per road segment: class, length, the average day's night traffic (19:00–05:59) and the night
-- accidents joined to it. The traffic is a counter's where one exists, otherwise the model's.
with traffic as (
  select distinct on (segment_id) segment_id, source, night_vehicles
  from transport.traffic_aadt
  order by segment_id, (source = 'counter') desc
), joined as (
  select segment_id, count(*)::int as accidents
  from transport.accidents
  where segment_id is not null
  group by segment_id
)
select s.id, s.class, s.length_m, t.source, coalesce(t.night_vehicles, 0) as night_vehicles,
  coalesce(j.accidents, 0) as accidents
from transport.road_segments s
left join traffic t on t.segment_id = s.id
left join joined j on j.segment_id = s.id
order by s.id
