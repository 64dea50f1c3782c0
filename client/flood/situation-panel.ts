import type { I18n } from '../i18n/i18n.ts';
import { el } from '../panels/dom.ts';
import type { Tool } from '../panels/tool-drawer.ts';
import type { GaugeStatus } from './flood-api.ts';
import { formatMoment, stageLabel, trendText, valueVersusThreshold } from './flood-format.ts';
import type { FloodState } from './flood-state.ts';
import { STAGE_COLORS, floodingGauges, stageCounts } from './stage-scale.ts';

export const SITUATION_TOOL = 'flood-situation';

export interface SituationActions {
  /** Flies the map to a gauge (and makes sure the gauge layer is on). */
  flyTo(gauge: GaugeStatus): void;
  /** Asks the exposure section for a gauge's flood zones. */
  showExposure(gauge: GaugeStatus): void;
}

/**
 * The "situation" tool: gauges at SPA 1 or above, the most severe first (SPA 3, then the furthest
 * into its stage), each with its river, stage, reading against the threshold and trend; a click
 * flies the map there. Follows the live status or the replayed moment. `body[data-situation-ready]`
 * is `true` once the list shows the status of the moment asked for.
 */
export function situationTool(
  flood: FloodState,
  i18n: I18n,
  actions: SituationActions,
  extra?: (body: HTMLElement) => void,
): Tool {
  let list: HTMLElement | undefined;
  let open = false;
  const render = () => {
    if (!list || !open) return;
    const status = flood.status();
    if (!status || flood.loading()) {
      document.body.dataset.situationReady = 'false';
      if (!status) list.replaceChildren(el('p', { class: 'flood-note' }, i18n.t('flood.situation.loading')));
      if (!status) return;
    }
    const counts = stageCounts(status);
    const gauges = floodingGauges(status);
    const mode = i18n.t(flood.at === undefined ? 'flood.situation.live' : 'flood.situation.replay');
    list.replaceChildren(
      el('h3', {}, i18n.t('flood.situation.heading')),
      el(
        'p',
        { class: 'flood-as-of', 'data-situation-as-of': status.asOf ?? undefined },
        `${i18n.t('flood.situation.asOf', { time: formatMoment(status.asOf, i18n) })} (${mode})`,
      ),
      el(
        'p',
        { class: 'flood-summary' },
        i18n.t('flood.situation.summary', {
          spa3: counts.SPA3,
          spa2: counts.SPA2,
          spa1: counts.SPA1,
          drought: counts.drought,
          stale: counts.stale,
        }),
      ),
      gauges.length === 0
        ? el('p', { class: 'flood-note' }, i18n.t('flood.situation.none'))
        : el(
            'table',
            { class: 'situation-table' },
            el(
              'thead',
              {},
              el(
                'tr',
                {},
                ...(['station', 'river', 'stage', 'value', 'trend'] as const).map((key) =>
                  el('th', { scope: 'col' }, i18n.t(`flood.situation.${key}`)),
                ),
                el(
                  'th',
                  { scope: 'col' },
                  el('span', { class: 'visually-hidden' }, i18n.t('flood.situation.exposure')),
                ),
              ),
            ),
            el('tbody', {}, ...gauges.map((gauge) => row(gauge))),
          ),
    );
    if (!flood.loading()) document.body.dataset.situationReady = 'true';
  };

  const row = (gauge: GaugeStatus): HTMLElement => {
    const fly = el(
      'button',
      {
        type: 'button',
        class: 'link-button',
        'aria-label': i18n.t('flood.situation.flyTo', { name: gauge.name }),
      },
      gauge.name,
    );
    fly.addEventListener('click', () => actions.flyTo(gauge));
    const swatch = el('span', { class: 'stage-swatch', 'aria-hidden': 'true' });
    swatch.style.backgroundColor = STAGE_COLORS[gauge.stage];
    const exposure =
      gauge.stage === 'SPA2' || gauge.stage === 'SPA3'
        ? el(
            'button',
            { type: 'button', class: 'link-button', 'data-exposure-gauge': gauge.id },
            i18n.t('flood.situation.exposure'),
          )
        : undefined;
    exposure?.addEventListener('click', () => actions.showExposure(gauge));
    return el(
      'tr',
      {
        'data-situation-gauge': gauge.id,
        'data-stage': gauge.stage,
        class: gauge.stale ? 'stale' : undefined,
      },
      el('th', { scope: 'row' }, fly),
      el('td', {}, gauge.river),
      el('td', { class: 'stage-cell' }, swatch, stageLabel(gauge.stage, i18n)),
      el('td', { class: 'num' }, valueVersusThreshold(gauge, i18n)),
      el(
        'td',
        {},
        trendText(gauge.trend, i18n),
        gauge.stale
          ? el(
              'span',
              { class: 'stale-flag' },
              ` ${i18n.t('flood.stale', { time: formatMoment(gauge.lastReadingAt, i18n) })}`,
            )
          : undefined,
      ),
      el('td', {}, exposure),
    );
  };

  flood.onChange(render);
  i18n.onChange(render);
  return {
    id: SITUATION_TOOL,
    label: 'flood.situation',
    render: (body) => {
      list = el('div', { class: 'situation-list', 'data-situation': '' });
      body.append(list);
      extra?.(body);
    },
    onToggle: (on) => {
      open = on;
      if (on) render();
      else document.body.dataset.situationReady = 'false';
    },
  };
}
