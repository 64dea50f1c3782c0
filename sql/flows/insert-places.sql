-- Outside-the-region flow ends. $1 jsonb array of {code, name}; position unknown (geom null).
with ins as (
  insert into transport.od_places (code, name)
  select r.code, r.name
  from jsonb_to_recordset($1::jsonb) as r(code text, name text)
  returning 1
)
select count(*)::int as inserted from ins
