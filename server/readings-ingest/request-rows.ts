// The body of an ingest request → rows: JSON (`{ "readings": [...] }` or a bare array) or CSV with a
// header row. Size is limited before anything is parsed; row count right after.
import { parse } from 'csv-parse/sync';
import type { Context } from 'koa';
import getRawBody from 'raw-body';
import { HttpError, badRequest } from '../errors.ts';
import { MAX_BATCH_ROWS } from './ingest-types.ts';

export interface RequestRows {
  rows: unknown[];
  /** For CSV, the line of the file each row ends on (header = line 1), to point errors at lines. */
  lines?: number[];
}

const tooMany = (n: number | string) =>
  new HttpError(413, 'too_many_rows', `a batch holds at most ${MAX_BATCH_ROWS} rows, not ${n}`, 'readings');

/**
 * Reads and parses the body. 415 for other content types, 413 when the body exceeds `limitBytes`
 * (refused on Content-Length before reading, or while reading) or holds more than 10,000 rows,
 * 400 for unparseable JSON/CSV or CSV columns that are not fields of a reading.
 */
export async function readRequestRows(
  ctx: Context,
  options: { limitBytes: number; fields: readonly string[] },
): Promise<RequestRows> {
  const kind = ctx.request.is('application/json', 'text/csv');
  if (!kind)
    throw new HttpError(
      415,
      'unsupported_media_type',
      'send application/json or text/csv (with a header row)',
      'content-type',
    );
  const text = await readBody(ctx, options.limitBytes);
  return kind === 'text/csv' ? csvRows(text, options.fields) : jsonRows(text);
}

async function readBody(ctx: Context, limitBytes: number): Promise<string> {
  const length = ctx.get('Content-Length');
  try {
    return await getRawBody(ctx.req, {
      limit: limitBytes,
      encoding: 'utf8',
      ...(length ? { length: Number(length) } : {}),
    });
  } catch (err) {
    const type = (err as { type?: string }).type;
    if (type === 'entity.too.large')
      throw new HttpError(413, 'payload_too_large', `the body exceeds ${limitBytes} bytes`, 'body');
    if (type === 'request.size.invalid' || type === 'request.aborted')
      throw new HttpError(400, 'bad_request', 'the body ended before its Content-Length', 'body');
    if (type === 'encoding.unsupported')
      throw new HttpError(415, 'unsupported_media_type', 'the body must be UTF-8', 'content-type');
    throw err;
  }
}

function jsonRows(text: string): RequestRows {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw badRequest('body', 'the body is not valid JSON');
  }
  const rows = Array.isArray(body)
    ? body
    : typeof body === 'object' && body !== null && Array.isArray((body as { readings?: unknown }).readings)
      ? (body as { readings: unknown[] }).readings
      : null;
  if (!rows) throw badRequest('readings', 'send { "readings": [ … ] } or an array of readings');
  if (rows.length > MAX_BATCH_ROWS) throw tooMany(rows.length);
  return { rows };
}

function csvRows(text: string, fields: readonly string[]): RequestRows {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, {
      columns: (header: string[]) => {
        const names = header.map((h) => h.trim());
        const unknown = names.find((h) => !fields.includes(h));
        if (unknown !== undefined)
          throw badRequest(
            'header',
            `CSV column "${unknown.slice(0, 64)}" is not one of ${fields.join(', ')}`,
          );
        return names;
      },
      bom: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      // One record past the limit is enough to know the batch is too large.
      to: MAX_BATCH_ROWS + 1,
    });
  } catch (err) {
    if (err instanceof HttpError) throw err;
    const line = (err as { lines?: number }).lines;
    throw badRequest(
      'body',
      `the CSV cannot be read${line ? ` (line ${line})` : ''}: ${(err as Error).message}`,
    );
  }
  if (records.length > MAX_BATCH_ROWS)
    throw tooMany(`more (CSV stopped at line ${records.at(-1)?.info.lines})`);
  return { rows: records.map((r) => r.record), lines: records.map((r) => r.info.lines) };
}
