-- Whether building $1 exists.
select exists (select 1 from energy.buildings where id = $1::int) as found
