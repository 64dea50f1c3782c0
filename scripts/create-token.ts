// npm run token:create -- --name NAME --scope readings:write [--scope gauges:write]
//   creates a write token for the readings ingest and prints it once (only its SHA-256 is stored);
// npm run token:create -- --revoke NAME
//   revokes it. Works on the configured database (DATABASE_URL, or the embedded PGlite).
import { createApiToken, revokeApiToken } from '../server/auth/api-tokens.ts';
import { loadConfig } from '../server/config.ts';
import { openConfiguredDb } from './open-configured-db.ts';
import { parseTokenArgs } from './token-args.ts';

async function main(): Promise<void> {
  const command = parseTokenArgs(process.argv.slice(2));
  const db = await openConfiguredDb(loadConfig());
  try {
    if ('revoke' in command) {
      if (!(await revokeApiToken(db, command.revoke)))
        throw new Error(`no active token named ${JSON.stringify(command.revoke)}`);
      console.log(`token:create: revoked ${command.revoke}`);
      return;
    }
    const exists = await db.query('select 1 from ops.api_tokens where name = $1', [command.name]);
    if (exists.length > 0) throw new Error(`a token named ${JSON.stringify(command.name)} exists already`);
    const { token } = await createApiToken(db, command.name, command.scopes);
    console.error(`token:create: ${command.name} (${command.scopes.join(', ')}); shown once, store it now:`);
    console.log(token);
  } finally {
    await db.close();
  }
}

main().catch((err: unknown) => {
  console.error(`token:create: ${(err as Error).message.split('\n')[0]}`);
  process.exit(1);
});
