import type { I18n } from '../i18n/i18n.ts';
import type { CatalogSource } from '../state/catalog.ts';
import { columnsById, memoised } from '../state/columns.ts';
import { formatHour } from '../state/time-state.ts';
import { LOAD_SCALE, classLabels, colorOf, sqrtWidth } from './class-scale.ts';
import { lineTileLayer } from './deck-lines.ts';
import type { LiveContext } from './live-context.ts';
import { rgba } from './palettes.ts';
import { num, rows, text, type DeckThemeLayer, type PopupContent, type Properties } from './theme-layer.ts';

/** GET /api/transit/load: modelled load of every transit segment in one hour of the modelled day. */
export interface TransitLoad {
  hour: number;
  date: string;
  source: string;
  segment_ids: number[];
  trips: number[];
  capacity: number[];
  passengers: number[];
  load_factor: number[];
  max_load_factor: number[];
}

/** GET /api/transit/stop-activity: used here only for stop names. */
interface StopActivity {
  stop_ids: string[];
  names: (string | null)[];
}

export const transitLoadUrl = (hour: number) => `/api/transit/load?hour=${hour}`;

const byId = (load: TransitLoad) =>
  memoised(load, 'byId', () =>
    columnsById(load.segment_ids, {
      trips: load.trips,
      capacity: load.capacity,
      passengers: load.passengers,
      load_factor: load.load_factor,
      max_load_factor: load.max_load_factor,
    }),
  );

/** A tram or articulated bus every 5 minutes is ~1,100 places an hour (the busiest DPMLJ segments). */
const WIDTH_MAX_CAPACITY = 1200;
const NO_SERVICE = rgba('#8a8a8a', 110);

/**
 * Modelled transit occupancy on the DPMLJ network: the `transit-segments` tiles with width = places
 * scheduled in the hour, colour = modelled load factor; same shared hour as the traffic layer (the
 * transit model is of the feed's representative weekday, so the day switch does not apply).
 */
export function transitLoadLayer(source: CatalogSource, live: LiveContext): DeckThemeLayer {
  let shown: TransitLoad | undefined;
  const current = (): TransitLoad | undefined => {
    const url = transitLoadUrl(live.time.hour);
    const answer = live.api.peek<TransitLoad>(url);
    if (!answer) live.api.request(url);
    shown = answer ?? shown;
    return shown;
  };
  const valuesOf = (p: Properties) => {
    const id = num(p.id);
    return shown && id !== undefined ? byId(shown).get(id) : undefined;
  };
  const lineTitle = (p: Properties, i18n: I18n) =>
    `${i18n.t(num(p.route_type) === 0 ? 'transit.tram' : 'transit.bus')} ${text(p.route_short_name) ?? ''}`;

  const content = (p: Properties, i18n: I18n, names?: Map<string, string>): PopupContent => {
    const v = valuesOf(p);
    const stop = (id: unknown) => {
      const key = text(id);
      return key === undefined ? '?' : (names?.get(key) ?? key);
    };
    const hour = shown ? `${formatHour(shown.hour)}, ${shown.date}` : '';
    return {
      title: lineTitle(p, i18n),
      subtitle: `${stop(p.from_stop)} → ${stop(p.to_stop)}`,
      rows: [
        ...rows(
          [i18n.t('transit.hour'), hour || undefined],
          [i18n.t('transit.trips'), v ? i18n.number(v.trips) : i18n.t('transit.noService')],
          [i18n.t('transit.capacity'), v && i18n.number(v.capacity)],
          [i18n.t('transit.passengers'), v && i18n.number(v.passengers)],
          [i18n.t('transit.loadFactor'), v && `${i18n.number(100 * v.load_factor)} %`],
          [i18n.t('transit.maxLoadFactor'), v && `${i18n.number(100 * v.max_load_factor)} %`],
        ),
        [i18n.t('field.dataSource'), i18n.t('modelNotMeasured')],
      ],
    };
  };

  return {
    renderer: 'deck',
    source,
    timeDependent: true,
    deckLayer: (context) => {
      const load = current();
      const values = load ? byId(load) : undefined;
      const of = (id: unknown) => (typeof id === 'number' ? values?.get(id) : undefined);
      return lineTileLayer(source, context, {
        color: (f) => {
          const v = of(f.properties.id);
          return v ? rgba(colorOf(LOAD_SCALE, v.load_factor)) : NO_SERVICE;
        },
        width: (f) => {
          const v = of(f.properties.id);
          return v ? sqrtWidth(v.capacity, WIDTH_MAX_CAPACITY, 1.5, 10) : 1;
        },
        trigger: load ? `${load.date}-${load.hour}` : 'none',
      });
    },
    legend: (i18n) => {
      const labels = classLabels(LOAD_SCALE, (n) => i18n.number(n * 100));
      return [
        ...LOAD_SCALE.colors.map((color, k) => ({
          symbol: 'line' as const,
          color,
          label: `${i18n.t('transit.loadFactor')} ${labels[k] ?? ''} %`,
        })),
        { symbol: 'line' as const, color: '#8a8a8a', label: i18n.t('transit.noService') },
      ];
    },
    tooltip: (p, i18n) => {
      const v = valuesOf(p);
      return v
        ? `${lineTitle(p, i18n)}: ${i18n.number(100 * v.load_factor)} % (${i18n.t('model')})`
        : lineTitle(p, i18n);
    },
    popup: (p, i18n) => content(p, i18n),
    popupAsync: async (p, i18n) => {
      const hour = shown?.hour ?? live.time.hour;
      const activity = await live.api
        .get<StopActivity>(`/api/transit/stop-activity?hour=${hour}`)
        .catch(() => undefined);
      const names = activity
        ? memoised(activity, 'names', () => {
            const map = new Map<string, string>();
            activity.stop_ids.forEach((id, i) => {
              const name = activity.names[i];
              if (name) map.set(id, name);
            });
            return map;
          })
        : undefined;
      return content(p, i18n, names);
    },
  };
}
