-- Inserts the modelled meters. $1: JSON array of meters.
insert into energy.meters (id, code, building_id, kind, unit, interval_minutes, cumulative, capacity_kwp, modelled)
select m.id, m.code, m.building_id, m.kind, m.unit, m.interval_minutes, m.cumulative, m.capacity_kwp, true
from jsonb_to_recordset($1::jsonb) as m(id integer, code text, building_id integer, kind text, unit text,
  interval_minutes integer, cumulative boolean, capacity_kwp double precision)
