-- Meter ids of the given meter codes ($1 text[]); unknown codes are skipped.
select id from energy.meters where code = any ($1::text[])
