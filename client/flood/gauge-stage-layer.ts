import { MVTLayer } from '@deck.gl/geo-layers';
import type { I18n } from '../i18n/i18n.ts';
import { ourTiles } from '../layers/deck-points.ts';
import { gaugePopup } from '../layers/flood-layers.ts';
import { rgba } from '../layers/palettes.ts';
import {
  rows,
  text,
  type DeckThemeLayer,
  type PopupContent,
  type Properties,
} from '../layers/theme-layer.ts';
import type { ApiData } from '../state/api-data.ts';
import type { CatalogSource } from '../state/catalog.ts';
import { memoised } from '../state/columns.ts';
import { seriesUrl, type FloodStatus, type GaugeStatus } from './flood-api.ts';
import { formatMeasure, formatMoment, formatRain, stageLabel, trendText } from './flood-format.ts';
import type { FloodState } from './flood-state.ts';
import { hydrographCharts, hydrographWindow, type GaugeSeries } from './hydrograph.ts';
import { STAGE_COLORS, STALE_RING, shownStage } from './stage-scale.ts';

/** The stage of each gauge of one status answer, by gauge id (built once per answer). */
export const statusById = (status: FloodStatus): Map<string, GaugeStatus> =>
  memoised(status, 'byId', () => new Map(status.gauges.map((gauge) => [gauge.id, gauge])));

/** The stages in the order the legend lists them. */
const LEGEND_STAGES = ['SPA3', 'SPA2', 'SPA1', 'none', 'drought'] as const;

/**
 * ČHMÚ water gauges coloured by their flood stage (live or at the replayed moment), joined by id
 * to the `gauges` tiles like the traffic layer joins its hourly answer: a new status restyles the
 * tiles already loaded (`updateTriggers`), it does not fetch them again. Gauges whose stage is
 * unknown or whose data are stale are grey with a dark ring. The SPA 3 pulse is drawn apart, by
 * CSS ({@link PulseMarkers}), so that the map itself stays still and its readiness can settle.
 */
export function gaugeStageLayer(source: CatalogSource, flood: FloodState, api: ApiData): DeckThemeLayer {
  // The moment shown, named in the popup only while replaying (live, it is the last reading's).
  const replayed = () => (flood.at === undefined ? undefined : (flood.status()?.asOf ?? undefined));
  const gaugeOf = (p: Properties): GaugeStatus | undefined => {
    const status = flood.status();
    const id = text(p.id);
    return status && id !== undefined ? statusById(status).get(id) : undefined;
  };

  return {
    renderer: 'deck',
    source,
    deckLayer: (context) => {
      const status = flood.status();
      const byId = status ? statusById(status) : undefined;
      const gauge = (id: unknown) => (typeof id === 'string' ? byId?.get(id) : undefined);
      const trigger = status?.asOf ?? 'none';
      return new MVTLayer({
        ...ourTiles(source, context),
        highlightColor: [255, 255, 255, 120],
        pointType: 'circle',
        stroked: true,
        filled: true,
        pointRadiusUnits: 'pixels',
        lineWidthUnits: 'pixels',
        getPointRadius: (f: { properties: Properties }) => {
          const stage = gauge(f.properties.id)?.stage;
          return stage === 'SPA3' ? 10 : stage === 'SPA2' ? 9 : stage === 'SPA1' ? 8 : 6.5;
        },
        getFillColor: (f: { properties: Properties }) => {
          const g = gauge(f.properties.id);
          return rgba(STAGE_COLORS[g ? shownStage(g) : 'unknown']);
        },
        getLineColor: (f: { properties: Properties }) => {
          const g = gauge(f.properties.id);
          return rgba(!g || shownStage(g) === 'unknown' ? STALE_RING : '#ffffff');
        },
        getLineWidth: (f: { properties: Properties }) => {
          const g = gauge(f.properties.id);
          return !g || shownStage(g) === 'unknown' ? 2.5 : 1.5;
        },
        updateTriggers: {
          getPointRadius: trigger,
          getFillColor: trigger,
          getLineColor: trigger,
          getLineWidth: trigger,
        },
      });
    },
    legend: (i18n) => [
      ...LEGEND_STAGES.map((stage) => ({
        symbol: 'circle' as const,
        color: STAGE_COLORS[stage],
        outline: '#ffffff',
        label: stageLabel(stage, i18n),
      })),
      { symbol: 'circle', color: '#ffffff', outline: STAGE_COLORS.SPA3, label: i18n.t('flood.pulseLegend') },
      {
        symbol: 'circle',
        color: STAGE_COLORS.unknown,
        outline: STALE_RING,
        label: i18n.t('flood.staleLegend'),
      },
    ],
    tooltip: (p, i18n) => {
      const g = gaugeOf(p);
      const name = `${text(p.name) ?? ''} (${text(p.river) ?? ''})`;
      return g
        ? `${name}: ${stageLabel(shownStage(g), i18n)} ${g.trend ? trendText(g.trend, i18n) : ''}`.trim()
        : name;
    },
    popup: (p, i18n) => withStatus(gaugePopup(p, i18n), gaugeOf(p), replayed(), i18n),
    // The week's hydrograph up to the moment shown (live or replayed), with the SPA lines and rain.
    popupAsync: async (p, i18n) => {
      const asOf = flood.status()?.asOf;
      const content = withStatus(gaugePopup(p, i18n), gaugeOf(p), replayed(), i18n);
      const id = text(p.id);
      if (!asOf || id === undefined) return content;
      const { from, to } = hydrographWindow(asOf);
      const series = await api.get<GaugeSeries>(seriesUrl(id, from, to)).catch(() => undefined);
      return series ? { ...content, charts: hydrographCharts(series, i18n) } : content;
    },
  };
}

/** The gauge's stage, reading, trend and rain above its threshold table. */
export function withStatus(
  base: PopupContent,
  gauge: GaugeStatus | undefined,
  asOf: string | undefined,
  i18n: I18n,
): PopupContent {
  if (!gauge) return base;
  // The moment shown is worth a row only when it is not the last reading itself.
  const sameMoment = asOf !== undefined && Date.parse(asOf) === Date.parse(gauge.lastReadingAt ?? '');
  return {
    ...base,
    rows: [
      ...rows(
        [i18n.t('flood.field.stage'), stageLabel(gauge.stage, i18n)],
        [
          i18n.t('flood.field.level'),
          gauge.level_cm === null ? undefined : formatMeasure(gauge.level_cm, 'H', i18n),
        ],
        [
          i18n.t('flood.field.discharge'),
          gauge.discharge_m3s === null ? undefined : formatMeasure(gauge.discharge_m3s, 'Q', i18n),
        ],
        [i18n.t('flood.field.trend'), trendText(gauge.trend, i18n)],
        [i18n.t('flood.field.rain24h'), formatRain(gauge.precipitation_24h_mm, i18n)],
        [
          i18n.t('flood.field.lastReading'),
          gauge.stale
            ? i18n.t('flood.stale', { time: formatMoment(gauge.lastReadingAt, i18n) })
            : formatMoment(gauge.lastReadingAt, i18n),
        ],
        [i18n.t('flood.field.asOf'), asOf && !sameMoment ? formatMoment(asOf, i18n) : undefined],
      ),
      ...base.rows,
      // The readings are the seeded model's, on real stations.
      [i18n.t('field.dataSource'), i18n.t('flood.modelledReadings')],
    ],
  };
}
