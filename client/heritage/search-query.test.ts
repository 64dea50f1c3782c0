import { describe, expect, it } from 'vitest';
import { EMPTY_FORM, RESULT_LIMIT, SEARCH_KINDS, searchUrl } from './search-query.ts';

const params = (url: string) => Object.fromEntries(new URL(url, 'http://x').searchParams);

describe('heritage search URL', () => {
  it('asks only for the limit when the form is empty', () => {
    expect(params(searchUrl(EMPTY_FORM))).toEqual({ limit: String(RESULT_LIMIT) });
  });

  it('passes text, kinds, municipality, flags and whole-number visitor bounds', () => {
    const url = searchUrl({
      text: '  bezděz ',
      kinds: ['ruin', 'castle'],
      municipality: 'Česká Lípa',
      nkp: 'true',
      visitorsMin: '1000',
      visitorsMax: '12.5',
      open: true,
    });
    expect(params(url)).toEqual({
      q: 'bezděz',
      kind: 'ruin,castle',
      municipality: 'Česká Lípa',
      nkp: 'true',
      visitors_min: '1000',
      open: 'true',
      limit: String(RESULT_LIMIT),
    });
  });

  it('leaves the kind out when every kind is ticked', () => {
    expect(params(searchUrl({ ...EMPTY_FORM, kinds: [...SEARCH_KINDS] })).kind).toBeUndefined();
  });
});
