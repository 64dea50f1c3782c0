-- Removes alerts of the re-analysed meters ($1 int[]) that the new detection run ($2 jsonb array of
-- {meter_id, kind, starts_at}) no longer finds.
delete from energy.alerts a
 where a.meter_id = any ($1::int[])
   and not exists (
     select 1 from jsonb_to_recordset($2::jsonb) as x(meter_id int, kind text, starts_at timestamptz)
      where x.meter_id = a.meter_id and x.kind = a.kind and x.starts_at = a.starts_at)
