-- Drops every flow of one source ($1 'model' | 'csu2021') before a reload.
delete from transport.od_flows where source = $1
