/**
 * PostgreSQL identifiers from the catalog. Any name PostgreSQL accepts is allowed (the tests use
 * schemas and columns with spaces and quotes on purpose); "plain" means no control characters and
 * no more than NAMEDATALEN − 1 bytes, so that the quoted form names exactly that object.
 */
export const MAX_IDENTIFIER_BYTES = 63;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export function identifierProblem(name: string): string | undefined {
  if (name.length === 0) return 'must not be empty';
  if (CONTROL.test(name)) return 'must not contain control characters';
  if (Buffer.byteLength(name, 'utf8') > MAX_IDENTIFIER_BYTES) {
    return `must be at most ${MAX_IDENTIFIER_BYTES} bytes (PostgreSQL would truncate it)`;
  }
  return undefined;
}

/**
 * Quotes an identifier for SQL text, doubling embedded quotes like PostgreSQL's quote_ident.
 * Throws on names `identifierProblem` rejects: the catalog is validated first, so this is a guard.
 *
 * @example quoteIdent('my "schema"') // '"my ""schema"""'
 */
export function quoteIdent(name: string): string {
  const problem = identifierProblem(name);
  if (problem) throw new Error(`identifier ${JSON.stringify(name)} ${problem}`);
  return `"${name.replaceAll('"', '""')}"`;
}
