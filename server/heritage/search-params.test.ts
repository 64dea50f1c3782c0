import { describe, expect, it } from 'vitest';
import { SEARCH_LIMITS, SEARCH_QUERY } from './search-params.ts';

const parse = (q: Record<string, string>) => SEARCH_QUERY.safeParse(q);

describe('heritage search parameters', () => {
  it('defaults the page and leaves absent filters undefined', () => {
    expect(parse({}).data).toEqual({ limit: SEARCH_LIMITS.defaultLimit, offset: 0 });
  });

  it('reads a kind list (deduplicated), flags and numbers', () => {
    expect(
      parse({ kind: 'ruin,castle,ruin', nkp: 'false', open: 'true', visitors_min: '10', limit: '5' }).data,
    ).toEqual({ kind: ['ruin', 'castle'], nkp: false, open: true, visitors_min: 10, limit: 5, offset: 0 });
  });

  it.each([
    [{ kind: 'ruin,fort' }, 'kind'],
    [{ kind: '' }, 'kind'],
    [{ nkp: 'TRUE' }, 'nkp'],
    [{ visitors_max: '1e5' }, 'visitors_max'],
    [{ visitors_min: '9', visitors_max: '8' }, 'visitors_max'],
    [{ limit: '201' }, 'limit'],
    [{ municipality: '' }, 'municipality'],
  ])('rejects %o on %s', (query, field) => {
    const result = parse(query as Record<string, string>);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
  });
});
