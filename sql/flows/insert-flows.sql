-- One batch of flows. $1 jsonb array of {o, d, p, c} (origin, destination, purpose, commuters), $2 source.
with ins as (
  insert into transport.od_flows (origin_code, destination_code, purpose, commuters, source)
  select r.o, r.d, r.p, r.c, $2
  from jsonb_to_recordset($1::jsonb) as r(o text, d text, p text, c real)
  returning 1
)
select count(*)::int as inserted from ins
