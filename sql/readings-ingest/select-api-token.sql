-- The token a presented bearer token hashes to, if any. $1 sha256 hex.
select id, name, scopes, revoked_at from ops.api_tokens where token_sha256 = $1
