-- One audit row per ingest request or call. $1 token id (null for direct calls), $2 endpoint,
-- $3 received, $4 written, $5 unchanged, $6 rejected.
insert into ops.ingest_log (token_id, endpoint, rows_received, rows_written, rows_unchanged, rows_rejected)
values ($1, $2, $3, $4, $5, $6)
