-- One batch of police night accidents. $1 jsonb array of {id, occurred_at (ISO 8601 with offset),
-- kind, killed, severely_injured, slightly_injured, lon, lat}.
with ins as (
  insert into transport.accidents
    (id, occurred_at, kind, killed, severely_injured, slightly_injured, geom)
  select r.id, r.occurred_at::timestamptz, r.kind, r.killed, r.severely_injured, r.slightly_injured,
    ST_SetSRID(ST_MakePoint(r.lon, r.lat), 4326)
  from jsonb_to_recordset($1::jsonb) as r(
    id integer, occurred_at text, kind text, killed smallint, severely_injured smallint,
    slightly_injured smallint, lon double precision, lat double precision
  )
  returning 1
)
select count(*)::int as inserted from ins
