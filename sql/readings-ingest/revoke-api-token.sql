-- Revokes a token by name (kept for the audit log's references). $1 name.
update ops.api_tokens set revoked_at = now() where name = $1 and revoked_at is null returning id
