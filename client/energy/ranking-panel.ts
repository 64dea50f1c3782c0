import type * as maplibregl from 'maplibre-gl';
import type { I18n } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { LayerController } from '../layers/layer-controller.ts';
import type { Properties } from '../layers/theme-layer.ts';
import { el } from '../panels/dom.ts';
import type { FeatureInteraction } from '../panels/feature-interaction.ts';
import type { Tool } from '../panels/tool-drawer.ts';
import type { ApiData } from '../state/api-data.ts';
import {
  BUILDING_TYPES,
  buildingUrl,
  rankingUrl,
  type BuildingDetail,
  type BuildingType,
  type RankingAnswer,
  type RankingQuery,
  type RankingRow,
} from './energy-api.ts';
import {
  DEFAULT_RANKING,
  RANKING_COLUMNS,
  cellValue,
  okresOptions,
  rankingTotals,
  sortedBy,
} from './ranking-model.ts';

/** The tile source whose popup a ranking row opens. */
export const BUILDINGS_SOURCE = 'buildings';
// Close enough to tell a building from its neighbours, far enough to keep the town in view.
const FLY_ZOOM = 14;

export interface RankingPanelDeps {
  api: ApiData;
  i18n: I18n;
  map: maplibregl.Map;
  controller: LayerController;
  interaction: FeatureInteraction;
}

/**
 * The ranking tool: buildings by savings potential or intensity (the API sorts and filters, so the
 * CSV export holds exactly the rows shown), filters by type and district, totals, CSV export; a row
 * flies the map to its building and opens the building's popup. `body[data-ranking-ready]` is
 * "true" once the table shows the current query's answer.
 */
export class RankingPanel {
  private query: RankingQuery = { ...DEFAULT_RANKING };
  private answer: RankingAnswer | undefined;
  private okresy: string[] = [];
  private failed = false;
  private requests = 0;

  constructor(
    private readonly body: HTMLElement,
    private readonly deps: RankingPanelDeps,
  ) {
    deps.i18n.onChange(() => this.render());
    this.load();
  }

  private load(): void {
    const request = ++this.requests;
    document.body.dataset.rankingReady = 'false';
    this.failed = false;
    this.render();
    this.deps.api
      .get<RankingAnswer>(rankingUrl(this.query))
      .then(
        (answer) => {
          if (request !== this.requests) return;
          this.answer = answer;
          // Districts are offered from the unfiltered answer (the first one) and kept after that.
          if (this.okresy.length === 0 && !this.query.okres && !this.query.type)
            this.okresy = okresOptions(answer.buildings);
        },
        () => {
          if (request === this.requests) this.failed = true;
        },
      )
      .finally(() => {
        if (request !== this.requests) return;
        this.render();
        document.body.dataset.rankingReady = this.failed ? 'error' : 'true';
      });
  }

  private set(query: RankingQuery): void {
    this.query = query;
    this.load();
  }

  private render(): void {
    const { i18n } = this.deps;
    const answer = this.answer;
    const heading = el(
      'h2',
      { class: 'tool-title' },
      i18n.t('energy.ranking.title', { year: answer?.year ?? '' }),
      el('span', { class: 'badge popup-badge' }, i18n.t('energy.modelled')),
    );
    const status = this.failed
      ? el('p', { class: 'ranking-status', role: 'alert' }, i18n.t('energy.ranking.error'))
      : !answer
        ? el('p', { class: 'ranking-status' }, i18n.t('energy.ranking.loading'))
        : undefined;
    this.body.replaceChildren(
      heading,
      el('p', { class: 'tool-note' }, i18n.t('energy.modelledNote')),
      this.filters(),
      status ?? this.table(answer?.buildings ?? []),
      el('p', { class: 'tool-note' }, i18n.t('energy.ranking.rowHint')),
    );
  }

  private filters(): HTMLElement {
    const { i18n } = this.deps;
    const select = (
      id: string,
      label: string,
      all: string,
      options: { value: string; label: string }[],
      current: string | undefined,
      onChange: (value: string | undefined) => void,
    ) => {
      const input = el(
        'select',
        { id, 'data-ranking-filter': id },
        el('option', { value: '' }, all),
        ...options.map((o) => el('option', { value: o.value }, o.label)),
      );
      input.value = current ?? '';
      input.addEventListener('change', () => onChange(input.value || undefined));
      return el('label', { class: 'ranking-filter' }, `${label} `, input);
    };
    const csv = el(
      'a',
      { href: rankingUrl(this.query, 'csv'), download: '', class: 'ranking-csv', 'data-ranking-csv': '' },
      i18n.t('energy.ranking.csv'),
    );
    return el(
      'div',
      { class: 'ranking-filters' },
      select(
        'type',
        i18n.t('energy.ranking.type'),
        i18n.t('energy.ranking.allTypes'),
        BUILDING_TYPES.map((t) => ({ value: t, label: i18n.t(`energy.type.${t}`) })),
        this.query.type,
        (value) => this.set({ ...this.query, type: value as BuildingType | undefined }),
      ),
      select(
        'okres',
        i18n.t('energy.ranking.okres'),
        i18n.t('energy.ranking.allOkresy'),
        this.okresy.map((o) => ({ value: o, label: o })),
        this.query.okres,
        (value) => this.set({ ...this.query, okres: value }),
      ),
      csv,
    );
  }

  private table(rows: RankingRow[]): HTMLElement {
    const { i18n } = this.deps;
    const format = (n: number, digits: number) => i18n.number(n, digits);
    const head = RANKING_COLUMNS.map((column) => {
      const label = i18n.t(column.label);
      const numeric = column.key !== 'name';
      if (!column.sort) return el('th', { scope: 'col' }, label);
      const sort = column.sort;
      const active = this.query.sort === sort;
      const button = el(
        'button',
        {
          type: 'button',
          class: 'sort-button',
          'data-ranking-sort': sort,
          title: i18n.t('energy.ranking.sortBy', { column: label }),
        },
        label,
        active ? (this.query.order === 'desc' ? ' ▼' : ' ▲') : '',
      );
      button.addEventListener('click', () => this.set(sortedBy(this.query, sort)));
      return el(
        'th',
        {
          scope: 'col',
          class: numeric ? 'num' : undefined,
          'aria-sort': active ? (this.query.order === 'desc' ? 'descending' : 'ascending') : undefined,
        },
        button,
      );
    });
    const body = rows.map((row) => {
      const tr = el(
        'tr',
        {
          'data-building-id': String(row.id),
          'data-type': row.type,
          'data-okres': row.okres ?? '',
          tabindex: '0',
        },
        ...RANKING_COLUMNS.map((column) => {
          const value = column.key === 'name' ? nameCell(row, i18n) : cellValue(row, column, format);
          const raw = row[column.key];
          const numeric = typeof raw === 'number';
          // The unformatted value rides along for tests and for copying out of the page.
          return el(
            'td',
            {
              class: numeric ? 'num' : undefined,
              'data-column': column.key,
              'data-value': numeric ? String(raw) : undefined,
            },
            value,
          );
        }),
      );
      tr.addEventListener('click', () => void this.show(row, tr));
      tr.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') void this.show(row, tr);
      });
      return tr;
    });
    const totals = rankingTotals(rows);
    const total = (key: 'savings_kwh' | 'savings_m3' | 'savings_czk') => {
      const column = RANKING_COLUMNS.find((c) => c.key === key);
      return column ? format(totals[key] / (column.divisor ?? 1), column.digits ?? 0) : '';
    };
    const foot = el(
      'tr',
      { 'data-ranking-totals': '' },
      el(
        'th',
        { scope: 'row', colspan: String(RANKING_COLUMNS.length - 3) },
        i18n.t('energy.ranking.total', { count: totals.count }),
      ),
      el('td', { class: 'num', 'data-total': 'savings_kwh' }, total('savings_kwh')),
      el('td', { class: 'num', 'data-total': 'savings_m3' }, total('savings_m3')),
      el('td', { class: 'num', 'data-total': 'savings_czk' }, total('savings_czk')),
    );
    return el(
      'div',
      { class: 'ranking-scroll' },
      el(
        'table',
        { class: 'ranking-table', 'data-ranking-table': '' },
        el('thead', {}, el('tr', {}, ...head)),
        el('tbody', {}, ...body),
        el('tfoot', {}, foot),
      ),
    );
  }

  /** Flies to the building (its position comes from the detail API) and opens its popup there. */
  private async show(row: RankingRow, tr: HTMLElement): Promise<void> {
    const { api, map, controller, interaction } = this.deps;
    for (const selected of this.body.querySelectorAll('tr.selected')) selected.classList.remove('selected');
    tr.classList.add('selected');
    controller.toggle(BUILDINGS_SOURCE, true);
    const layer = controller.get(BUILDINGS_SOURCE);
    const detail = await api.get<BuildingDetail>(buildingUrl(row.id)).catch(() => undefined);
    if (!layer || !detail) return;
    const center: [number, number] = [detail.building.lon, detail.building.lat];
    map.once('moveend', () => interaction.openPopup(layer, row as unknown as Properties, center));
    // The building lands in the middle of the map left of the drawer, where its popup is not covered.
    // Low in the map, so that the popup (charts make it tall) opens above the building, in view.
    const drawer = this.body.closest('.tool-drawer')?.getBoundingClientRect().width ?? 0;
    const height = map.getContainer().clientHeight;
    map.flyTo({
      center,
      zoom: Math.max(map.getZoom(), FLY_ZOOM),
      offset: [-drawer / 2, height * 0.35],
      essential: true,
    });
  }
}

/** The name, with type and district under it (no columns of their own: the drawer is narrow). */
function nameCell(row: RankingRow, i18n: I18n): HTMLElement {
  const type = i18n.t(`energy.type.${row.type}` as MessageKey);
  return el(
    'span',
    {},
    el('span', { class: 'ranking-name' }, row.name),
    el('span', { class: 'ranking-sub' }, [type, row.okres].filter(Boolean).join(' · ')),
  );
}

/** The ranking as a tool of the drawer (built on first open). */
export function rankingTool(deps: RankingPanelDeps): Tool {
  return {
    id: 'ranking',
    label: 'energy.ranking.tab',
    render: (body) => void new RankingPanel(body, deps),
  };
}
