import type { I18n } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { el } from '../panels/dom.ts';
import type { ApiData } from '../state/api-data.ts';
import {
  EXPOSURE_LAYERS,
  exposureUrl,
  ZONES,
  type Exposure,
  type ExposureLayer,
  type ExposureQuery,
  type Zone,
  type GaugeStatus,
} from './flood-api.ts';
import type { FloodState } from './flood-state.ts';

/** The zone asked for first: the designated extent of the hundred-year flood. */
const DEFAULT_ZONE: Zone = 'Q100';
/** Names listed per category; the counts and the export hold all of them. */
const LISTED = 8;

/**
 * The exposure section of the situation tool: for a gauge at SPA 2+ (from the list) or a river and
 * a Q-zone (chosen here), the counts and names of buildings, heritage sites, hospitals, schools,
 * stops and road segments inside that river's flood zones (`/api/flood/exposure`), with CSV and
 * GeoJSON downloads of the same query. `[data-exposure-state]` is `ready` once an answer is shown.
 */
export function exposureSection(
  api: ApiData,
  i18n: I18n,
  flood: FloodState,
): { element: HTMLElement; showGauge(gauge: GaugeStatus): void } {
  const river = el('select', { id: 'exposure-river', 'data-exposure-river': '' });
  const zone = el('select', { id: 'exposure-zone', 'data-exposure-zone': '' });
  const submit = el('button', { type: 'button', 'data-exposure-show': '' });
  const heading = el('h3', {});
  const hint = el('p', { class: 'flood-note' });
  const riverLabel = el('label', { for: 'exposure-river' });
  const zoneLabel = el('label', { for: 'exposure-zone' });
  const result = el('div', { class: 'exposure-result', 'aria-live': 'polite' });
  const element = el(
    'section',
    { class: 'exposure', 'data-exposure-state': 'idle' },
    heading,
    hint,
    el('div', { class: 'exposure-form' }, riverLabel, river, zoneLabel, zone, submit),
    result,
  );
  let query: ExposureQuery | undefined;
  let asked = 0;

  let offered = '';
  const fillRivers = () => {
    const rivers = [...new Set(flood.status()?.gauges.map((g) => g.river) ?? [])].sort((a, b) =>
      a.localeCompare(b, 'cs'),
    );
    // Rebuilt only when the list changes: a live update must not close a list being chosen from.
    if (rivers.join('\n') === offered) return;
    offered = rivers.join('\n');
    const chosen = river.value;
    river.replaceChildren(...rivers.map((name) => el('option', { value: name }, name)));
    if (rivers.includes(chosen)) river.value = chosen;
  };

  const show = (q: ExposureQuery) => {
    query = q;
    const ask = ++asked;
    element.dataset.exposureState = 'loading';
    result.replaceChildren(el('p', { class: 'flood-note' }, i18n.t('flood.exposure.loading')));
    api.get<Exposure>(exposureUrl(q, 'json')).then(
      (answer) => {
        if (ask !== asked) return;
        result.replaceChildren(...renderExposure(answer, q, i18n));
        element.dataset.exposureState = 'ready';
      },
      (err: unknown) => {
        if (ask !== asked) return;
        const message = err instanceof Error ? err.message : String(err);
        // A river named without zones is a 404 of the API: say what it means.
        const text =
          'river' in q && message === 'HTTP 404'
            ? i18n.t('flood.exposure.noZones', { river: q.river })
            : i18n.t('flood.exposure.error', { message });
        result.replaceChildren(el('p', { class: 'flood-error' }, text));
        element.dataset.exposureState = 'error';
      },
    );
  };

  submit.addEventListener('click', () => {
    if (river.value) show({ river: river.value, zone: zone.value as Zone });
  });
  // The rivers offered are those of the gauges, known once the first status has arrived.
  flood.onChange(fillRivers);

  const applyLanguage = () => {
    heading.textContent = i18n.t('flood.exposure.heading');
    hint.textContent = i18n.t('flood.exposure.hint');
    riverLabel.textContent = i18n.t('flood.exposure.river');
    zoneLabel.textContent = i18n.t('flood.exposure.zone');
    submit.textContent = i18n.t('flood.exposure.show');
    const chosen = zone.value || DEFAULT_ZONE;
    zone.replaceChildren(...ZONES.map((z) => el('option', { value: z }, i18n.t(`zone.${z}` as MessageKey))));
    zone.value = chosen;
    fillRivers();
    if (query) show(query);
  };
  i18n.onChange(applyLanguage);
  applyLanguage();
  return {
    element,
    showGauge: (gauge) => {
      fillRivers();
      river.value = gauge.river;
      show({ gauge: gauge.id, zone: zone.value as Zone });
    },
  };
}

const LABELS: Record<ExposureLayer, MessageKey> = {
  buildings: 'flood.exposure.buildings',
  schools: 'flood.exposure.schools',
  heritage: 'flood.exposure.heritage',
  hospitals: 'flood.exposure.hospitals',
  stops: 'flood.exposure.stops',
  roads: 'flood.exposure.roads',
};

function renderExposure(answer: Exposure, q: ExposureQuery, i18n: I18n): HTMLElement[] {
  const zone = i18n.t(`zone.${answer.zone}` as MessageKey);
  const title = el(
    'p',
    { class: 'exposure-for' },
    answer.gauge
      ? i18n.t('flood.exposure.forGauge', { gauge: answer.gauge.name, river: answer.river, zone })
      : i18n.t('flood.exposure.for', { river: answer.river, zone }),
  );
  if (answer.zoneRivers.length === 0)
    return [
      title,
      el('p', { class: 'flood-note' }, i18n.t('flood.exposure.noZones', { river: answer.river })),
    ];
  const sections = EXPOSURE_LAYERS.map((layer) => {
    const items = answer.features[layer];
    const names = items
      .slice(0, LISTED)
      .map((item) =>
        el(
          'li',
          {},
          item.municipality ? `${item.name} (${item.municipality})` : item.name,
          item.inside_m === undefined ? undefined : ` – ${i18n.number(item.inside_m)} m`,
        ),
      );
    return el(
      'details',
      { class: 'exposure-category', 'data-exposure-category': layer },
      el(
        'summary',
        {},
        `${i18n.t(LABELS[layer])}: `,
        el('strong', { 'data-exposure-count': layer }, i18n.number(answer.counts[layer])),
      ),
      items.length > 0 &&
        el(
          'ul',
          {},
          ...names,
          items.length > LISTED &&
            el(
              'li',
              { class: 'flood-note' },
              i18n.t('flood.exposure.more', { count: items.length - LISTED }),
            ),
        ),
    );
  });
  const links = el(
    'p',
    { class: 'exposure-export' },
    i18n.t('flood.exposure.export'),
    ' ',
    el('a', { href: exposureUrl(q, 'csv'), download: '', 'data-exposure-export': 'csv' }, 'CSV'),
    ' · ',
    el('a', { href: exposureUrl(q, 'geojson'), download: '', 'data-exposure-export': 'geojson' }, 'GeoJSON'),
  );
  return [title, ...sections, links];
}
