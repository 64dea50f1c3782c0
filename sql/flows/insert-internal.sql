-- One batch of within-municipality totals. $1 jsonb array of {code, p, c}, $2 source.
with ins as (
  insert into transport.od_internal (code, purpose, commuters, source)
  select r.code, r.p, r.c, $2
  from jsonb_to_recordset($1::jsonb) as r(code text, p text, c real)
  returning 1
)
select count(*)::int as inserted from ins
