-- The largest flows out of one municipality. $1 code, $2 source, $3 purpose, $4 limit.
select f.destination_code as code,
       coalesce(m.name, p.name) as name,
       f.commuters
from transport.od_flows f
left join admin.municipalities m on m.code = f.destination_code
left join transport.od_places p on p.code = f.destination_code
where f.origin_code = $1 and f.source = $2 and f.purpose = $3
order by f.commuters desc, f.destination_code
limit $4
