import path from 'node:path';
import { z } from 'zod';

const ROOT = path.resolve(import.meta.dirname, '..');

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  REGIOMAP_DATA_DIR: z
    .string()
    .min(1)
    .default(path.join(ROOT, '.regiomap', 'db')),
  BASEMAP_STYLE_URL: z.string().url().optional(),
  PUBLIC_URL: z.string().url().optional(),
  TILE_CACHE_MB: z.coerce.number().min(0).max(16_384).default(128),
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  DB_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(200).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Energy savings prices (CZK, without VAT): indicative 2025 round figures for a public buyer in the
  // region — electricity incl. distribution, district heat (~780 CZK/GJ), natural gas incl.
  // distribution, water + sewage (vodné a stočné, SVS Liberec order of magnitude). Override per deployment.
  ENERGY_PRICE_CZK_KWH_ELECTRICITY: z.coerce.number().min(0).max(1000).default(5.5),
  ENERGY_PRICE_CZK_KWH_HEAT: z.coerce.number().min(0).max(1000).default(2.8),
  ENERGY_PRICE_CZK_KWH_GAS: z.coerce.number().min(0).max(1000).default(2.0),
  WATER_PRICE_CZK_M3: z.coerce.number().min(0).max(10_000).default(135),
  // Gross calorific value for gas meters in m³; Czech distributors bill at about 10.5–10.7 kWh/m³.
  GAS_KWH_PER_M3: z.coerce.number().min(1).max(20).default(10.55),
  // Flood status: the in-process cache (off only to measure the uncached cost) and the SSE heartbeat.
  FLOOD_STATUS_CACHE: z.enum(['on', 'off']).default('on'),
  FLOOD_SSE_HEARTBEAT_S: z.coerce.number().min(1).max(300).default(20),
  // Readings ingest: an optional deployer token (stored hashed at start, all write scopes; at least
  // 32 characters) and the body limit (10,000 JSON rows of a meter are ~1 MB).
  INGEST_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  INGEST_MAX_BODY_MB: z.coerce.number().min(0.01).max(64).default(4),
});

/** Everything the server reads from its environment, validated once at start. */
export interface Config {
  port: number;
  host: string;
  /** Real PostGIS when set; otherwise the embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** An external MapLibre style to use instead of the bundled offline basemap. */
  basemapStyleUrl: string | undefined;
  /** Base of absolute URLs in TileJSON; defaults to the request's own origin. */
  publicUrl: string | undefined;
  tileCacheBytes: number;
  statementTimeoutMs: number;
  dbMaxConnections: number;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  /** Prices of the energy savings potential and the gas conversion factor (see the schema's comments). */
  energy: EnergyPrices;
  /** Flood status cache on/off and the SSE heartbeat interval. */
  flood: { statusCache: boolean; sseHeartbeatMs: number };
  /** Readings ingest: the deployer's token from INGEST_TOKEN (never logged) and the body limit. */
  ingest: { envToken: string | undefined; maxBodyBytes: number };
  /** Built client (vite build output). */
  clientDir: string;
  /** Glyphs and sprites of the offline basemap. */
  basemapAssetsDir: string;
}

export interface EnergyPrices {
  electricityCzkKwh: number;
  heatCzkKwh: number;
  gasCzkKwh: number;
  waterCzkM3: number;
  gasKwhPerM3: number;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`invalid environment variable ${String(issue?.path[0])}: ${issue?.message}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.REGIOMAP_DATA_DIR,
    basemapStyleUrl: e.BASEMAP_STYLE_URL,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ''),
    tileCacheBytes: Math.round(e.TILE_CACHE_MB * 1024 * 1024),
    statementTimeoutMs: e.STATEMENT_TIMEOUT_MS,
    dbMaxConnections: e.DB_MAX_CONNECTIONS,
    logLevel: e.LOG_LEVEL,
    energy: {
      electricityCzkKwh: e.ENERGY_PRICE_CZK_KWH_ELECTRICITY,
      heatCzkKwh: e.ENERGY_PRICE_CZK_KWH_HEAT,
      gasCzkKwh: e.ENERGY_PRICE_CZK_KWH_GAS,
      waterCzkM3: e.WATER_PRICE_CZK_M3,
      gasKwhPerM3: e.GAS_KWH_PER_M3,
    },
    flood: { statusCache: e.FLOOD_STATUS_CACHE === 'on', sseHeartbeatMs: e.FLOOD_SSE_HEARTBEAT_S * 1000 },
    ingest: { envToken: e.INGEST_TOKEN, maxBodyBytes: Math.round(e.INGEST_MAX_BODY_MB * 1024 * 1024) },
    clientDir: path.join(ROOT, 'dist'),
    basemapAssetsDir: path.join(ROOT, 'data', 'basemap'),
  };
}
