-- The night accidents as a map layer: date and hour as plain values (a timestamptz would be written
-- differently by ST_AsMVT and by the JS encoder), in Prague time as the police records them.
create or replace view transport.accident_points as
select id,
       to_char(occurred_at at time zone 'Europe/Prague', 'YYYY-MM-DD') as date,
       extract(hour from occurred_at at time zone 'Europe/Prague')::integer as hour,
       kind,
       killed::integer as killed,
       severely_injured::integer as severely_injured,
       slightly_injured::integer as slightly_injured,
       segment_id,
       geom
from transport.accidents;
