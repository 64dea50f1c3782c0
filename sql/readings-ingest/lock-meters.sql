-- Serialises writers of the same cumulative meters until commit, so that the counter-order check
-- sees every reading another batch is about to store. $1 meter ids.
select id from energy.meters where id = any($1::int[]) order by id for update
