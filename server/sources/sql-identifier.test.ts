import { describe, expect, it } from 'vitest';
import { identifierProblem, quoteIdent } from './sql-identifier.ts';

describe('quoteIdent', () => {
  it('quotes and doubles embedded quotes', () => {
    expect(quoteIdent('geom')).toBe('"geom"');
    expect(quoteIdent('tab le')).toBe('"tab le"');
    expect(quoteIdent('my "schema"')).toBe('"my ""schema"""');
    expect(quoteIdent('a"; drop table x; --')).toBe('"a""; drop table x; --"');
    expect(quoteIdent('obec_název')).toBe('"obec_název"');
  });

  it('refuses names PostgreSQL would not keep as written', () => {
    expect(identifierProblem('')).toMatch(/empty/);
    expect(identifierProblem('a\u0000b')).toMatch(/control/);
    expect(identifierProblem('a\nb')).toMatch(/control/);
    expect(identifierProblem('ž'.repeat(32))).toMatch(/63 bytes/);
    expect(identifierProblem('a'.repeat(63))).toBeUndefined();
    expect(() => quoteIdent('a\u0000')).toThrow(/control/);
  });
});
