import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptsGzip, gzipBytes } from './content-encoding.ts';

describe('acceptsGzip', () => {
  it.each([
    ['gzip', true],
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.5', true],
    ['GZIP', true],
    ['x-gzip', true],
    ['*', true],
    ['deflate, *;q=0.1', true],
    ['gzip;q=0', false],
    ['gzip;q=0, *', false],
    ['*;q=0', false],
    ['identity', false],
    ['br', false],
    ['', false],
    [undefined, false],
    ['gzip;q=abc', false],
  ])('%j → %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});

describe('gzipBytes', () => {
  it('round-trips', async () => {
    const bytes = new Uint8Array(Array.from({ length: 1000 }, (_, i) => i % 7));
    const gz = await gzipBytes(bytes);
    expect(gz.length).toBeLessThan(bytes.length);
    expect(new Uint8Array(gunzipSync(gz))).toEqual(bytes);
  });
});
