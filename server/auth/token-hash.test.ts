import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bearerFromHeader, generateToken, hashToken } from './token-hash.ts';

describe('tokens', () => {
  it('are random, URL-safe and stored as their SHA-256 hex', () => {
    const a = generateToken();
    expect(a).toMatch(/^rgm_[A-Za-z0-9_-]{43}$/);
    expect(generateToken()).not.toBe(a);
    expect(hashToken(a)).toBe(createHash('sha256').update(a).digest('hex'));
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('are read from a Bearer Authorization header only', () => {
    expect(bearerFromHeader('Bearer rgm_abc-_1')).toBe('rgm_abc-_1');
    expect(bearerFromHeader('bearer  abc==')).toBe('abc==');
    expect(bearerFromHeader('Basic abc')).toBeNull();
    expect(bearerFromHeader('Bearer')).toBeNull();
    expect(bearerFromHeader('Bearer a b')).toBeNull();
    expect(bearerFromHeader(undefined)).toBeNull();
  });
});
