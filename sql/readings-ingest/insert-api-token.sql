-- A new write token; only its SHA-256 is stored. $1 name, $2 sha256 hex, $3 scopes.
insert into ops.api_tokens (name, token_sha256, scopes) values ($1, $2, $3::text[]) returning id
