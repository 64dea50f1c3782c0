import type { I18n } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { CatalogSource } from '../state/catalog.ts';
import { columnsById, memoised } from '../state/columns.ts';
import { formatHour, type DayType } from '../state/time-state.ts';
import { TRAFFIC_SCALE, classLabels, colorOf, sqrtWidth } from './class-scale.ts';
import { lineTileLayer } from './deck-lines.ts';
import type { LiveContext } from './live-context.ts';
import { ROAD_CLASSES, rgba } from './palettes.ts';
import { num, rows, text, type DeckThemeLayer, type PopupContent, type Properties } from './theme-layer.ts';

/** GET /api/traffic/hourly: modelled vehicles per segment in one hour of a typical day. */
export interface HourlyTraffic {
  day: DayType;
  hour: number;
  source: string;
  segment_ids: number[];
  vehicles: number[];
  heavy: number[];
}

/** GET /api/traffic/profile: the 2 × 24 modelled hours of one segment. */
interface SegmentProfile {
  weekday: { vehicles: number[]; heavy: number[] };
  weekend: { vehicles: number[]; heavy: number[] };
}

export const hourlyUrl = (day: DayType, hour: number) => `/api/traffic/hourly?day=${day}&hour=${hour}`;

const byId = (traffic: HourlyTraffic) =>
  memoised(traffic, 'byId', () =>
    columnsById(traffic.segment_ids, { vehicles: traffic.vehicles, heavy: traffic.heavy }),
  );

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Busiest modelled hour on the network is ~1,800 vehicles; wider lines would cover the towns. */
const WIDTH_MAX_VEHICLES = 1500;

/**
 * Modelled traffic intensity on the road network: the `road-segments` tiles (geometry, class, speed)
 * coloured and sized by the vehicles of the hour the time panel shows. Moving the hour fetches one
 * small JSON answer (cached) and restyles the tiles already loaded.
 */
export function trafficLayer(source: CatalogSource, live: LiveContext): DeckThemeLayer {
  // The hour shown until the next one arrives: the lines keep their colours instead of flashing grey.
  let shown: HourlyTraffic | undefined;
  const current = (): HourlyTraffic | undefined => {
    const url = hourlyUrl(live.time.day, live.time.hour);
    const answer = live.api.peek<HourlyTraffic>(url);
    if (!answer) live.api.request(url);
    shown = answer ?? shown;
    return shown;
  };
  const roadClass = (value: unknown) =>
    (ROAD_CLASSES as readonly unknown[]).includes(value) ? i18nKey(`road.${String(value)}`) : undefined;

  const baseRows = (p: Properties, i18n: I18n, vehicles: number | undefined): [string, string][] => {
    const key = roadClass(p.class);
    const speed = num(p.speed_kmh);
    const length = num(p.length_m);
    const hour = shown ? `${i18n.t(`day.${shown.day}`)} ${formatHour(shown.hour)}` : '';
    return rows(
      [i18n.t('field.roadClass'), key && i18n.t(key)],
      [i18n.t('field.speed'), speed === undefined ? undefined : `${i18n.number(speed)} km/h`],
      [i18n.t('field.length'), length === undefined ? undefined : `${i18n.number(length / 1000, 2)} km`],
      [
        i18n.t('traffic.vehiclesHour', { hour }),
        vehicles === undefined ? undefined : `${i18n.number(vehicles)} ${i18n.t('unit.vehicles')}`,
      ],
    );
  };
  const title = (p: Properties, i18n: I18n) => {
    const key = roadClass(p.class);
    return text(p.name) ?? (key ? i18n.t(key) : i18n.pick(source.title));
  };
  const vehiclesOf = (p: Properties) => {
    const id = num(p.id);
    return shown && id !== undefined ? byId(shown).get(id)?.vehicles : undefined;
  };

  return {
    renderer: 'deck',
    source,
    timeDependent: true,
    deckLayer: (context) => {
      const traffic = current();
      const values = traffic ? byId(traffic) : undefined;
      const vehicles = (id: unknown) => (typeof id === 'number' ? values?.get(id)?.vehicles : undefined);
      return lineTileLayer(source, context, {
        color: (f) => {
          const v = vehicles(f.properties.id);
          return v === undefined ? rgba('#b9b9b9', 140) : rgba(colorOf(TRAFFIC_SCALE, v));
        },
        width: (f) => sqrtWidth(vehicles(f.properties.id) ?? 0, WIDTH_MAX_VEHICLES, 1, 12),
        trigger: traffic ? `${traffic.day}-${traffic.hour}` : 'none',
      });
    },
    legend: (i18n) => {
      const labels = classLabels(TRAFFIC_SCALE, (n) => i18n.number(n));
      return TRAFFIC_SCALE.colors.map((color, k) => ({
        symbol: 'line' as const,
        color,
        label: `${labels[k] ?? ''} ${i18n.t('unit.vehiclesPerHour')}`,
      }));
    },
    tooltip: (p, i18n) => {
      const v = vehiclesOf(p);
      return v === undefined
        ? title(p, i18n)
        : `${title(p, i18n)}: ${i18n.number(v)} ${i18n.t('unit.vehiclesPerHour')}`;
    },
    popup: (p, i18n): PopupContent => ({
      title: title(p, i18n),
      subtitle: i18n.pick(source.title),
      rows: [...baseRows(p, i18n, vehiclesOf(p)), [i18n.t('field.dataSource'), i18n.t('modelNotMeasured')]],
    }),
    popupAsync: async (p, i18n) => {
      const vehicles = vehiclesOf(p);
      const id = num(p.id);
      const profile =
        id === undefined
          ? undefined
          : await live.api.get<SegmentProfile>(`/api/traffic/profile?segment=${id}`).catch(() => undefined);
      const weekday = profile ? sum(profile.weekday.vehicles) : undefined;
      const weekend = profile ? sum(profile.weekend.vehicles) : undefined;
      // A week of five working days and two weekend days: the annual average daily traffic of the model.
      const aadt =
        weekday !== undefined && weekend !== undefined ? (5 * weekday + 2 * weekend) / 7 : undefined;
      const heavy = profile
        ? (5 * sum(profile.weekday.heavy) + 2 * sum(profile.weekend.heavy)) / 7
        : undefined;
      const fmt = (n: number | undefined) =>
        n === undefined ? undefined : `${i18n.number(n)} ${i18n.t('unit.vehiclesPerDay')}`;
      return {
        title: title(p, i18n),
        subtitle: i18n.pick(source.title),
        rows: [
          ...baseRows(p, i18n, vehicles),
          ...rows(
            [i18n.t('traffic.aadt'), fmt(aadt)],
            [i18n.t('traffic.weekdayTotal'), fmt(weekday)],
            [i18n.t('traffic.weekendTotal'), fmt(weekend)],
            [
              i18n.t('traffic.heavyShare'),
              aadt && heavy !== undefined ? `${i18n.number((100 * heavy) / aadt, 1)} %` : undefined,
            ],
          ),
          [i18n.t('field.dataSource'), i18n.t('modelNotMeasured')],
        ],
      };
    },
  };
}

const i18nKey = (key: string) => key as MessageKey;
