// The write tokens in ops.api_tokens: created and revoked by scripts/create-token.ts, looked up by
// hash on every authenticated request. The token itself is never stored or logged.
import type { Queryable } from '../db/db.ts';
import { READINGS_SQL } from '../readings-ingest/readings-sql.ts';
import { generateToken, hashToken, type TokenScope } from './token-hash.ts';

export interface ApiToken {
  id: number;
  name: string;
  scopes: string[];
  revoked: boolean;
}

/** The name the INGEST_TOKEN environment variable's token is stored under. */
export const ENV_TOKEN_NAME = 'env:INGEST_TOKEN';

/** Creates a token; the returned `token` is the only time it exists in clear. */
export async function createApiToken(
  db: Queryable,
  name: string,
  scopes: readonly TokenScope[],
): Promise<{ id: number; token: string }> {
  const token = generateToken();
  const [row] = await db.query<{ id: number }>(READINGS_SQL.insertApiToken, [name, hashToken(token), scopes]);
  return { id: row!.id, token };
}

/** Stores the deployer's INGEST_TOKEN (hashed) with every scope; replaces the previous one. */
export async function seedEnvToken(
  db: Queryable,
  token: string,
  scopes: readonly TokenScope[],
): Promise<number> {
  const [row] = await db.query<{ id: number }>(READINGS_SQL.seedApiToken, [
    ENV_TOKEN_NAME,
    hashToken(token),
    scopes,
  ]);
  return row!.id;
}

/** Revokes the token called `name`; false when there is no such active token. */
export async function revokeApiToken(db: Queryable, name: string): Promise<boolean> {
  return (await db.query(READINGS_SQL.revokeApiToken, [name])).length > 0;
}

/** The stored token a presented one hashes to, or null. */
export async function findApiToken(db: Queryable, token: string): Promise<ApiToken | null> {
  const [row] = await db.query<{ id: number; name: string; scopes: string[]; revoked_at: Date | null }>(
    READINGS_SQL.selectApiToken,
    [hashToken(token)],
  );
  return row ? { id: row.id, name: row.name, scopes: row.scopes, revoked: row.revoked_at !== null } : null;
}
