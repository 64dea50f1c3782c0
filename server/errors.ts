/**
 * An error the client caused and can fix. The HTTP layer turns it into
 * `{ "error": { "code", "message", "field" } }` with `status`; nothing else leaks.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const badRequest = (field: string, message: string) =>
  new HttpError(400, 'invalid_parameter', message, field);

export const notFound = (what: string, message: string) => new HttpError(404, 'not_found', message, what);
