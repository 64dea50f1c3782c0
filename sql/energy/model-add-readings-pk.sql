-- Restores the primary key of migration 012 after the bulk load (fails, rolling the load back, on a duplicate).
alter table energy.readings add constraint readings_pkey primary key (meter_id, ts)
