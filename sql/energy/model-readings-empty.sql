-- Whether energy.readings holds no row yet (the bulk load may then build its primary key afterwards).
select not exists (select 1 from energy.readings) as empty
