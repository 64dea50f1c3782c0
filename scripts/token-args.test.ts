import { describe, expect, it } from 'vitest';
import { parseTokenArgs } from './token-args.ts';

describe('token:create arguments', () => {
  it('creates with a name and one or more known scopes (repeats folded)', () => {
    expect(parseTokenArgs(['--name', 'ČHMÚ feed', '--scope', 'gauges:write'])).toEqual({
      name: 'ČHMÚ feed',
      scopes: ['gauges:write'],
    });
    expect(
      parseTokenArgs([
        '--name=x',
        '--scope',
        'readings:write',
        '--scope',
        'gauges:write',
        '--scope',
        'gauges:write',
      ]),
    ).toEqual({ name: 'x', scopes: ['readings:write', 'gauges:write'] });
  });

  it('revokes by name alone', () => {
    expect(parseTokenArgs(['--revoke', 'x'])).toEqual({ revoke: 'x' });
    expect(() => parseTokenArgs(['--revoke', 'x', '--name', 'y'])).toThrow('--revoke takes only');
  });

  it('says what is missing or wrong', () => {
    expect(() => parseTokenArgs(['--scope', 'readings:write'])).toThrow('--name is required');
    expect(() => parseTokenArgs(['--name', 'x'])).toThrow('--scope is required');
    expect(() => parseTokenArgs(['--name', 'x', '--scope', 'admin'])).toThrow('unknown scope "admin"');
    expect(() => parseTokenArgs(['--name', 'x', '--scope', 'readings:write', 'extra'])).toThrow();
  });
});
