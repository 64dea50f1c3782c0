import type { Middleware } from 'koa';
import type { Db } from '../db/db.ts';
import { HttpError } from '../errors.ts';
import { findApiToken } from './api-tokens.ts';
import { bearerFromHeader, type TokenScope } from './token-hash.ts';

/** What the middleware leaves in `ctx.state` for the route. */
export interface TokenState {
  tokenId: number;
}

/**
 * Requires `Authorization: Bearer <token>` with `scope`. Missing, malformed, unknown and revoked tokens
 * answer 401 and a token without the scope 403 (RFC 6750 `insufficient_scope`), both as JSON with a
 * `WWW-Authenticate: Bearer` challenge. The token never reaches a log: only its hash is looked up.
 */
export function requireBearerToken(db: Db, scope: TokenScope): Middleware {
  return async (ctx, next) => {
    const deny = (status: 401 | 403, error: string | null, message: string): never => {
      ctx.set(
        'WWW-Authenticate',
        `Bearer realm="regiomap"${error ? `, error="${error}"` : ''}${status === 403 ? `, scope="${scope}"` : ''}`,
      );
      throw new HttpError(status, status === 401 ? 'unauthorized' : 'forbidden', message, 'authorization');
    };
    const header = ctx.get('Authorization');
    if (!header) return deny(401, null, 'a bearer token is required (Authorization: Bearer <token>)');
    const token = bearerFromHeader(header);
    if (!token) return deny(401, 'invalid_request', 'the Authorization header must be "Bearer <token>"');
    const found = await findApiToken(db, token);
    if (!found || found.revoked) return deny(401, 'invalid_token', 'the token is unknown or revoked');
    if (!found.scopes.includes(scope))
      return deny(403, 'insufficient_scope', `the token lacks the ${scope} scope`);
    (ctx.state as TokenState).tokenId = found.id;
    await next();
  };
}
