// The command line of scripts/create-token.ts, parsed without touching a database.
import { parseArgs } from 'node:util';
import { TOKEN_SCOPES, type TokenScope } from '../server/auth/token-hash.ts';

export class UsageError extends Error {}

export type TokenCommand = { revoke: string } | { name: string; scopes: TokenScope[] };

/** The command line → what to do; a UsageError says what is wrong. */
export function parseTokenArgs(args: string[]): TokenCommand {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        name: { type: 'string' },
        scope: { type: 'string', multiple: true },
        revoke: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (values.revoke !== undefined) {
    if (values.name !== undefined || values.scope !== undefined)
      throw new UsageError('--revoke takes only the token name');
    return { revoke: values.revoke };
  }
  const name = values.name?.trim();
  if (!name) throw new UsageError('--name is required');
  const scopes = values.scope ?? [];
  if (scopes.length === 0) throw new UsageError(`--scope is required (${TOKEN_SCOPES.join(', ')})`);
  const bad = scopes.find((s) => !(TOKEN_SCOPES as readonly string[]).includes(s));
  if (bad !== undefined)
    throw new UsageError(`unknown scope ${JSON.stringify(bad)} (${TOKEN_SCOPES.join(', ')})`);
  return { name, scopes: [...new Set(scopes)] as TokenScope[] };
}
