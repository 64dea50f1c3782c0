import type { CatalogSource } from '../state/catalog.ts';
import type { LiveContext } from './live-context.ts';
import { TRANSIT_STOP_COLOR } from './palettes.ts';
import { text, type MaplibreThemeLayer, type PopupContent, type Properties } from './theme-layer.ts';

/** The part of GET /api/transit/departures the popup shows. */
interface Departures {
  date: string;
  from: string;
  departures: {
    time: string;
    route_short_name: string | null;
    headsign: string | null;
    platform_code: string | null;
  }[];
}

const DEPARTURES_SHOWN = 10;

/** City transit stops (GTFS stations and lone stops); a click shows the next departures from the timetable. */
export function transitStopLayer(source: CatalogSource, live: LiveContext): MaplibreThemeLayer {
  const title = (p: Properties) => text(p.name) ?? text(p.stop_id) ?? '';
  return {
    renderer: 'maplibre',
    source,
    styleLayers: (sourceId, opacity) => [
      {
        id: `${sourceId}-circle`,
        type: 'circle',
        source: sourceId,
        'source-layer': source.id,
        paint: {
          'circle-color': [
            'case',
            ['boolean', ['feature-state', 'hover'], false],
            '#f28e2b',
            TRANSIT_STOP_COLOR,
          ],
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 12, 3, 16, 7],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
          'circle-opacity': opacity,
          'circle-stroke-opacity': opacity,
        },
      },
    ],
    interactiveLayerIds: (sourceId) => [`${sourceId}-circle`],
    legend: (i18n) => [
      {
        symbol: 'circle',
        color: TRANSIT_STOP_COLOR,
        outline: '#ffffff',
        label: i18n.t('legend.transitStop'),
      },
    ],
    tooltip: (p) => title(p),
    popup: (p, i18n) => ({ title: title(p), subtitle: i18n.t('departures.loading'), rows: [] }),
    popupAsync: async (p, i18n): Promise<PopupContent> => {
      const stop = text(p.stop_id);
      if (!stop) return { title: title(p), rows: [] };
      // Without a date the server answers for today from now on (or the feed's representative weekday).
      const answer = await live.api.get<Departures>(
        `/api/transit/departures?stop=${encodeURIComponent(stop)}&limit=${DEPARTURES_SHOWN}`,
      );
      return {
        title: title(p),
        subtitle: i18n.pick(source.title),
        rows: [],
        table: {
          caption: i18n.t('departures.caption', { date: answer.date, from: answer.from }),
          head: [i18n.t('departures.time'), i18n.t('departures.line'), i18n.t('departures.headsign')],
          body: answer.departures.map((d) => [d.time, d.route_short_name ?? '', d.headsign ?? '']),
          ...(answer.departures.length === 0 ? { note: i18n.t('departures.none') } : {}),
        },
      };
    },
  };
}
