-- In/out/internal commuters of one municipality. $1 code, $2 source, $3 purpose. Sums in float8, rounded
-- to 0.1 as stored. internal is null when the source has no within-municipality figure for it.
select round(coalesce((select sum(commuters::float8) from transport.od_flows
                       where destination_code = $1 and source = $2 and purpose = $3), 0)::numeric, 1)::float8 as inbound,
       round(coalesce((select sum(commuters::float8) from transport.od_flows
                       where origin_code = $1 and source = $2 and purpose = $3), 0)::numeric, 1)::float8 as outbound,
       (select commuters from transport.od_internal
        where code = $1 and source = $2 and purpose = $3) as internal
