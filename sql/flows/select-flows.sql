-- Flows of one source and purpose at or above a minimum, largest first (ties by codes: stable output).
-- $1 source, $2 purpose, $3 minimum commuters, $4 row limit.
select origin_code as origin, destination_code as destination, commuters
from transport.od_flows
where source = $1 and purpose = $2 and commuters >= $3
order by commuters desc, origin_code, destination_code
limit $4
