-- The river names the flood zones use, with the kinds each has.
select river, array_agg(distinct kind order by kind) as kinds from flood.zones group by river order by river
