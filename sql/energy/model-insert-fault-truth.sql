-- Inserts the injected faults of the seeded model (the answer key of fault detection). $1: JSON array.
insert into energy.fault_truth (meter_id, kind, starts_at, ends_at, details)
select f.meter_id, f.kind, f.starts_at, f.ends_at, f.details
from jsonb_to_recordset($1::jsonb) as f(meter_id integer, kind text, starts_at timestamptz, ends_at timestamptz, details jsonb)
