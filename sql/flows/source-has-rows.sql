-- Whether a source holds flows for a purpose. $1 source, $2 purpose.
select exists (select 1 from transport.od_flows where source = $1 and purpose = $2) as present
