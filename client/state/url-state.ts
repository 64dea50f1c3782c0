import { isFlowPurpose, type FlowPurpose } from './flow-settings.ts';
import { isDayType, isHour, type DayType } from './time-state.ts';

/**
 * The shareable part of the map's state, kept in the URL hash so that a copied link restores it:
 * `#map=<zoom>/<lat>/<lon>&layers=<id>[:<opacity %>],…&hour=<0–23>&day=<weekday|weekend>`
 * `&flows=<min>/<purpose>&at=<ISO instant of the flood replay>&lang=<cs|en>`,
 * e.g. `#map=10.5/50.7671/15.0562&layers=municipalities:60,gauges&lang=en`.
 */
export interface UrlState {
  view?: { zoom: number; lat: number; lon: number };
  /** Active layers in drawing order, opacity 0–1. */
  layers?: { id: string; opacity: number }[];
  /** The hour of the time-dependent layers (written while one is on). */
  hour?: number;
  day?: DayType;
  /** The commuter-flow filter (written while the flows are on). */
  flows?: { min: number; purpose: FlowPurpose };
  /** The moment the flood replay shows (absent: the live situation). */
  at?: string;
  lang?: string;
}

const LAYER_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const LANG = /^[a-z]{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

/** Parses a hash; anything malformed is dropped (a bad link still opens the map). */
export function parseUrlState(hash: string): UrlState {
  const state: UrlState = {};
  for (const part of hash.replace(/^#/, '').split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq);
    const value = decodeURIComponent(part.slice(eq + 1));
    if (key === 'map') {
      const view = parseView(value);
      if (view) state.view = view;
    } else if (key === 'layers') {
      state.layers = parseLayers(value);
    } else if (key === 'hour' && /^\d{1,2}$/.test(value) && isHour(Number(value))) {
      state.hour = Number(value);
    } else if (key === 'day' && isDayType(value)) {
      state.day = value;
    } else if (key === 'flows') {
      const [min, purpose] = value.split('/');
      if (/^\d{1,7}$/.test(min ?? '') && isFlowPurpose(purpose)) state.flows = { min: Number(min), purpose };
    } else if (key === 'at' && INSTANT.test(value) && Number.isFinite(Date.parse(value))) {
      state.at = value;
    } else if (key === 'lang' && LANG.test(value)) {
      state.lang = value;
    }
  }
  return state;
}

export function formatUrlState(state: UrlState): string {
  const parts: string[] = [];
  if (state.view) {
    const { zoom, lat, lon } = state.view;
    // Five decimals of a degree is about a metre: enough for a link, short enough to paste.
    parts.push(`map=${round(zoom, 2)}/${round(lat, 5)}/${round(lon, 5)}`);
  }
  if (state.layers) {
    const layers = state.layers.map(({ id, opacity }) =>
      opacity >= 1 ? id : `${id}:${Math.round(opacity * 100)}`,
    );
    parts.push(`layers=${layers.join(',')}`);
  }
  if (state.hour !== undefined) parts.push(`hour=${state.hour}`);
  if (state.day) parts.push(`day=${state.day}`);
  if (state.flows) parts.push(`flows=${state.flows.min}/${state.flows.purpose}`);
  if (state.at) parts.push(`at=${state.at}`);
  if (state.lang) parts.push(`lang=${state.lang}`);
  return `#${parts.join('&')}`;
}

function parseView(value: string): UrlState['view'] {
  const [zoom, lat, lon] = value.split('/').map(Number);
  if (zoom === undefined || lat === undefined || lon === undefined) return undefined;
  if (!(zoom >= 0 && zoom <= 24 && lat >= -85.06 && lat <= 85.06 && lon >= -180 && lon <= 180))
    return undefined;
  return { zoom, lat, lon };
}

function parseLayers(value: string): { id: string; opacity: number }[] {
  const seen = new Set<string>();
  const layers: { id: string; opacity: number }[] = [];
  for (const item of value.split(',')) {
    const [id = '', pct] = item.split(':');
    if (!LAYER_ID.test(id) || seen.has(id)) continue;
    const opacity = pct === undefined ? 1 : Number(pct) / 100;
    if (!(opacity >= 0 && opacity <= 1)) continue;
    seen.add(id);
    layers.push({ id, opacity });
  }
  return layers;
}

function round(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}
