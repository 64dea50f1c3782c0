-- Bulk load into an EMPTY energy.readings: drop the primary key for the COPY and rebuild it after
-- (one sorted index build instead of millions of incremental inserts); same definition as migration 012.
alter table energy.readings drop constraint readings_pkey
