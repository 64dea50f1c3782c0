import { describe, expect, it } from 'vitest';
import { ifNoneMatchMatches, strongEtag } from './etag.ts';

describe('strongEtag', () => {
  it('is a quoted, strong, content-derived tag', () => {
    const tag = strongEtag(new Uint8Array([1, 2, 3]));
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(strongEtag(new Uint8Array([1, 2, 3]))).toBe(tag);
    expect(strongEtag(new Uint8Array([1, 2, 4]))).not.toBe(tag);
  });
});

describe('ifNoneMatchMatches', () => {
  const tag = '"abc"';
  it.each([
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ['"x",W/"abc" , "y"', true],
    ['*', true],
    [' * ', true],
    ['"abcd"', false],
    ['abc', false],
    ['"x", "y"', false],
    ['', false],
    [undefined, false],
  ])('%j → %s', (header, expected) => {
    expect(ifNoneMatchMatches(header, tag)).toBe(expected);
  });
});
