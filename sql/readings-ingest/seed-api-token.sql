-- The deployer's token from INGEST_TOKEN, under a fixed name: (re)set on every start, so a changed
-- variable replaces the old token and unsetting-and-revoking works. $1 name, $2 sha256 hex, $3 scopes.
insert into ops.api_tokens (name, token_sha256, scopes) values ($1, $2, $3::text[])
on conflict (name) do update
  set token_sha256 = excluded.token_sha256, scopes = excluded.scopes, revoked_at = null
returning id
