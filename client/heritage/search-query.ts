// What the heritage search panel asks the API (pure: form state in, URL out).

export const SEARCH_KINDS = ['castle', 'chateau', 'castle_chateau', 'ruin', 'museum', 'gallery'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchForm {
  text: string;
  /** Kinds ticked; none ticked means every kind. */
  kinds: SearchKind[];
  municipality: string;
  nkp: 'any' | 'true' | 'false';
  visitorsMin: string;
  visitorsMax: string;
  open: boolean;
}

export const EMPTY_FORM: SearchForm = {
  text: '',
  kinds: [],
  municipality: '',
  nkp: 'any',
  visitorsMin: '',
  visitorsMax: '',
  open: false,
};

/** Results the panel lists at once (the API allows 200; a list longer than this is scrolled past). */
export const RESULT_LIMIT = 50;

/** The search API URL for a form; empty fields are left out, numbers only when they are whole numbers. */
export function searchUrl(form: SearchForm, base = '/api/heritage/search'): string {
  const params = new URLSearchParams();
  const text = form.text.trim();
  if (text) params.set('q', text.slice(0, 100));
  if (form.kinds.length > 0 && form.kinds.length < SEARCH_KINDS.length)
    params.set('kind', form.kinds.join(','));
  if (form.municipality.trim()) params.set('municipality', form.municipality.trim());
  if (form.nkp !== 'any') params.set('nkp', form.nkp);
  for (const [name, value] of [
    ['visitors_min', form.visitorsMin],
    ['visitors_max', form.visitorsMax],
  ] as const) {
    if (/^\d{1,9}$/.test(value.trim())) params.set(name, value.trim());
  }
  if (form.open) params.set('open', 'true');
  params.set('limit', String(RESULT_LIMIT));
  return `${base}?${params.toString()}`;
}

/** One hit of GET /api/heritage/search (server/heritage/heritage-queries.ts SearchHit). */
export interface SearchHit {
  id: string;
  name: string;
  kind: SearchKind;
  municipality: string | null;
  lon: number;
  lat: number;
  nkp: boolean;
  access: 'free' | 'fee' | null;
  visitors: number | null;
  visitors_year: number | null;
  rank: number;
}

export interface SearchAnswer {
  total: number;
  limit: number;
  offset: number;
  results: SearchHit[];
}
