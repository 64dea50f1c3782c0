-- Rows per source, for the first-start check and the CLI reports.
select count(*) filter (where source = 'model')::int as model,
       count(*) filter (where source = 'csu2021')::int as csu2021
from transport.od_flows
