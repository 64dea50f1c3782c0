import { createHash, randomBytes } from 'node:crypto';

/** What an ingest token may write. */
export const TOKEN_SCOPES = ['readings:write', 'gauges:write'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

const PREFIX = 'rgm_';

/** A new bearer token: a recognisable prefix and 256 random bits, URL-safe. */
export function generateToken(): string {
  return PREFIX + randomBytes(32).toString('base64url');
}

/**
 * The SHA-256 (hex) stored instead of the token. A plain hash suffices: tokens are 256-bit random,
 * so there is nothing to brute-force that a slow password hash would protect.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The token of an `Authorization: Bearer …` header (RFC 6750 b64token), or null when malformed. */
export function bearerFromHeader(header: string | undefined): string | null {
  const m = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(header ?? '');
  return m ? (m[1] ?? null) : null;
}
