/** One tile source of `GET /catalog` (the contract between the tile server and the client). */
/** What a source's features are; `mixed` holds areas and points (blue-green infrastructure). */
export const GEOMETRY_TYPES = ['polygon', 'line', 'point', 'mixed'] as const;
export type GeometryType = (typeof GEOMETRY_TYPES)[number];

export interface CatalogSource {
  id: string;
  theme: Theme;
  title: Localized;
  description: Localized;
  geometryType: GeometryType;
  fields: Record<string, 'string' | 'number' | 'boolean'>;
  minzoom: number;
  maxzoom: number;
  attribution: string;
  modelled: boolean;
  tilejson: string;
  tiles: string;
}

export const THEMES = ['admin', 'transport', 'flood', 'heritage', 'emergency', 'energy', 'water'] as const;
export type Theme = (typeof THEMES)[number];
export interface Localized {
  cs: string;
  en: string;
}

export class CatalogError extends Error {}

/** Fetches and checks the catalog; a source that breaks the contract fails loudly, not later. */
export async function fetchCatalog(url = '/catalog'): Promise<CatalogSource[]> {
  const res = await fetch(url);
  if (!res.ok) throw new CatalogError(`${url} answered ${res.status}`);
  return parseCatalog(await res.json());
}

export function parseCatalog(body: unknown): CatalogSource[] {
  const sources = (body as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(sources)) throw new CatalogError('catalog has no "sources" array');
  return sources.flatMap((raw: unknown, i) => {
    // A source of a theme this client does not know yet is left out, not a reason to show no map.
    const theme = (raw as { theme?: unknown } | null)?.theme;
    // Basemap-only sources (label points) are drawn by the basemap style, not offered as layers.
    if (theme === 'basemap') return [];
    if (!(THEMES as readonly unknown[]).includes(theme)) {
      console.warn(`catalog source #${i}: unknown theme ${String(theme)}; not shown`);
      return [];
    }
    return [parseSource(raw, i)];
  });
}

function parseSource(raw: unknown, i: number): CatalogSource {
  const s = raw as Record<string, unknown>;
  const where = `catalog source #${i} (${String(s?.id)})`;
  const str = (key: string) => {
    if (typeof s[key] !== 'string') throw new CatalogError(`${where}: "${key}" must be a string`);
    return s[key] as string;
  };
  const num = (key: string) => {
    if (typeof s[key] !== 'number') throw new CatalogError(`${where}: "${key}" must be a number`);
    return s[key] as number;
  };
  const localized = (key: string): Localized => {
    const v = s[key] as Partial<Localized> | undefined;
    if (typeof v?.cs !== 'string' || typeof v.en !== 'string')
      throw new CatalogError(`${where}: "${key}" needs cs and en`);
    return { cs: v.cs, en: v.en };
  };
  const theme = str('theme');
  const geometryType = str('geometryType');
  if (!GEOMETRY_TYPES.includes(geometryType as GeometryType)) {
    throw new CatalogError(`${where}: unknown geometryType "${geometryType}"`);
  }
  return {
    id: str('id'),
    theme: theme as Theme,
    title: localized('title'),
    description: localized('description'),
    geometryType: geometryType as GeometryType,
    fields: (s.fields ?? {}) as CatalogSource['fields'],
    minzoom: num('minzoom'),
    maxzoom: num('maxzoom'),
    attribution: str('attribution'),
    modelled: s.modelled === true,
    tilejson: str('tilejson'),
    tiles: str('tiles'),
  };
}

/** `GET /api/config`: which basemap style to load and the languages the UI offers. */
export interface AppConfig {
  basemapStyleUrl: string;
  offlineBasemap: boolean;
  languages: string[];
}

export async function fetchAppConfig(url = '/api/config'): Promise<AppConfig> {
  const res = await fetch(url);
  if (!res.ok) throw new CatalogError(`${url} answered ${res.status}`);
  const body = (await res.json()) as Partial<AppConfig>;
  if (typeof body.basemapStyleUrl !== 'string') throw new CatalogError(`${url}: no basemapStyleUrl`);
  return {
    basemapStyleUrl: body.basemapStyleUrl,
    offlineBasemap: body.offlineBasemap === true,
    languages: body.languages ?? ['cs'],
  };
}
