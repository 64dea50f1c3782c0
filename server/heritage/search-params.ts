import { z } from 'zod';

/** Kinds a heritage site can have (the check constraint of heritage.sites). */
export const SITE_KINDS = ['castle', 'chateau', 'ruin', 'castle_chateau', 'museum', 'gallery'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

/** Limits of the search API; every value is documented where the schema checks it. */
export const SEARCH_LIMITS = {
  /** Longest search text (characters); names are far shorter. */
  maxText: 100,
  /** Results per page when `limit` is not given, and the most a page may hold. */
  defaultLimit: 20,
  maxLimit: 200,
  maxOffset: 100_000,
  /** More visitors than any Czech monument has in a year. */
  maxVisitors: 100_000_000,
} as const;

const integerText = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, 'must be a non-negative integer')
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be between ${min} and ${max}`);

const booleanText = z.enum(['true', 'false']).transform((v) => v === 'true');

const kindList = z
  .string()
  .min(1, 'must name at least one kind')
  .transform((v) => [...new Set(v.split(',').map((k) => k.trim()))])
  .pipe(z.array(z.enum(SITE_KINDS, { message: `must be a comma list of ${SITE_KINDS.join(', ')}` })));

/** The query string of GET /api/heritage/search, validated into typed filters (absent = no filter). */
export const SEARCH_QUERY = z
  .strictObject({
    q: z
      .string()
      .max(SEARCH_LIMITS.maxText, `must be at most ${SEARCH_LIMITS.maxText} characters`)
      .optional(),
    kind: kindList.optional(),
    municipality: z.string().min(1, 'must not be empty').max(SEARCH_LIMITS.maxText).optional(),
    nkp: booleanText.optional(),
    visitors_min: integerText(0, SEARCH_LIMITS.maxVisitors).optional(),
    visitors_max: integerText(0, SEARCH_LIMITS.maxVisitors).optional(),
    open: booleanText.optional(),
    limit: integerText(1, SEARCH_LIMITS.maxLimit).default(SEARCH_LIMITS.defaultLimit),
    offset: integerText(0, SEARCH_LIMITS.maxOffset).default(0),
  })
  .refine(
    (p) => p.visitors_min === undefined || p.visitors_max === undefined || p.visitors_min <= p.visitors_max,
    {
      message: 'must not be below visitors_min',
      path: ['visitors_max'],
    },
  );

export type SearchQuery = z.output<typeof SEARCH_QUERY>;

export const EXPORT_QUERY = z.strictObject({ format: z.enum(['geojson', 'csv']).default('geojson') });
