import { createHash } from 'node:crypto';

/**
 * A strong ETag for exactly these bytes: SHA-1, base64url, quoted. Each encoding of a tile is its
 * own representation, so the gzip and identity bodies get different tags.
 *
 * @example strongEtag(new Uint8Array([1, 2, 3])) // '"cDeAcZjCKn0rCAc3HXY3eahP3Bc"'
 */
export const strongEtag = (bytes: Uint8Array): string =>
  `"${createHash('sha1').update(bytes).digest('base64url')}"`;

// Quoted opaque tags, possibly weak (W/"…"), listed with commas (RFC 9110 8.8.3).
const ENTITY_TAG = /(?:W\/)?("[^"]*")/g;

/**
 * Whether an `If-None-Match` header matches `etag`, so that the answer is 304. Uses the weak
 * comparison RFC 9110 13.1.2 prescribes for this header; `*` matches any current representation.
 * A header without a quoted tag matches nothing (the full response is always a safe answer).
 */
export function ifNoneMatchMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const wanted = etag.replace(/^W\//, '');
  for (const m of header.matchAll(ENTITY_TAG)) if (m[1] === wanted) return true;
  return false;
}
