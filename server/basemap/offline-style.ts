import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';

/** Our tile sources the offline basemap is drawn from (MVT layer name = source id). */
export const BASEMAP_SOURCES = [
  'region',
  'okresy',
  'orp',
  'municipalities',
  'municipality-labels',
  'railways',
  'stops',
] as const;

/**
 * The basemap layer thematic polygons are inserted under (named in the style's metadata): the
 * boundaries, railways and labels stay on top of a choropleth or flood zones, the land fill below.
 */
export const THEMATIC_BEFORE_LAYER = 'municipality-boundary';

/**
 * Basemap layers that draw the same features as a thematic source (named in the style's metadata):
 * the client hides them while that thematic layer is on, so a stop is not drawn twice.
 */
export const DUPLICATED_BY_THEMATIC: Record<string, string[]> = { stops: ['stop-icon'] };

/** Font stacks the glyph route serves; the style uses only these. */
export const BASEMAP_FONTS = {
  regular: ['Noto Sans Regular'],
  medium: ['Noto Sans Medium'],
  italic: ['Noto Sans Italic'],
} as const;

// Muted, light colours so that thematic layers drawn on top stay readable.
const COLORS = {
  background: '#e9e6df', // outside the region: a shade darker than inside
  land: '#f8f6f1',
  municipalityLine: '#d3ccc1',
  orpLine: '#b3a99c',
  okresLine: '#8f8478',
  regionHalo: '#d9cfc2',
  regionLine: '#6b5f55',
  railCasing: '#7d7d7d',
  railDash: '#ffffff',
  label: '#3a3530',
  labelHalo: '#ffffff',
};

/**
 * The offline basemap: a MapLibre style (version 8) that uses nothing but this server's own tiles,
 * glyphs and sprites, so that the map works without any network beyond its own origin.
 *
 * @example buildOfflineStyle('https://map.example.org').sources.municipalities
 *   // { type: 'vector', url: 'https://map.example.org/tiles/municipalities.json' }
 */
export function buildOfflineStyle(origin: string): StyleSpecification {
  const sources: Record<string, SourceSpecification> = {};
  // TileJSON rather than a bare tile template: it carries each source's zoom range, bounds and attribution.
  for (const id of BASEMAP_SOURCES) sources[id] = { type: 'vector', url: `${origin}/tiles/${id}.json` };
  return {
    version: 8,
    name: 'Regiomap offline basemap',
    metadata: {
      'regiomap:offline': true,
      'regiomap:thematic-before': THEMATIC_BEFORE_LAYER,
      'regiomap:duplicated-by': DUPLICATED_BY_THEMATIC,
    },
    center: [15.0, 50.75],
    zoom: 9,
    glyphs: `${origin}/basemap/fonts/{fontstack}/{range}.pbf`,
    sprite: `${origin}/basemap/sprites/light`,
    sources,
    layers: [...areaLayers(), ...boundaryLayers(), ...railwayLayers(), ...labelLayers()],
  };
}

function areaLayers(): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': COLORS.background } },
    {
      id: 'municipality-fill',
      type: 'fill',
      source: 'municipalities',
      'source-layer': 'municipalities',
      paint: { 'fill-color': COLORS.land },
    },
  ];
}

function boundaryLayers(): LayerSpecification[] {
  return [
    {
      id: 'municipality-boundary',
      type: 'line',
      source: 'municipalities',
      'source-layer': 'municipalities',
      minzoom: 9,
      paint: {
        'line-color': COLORS.municipalityLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 9, 0.4, 14, 1.2],
      },
    },
    {
      id: 'orp-boundary',
      type: 'line',
      source: 'orp',
      'source-layer': 'orp',
      paint: { 'line-color': COLORS.orpLine, 'line-width': 0.8, 'line-dasharray': [4, 2] },
    },
    {
      id: 'okres-boundary',
      type: 'line',
      source: 'okresy',
      'source-layer': 'okresy',
      paint: {
        'line-color': COLORS.okresLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.8, 14, 2],
      },
    },
    {
      id: 'region-boundary-halo',
      type: 'line',
      source: 'region',
      'source-layer': 'region',
      paint: { 'line-color': COLORS.regionHalo, 'line-width': 6, 'line-opacity': 0.7 },
    },
    {
      id: 'region-boundary',
      type: 'line',
      source: 'region',
      'source-layer': 'region',
      paint: { 'line-color': COLORS.regionLine, 'line-width': 1.8 },
    },
  ];
}

function railwayLayers(): LayerSpecification[] {
  const width: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 8, 1.2, 14, 3.5];
  return [
    {
      id: 'railway-casing',
      type: 'line',
      source: 'railways',
      'source-layer': 'railways',
      paint: { 'line-color': COLORS.railCasing, 'line-width': width },
    },
    {
      id: 'railway-dash',
      type: 'line',
      source: 'railways',
      'source-layer': 'railways',
      minzoom: 10,
      paint: {
        'line-color': COLORS.railDash,
        'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.6, 14, 2],
        'line-dasharray': [3, 3],
      },
    },
  ];
}

function labelLayers(): LayerSpecification[] {
  return [
    {
      id: 'stop-icon',
      type: 'symbol',
      source: 'stops',
      'source-layer': 'stops',
      minzoom: 12,
      layout: {
        'icon-image': 'bus_stop',
        'icon-size': ['interpolate', ['linear'], ['zoom'], 12, 0.7, 16, 1],
        'text-field': ['step', ['zoom'], '', 14, ['get', 'name']],
        'text-font': [...BASEMAP_FONTS.italic],
        'text-size': 11,
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: { 'text-color': '#4b5a6b', 'text-halo-color': COLORS.labelHalo, 'text-halo-width': 1.2 },
    },
    {
      // One point per town (labels taken from the polygons were repeated on every piece a tile edge cut).
      // Bigger towns win collisions.
      id: 'municipality-label',
      type: 'symbol',
      source: 'municipality-labels',
      'source-layer': 'municipality-labels',
      minzoom: 8,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [
          'case',
          ['>=', ['get', 'population'], 10000],
          ['literal', [...BASEMAP_FONTS.medium]],
          ['literal', [...BASEMAP_FONTS.regular]],
        ],
        'text-size': [
          'interpolate',
          ['linear'],
          ['zoom'],
          8,
          ['case', ['>=', ['get', 'population'], 10000], 13, 10],
          13,
          ['case', ['>=', ['get', 'population'], 10000], 18, 14],
        ],
        'symbol-sort-key': ['-', 0, ['get', 'population']],
        'text-max-width': 8,
        'text-padding': 4,
      },
      paint: { 'text-color': COLORS.label, 'text-halo-color': COLORS.labelHalo, 'text-halo-width': 1.5 },
    },
  ];
}
