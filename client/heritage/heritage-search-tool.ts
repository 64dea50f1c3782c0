import type * as maplibregl from 'maplibre-gl';
import type { I18n } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { LayerController } from '../layers/layer-controller.ts';
import type { Properties, ThemeLayer } from '../layers/theme-layer.ts';
import { HERITAGE_COLORS } from '../layers/palettes.ts';
import { el } from '../panels/dom.ts';
import type { Tool } from '../panels/tool-drawer.ts';
import type { ApiData } from '../state/api-data.ts';
import { HERITAGE_LAYER } from './heritage-layer.ts';
import {
  EMPTY_FORM,
  SEARCH_KINDS,
  searchUrl,
  type SearchAnswer,
  type SearchForm,
  type SearchHit,
  type SearchKind,
} from './search-query.ts';

export const HERITAGE_SOURCE_ID = 'heritage-sites';

/** A dot in the kind's map colour (the one palette, so list and map cannot disagree). */
const swatch = (kind: SearchKind) =>
  el('span', { class: 'heritage-swatch', style: `background: ${HERITAGE_COLORS[kind]}` });

/** Wait after the last keystroke before asking the server (one request per pause, not per letter). */
const TYPING_PAUSE_MS = 250;
/** How close the map flies to a result: street level, where the site is an icon with its name. */
const FLY_ZOOM = 14;

/**
 * Where the site should land relative to the map's centre: in the middle of the part the open panel
 * leaves free, and high enough that the popup (anchored under the site) fits below it.
 */
export function flyOffset(map: maplibregl.Map, panel: HTMLElement | undefined): [number, number] {
  const container = map.getContainer().getBoundingClientRect();
  const panelLeft = panel && !panel.hidden ? panel.getBoundingClientRect().left : container.right;
  const freeWidth = Math.max(container.width / 3, panelLeft - container.left);
  return [Math.round(freeWidth / 2 - container.width / 2), Math.round(-container.height * POPUP_ROOM)];
}

/** Share of the map's height the site is lifted above the centre, to leave room for its popup. */
const POPUP_ROOM = 0.22;

export interface HeritageSearchDeps {
  map: maplibregl.Map;
  controller: LayerController;
  api: ApiData;
  i18n: I18n;
  openPopup(layer: ThemeLayer, properties: Properties, lngLat: maplibregl.LngLatLike): void;
}

type ExportCollection = { features: { properties: Properties }[] };

/**
 * The heritage search panel: text (case and diacritics ignored by the API), kinds, municipality,
 * national-monument flag, visitor range and open-to-public; a result click switches the heritage
 * layer on, flies the map to the site and opens its popup. The body carries `data-search-ready`
 * ("true" once the latest answer is listed) for tests.
 */
export function heritageSearchTool(deps: HeritageSearchDeps): Tool {
  let form: SearchForm = { ...EMPTY_FORM, kinds: [] };
  let body: HTMLElement | undefined;
  let answer: SearchAnswer | undefined;
  let error: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  const { i18n } = deps;

  const search = () => {
    const ask = ++asked;
    body?.setAttribute('data-search-ready', 'false');
    fetch(searchUrl(form))
      .then(async (res) => {
        const json = (await res.json()) as SearchAnswer & { error?: { message: string } };
        if (!res.ok) throw new Error(json.error?.message ?? `HTTP ${res.status}`);
        return json;
      })
      .then(
        (json) => {
          if (ask !== asked) return;
          answer = json;
          error = undefined;
          renderResults();
        },
        (err: unknown) => {
          if (ask !== asked) return;
          error = err instanceof Error ? err.message : String(err);
          renderResults();
        },
      );
  };
  const update = (change: Partial<SearchForm>, pause = 0) => {
    form = { ...form, ...change };
    clearTimeout(timer);
    timer = setTimeout(search, pause);
  };

  const results = el('div', { class: 'heritage-results', 'aria-live': 'polite' });

  const renderResults = () => {
    const list = answer?.results ?? [];
    results.replaceChildren(
      error
        ? el(
            'p',
            { class: 'heritage-error', role: 'alert' },
            i18n.t('heritageSearch.error', { message: error }),
          )
        : el(
            'p',
            { class: 'heritage-count' },
            list.length === 0
              ? i18n.t('heritageSearch.none')
              : i18n.t('heritageSearch.count', { count: answer?.total ?? 0 }),
          ),
      el('ol', { class: 'heritage-result-list' }, ...list.map(resultItem)),
    );
    body?.setAttribute('data-search-ready', 'true');
  };

  const resultItem = (hit: SearchHit) => {
    const button = el(
      'button',
      { type: 'button', class: 'heritage-result', 'data-heritage-result': hit.id },
      swatch(hit.kind),
      el('strong', {}, hit.name, hit.nkp ? ' ★' : ''),
      el(
        'span',
        { class: 'heritage-result-meta' },
        [i18n.t(`heritage.${hit.kind}` as MessageKey), hit.municipality ?? undefined]
          .filter(Boolean)
          .join(', ') +
          (hit.visitors === null
            ? ''
            : ` · ${i18n.t('heritageSearch.visitorsShort', { count: i18n.number(hit.visitors), year: hit.visitors_year ?? '' })}`),
      ),
    );
    button.addEventListener('click', () => void flyTo(hit));
    return el('li', {}, button);
  };

  const flyTo = async (hit: SearchHit) => {
    const { map, controller } = deps;
    controller.toggle(HERITAGE_SOURCE_ID, true);
    const layer = controller.get(HERITAGE_SOURCE_ID);
    // The popup shows every attribute; the search hit is compact, the export (cached) has them all.
    const sites = deps.api.get<ExportCollection>(HERITAGE_LAYER.dataPath);
    map.once('moveend', () => {
      void sites.then((collection) => {
        const feature = collection.features.find((f) => f.properties.id === hit.id);
        if (layer && feature) deps.openPopup(layer, feature.properties, [hit.lon, hit.lat]);
      });
    });
    map.flyTo({
      center: [hit.lon, hit.lat],
      zoom: Math.max(map.getZoom(), FLY_ZOOM),
      offset: flyOffset(map, body),
      essential: true,
    });
  };

  const build = () => {
    if (!body) return;
    const input = el('input', {
      type: 'search',
      class: 'heritage-text',
      'data-heritage-search-input': '',
      placeholder: i18n.t('heritageSearch.placeholder'),
      'aria-label': i18n.t('heritageSearch.text'),
      value: form.text,
    });
    input.addEventListener('input', () => update({ text: input.value }, TYPING_PAUSE_MS));

    const kinds = el(
      'fieldset',
      { class: 'heritage-kinds' },
      el('legend', {}, i18n.t('heritageSearch.kinds')),
      ...SEARCH_KINDS.map((kind) => {
        const box = el('input', { type: 'checkbox', 'data-heritage-kind': kind });
        box.checked = form.kinds.includes(kind);
        box.addEventListener('change', () =>
          update({ kinds: box.checked ? [...form.kinds, kind] : form.kinds.filter((k) => k !== kind) }),
        );
        return el('label', {}, box, swatch(kind), i18n.t(`heritage.${kind}` as MessageKey));
      }),
    );

    const municipality = el('input', {
      type: 'text',
      'data-heritage-municipality': '',
      value: form.municipality,
      'aria-label': i18n.t('heritageSearch.municipality'),
    });
    municipality.addEventListener('input', () =>
      update({ municipality: municipality.value }, TYPING_PAUSE_MS),
    );

    const nkp = el(
      'select',
      { 'data-heritage-nkp': '' },
      ...(['any', 'true', 'false'] as const).map((value) =>
        el(
          'option',
          { value },
          i18n.t(
            value === 'any'
              ? 'heritageSearch.any'
              : value === 'true'
                ? 'heritageSearch.yes'
                : 'heritageSearch.no',
          ),
        ),
      ),
    );
    nkp.value = form.nkp;
    nkp.addEventListener('change', () => update({ nkp: nkp.value as SearchForm['nkp'] }));

    const visitors = (key: 'visitorsMin' | 'visitorsMax', label: MessageKey) => {
      const box = el('input', {
        type: 'number',
        min: '0',
        step: '1000',
        'data-heritage-visitors': key,
        value: form[key],
        'aria-label': i18n.t(label),
      });
      box.addEventListener('input', () => update({ [key]: box.value }, TYPING_PAUSE_MS));
      return el('label', {}, i18n.t(label), ' ', box);
    };

    const open = el('input', { type: 'checkbox', 'data-heritage-open': '' });
    open.checked = form.open;
    open.addEventListener('change', () => update({ open: open.checked }));

    body.replaceChildren(
      el('h2', { class: 'tool-title' }, i18n.t('heritageSearch.title')),
      el('label', { class: 'heritage-field' }, i18n.t('heritageSearch.text'), input),
      kinds,
      el(
        'div',
        { class: 'heritage-row' },
        el('label', { class: 'heritage-field' }, i18n.t('heritageSearch.municipality'), municipality),
        el('label', { class: 'heritage-field' }, i18n.t('heritageSearch.nkp'), nkp),
      ),
      el(
        'div',
        { class: 'heritage-field heritage-visitors' },
        i18n.t('heritageSearch.visitors'),
        el(
          'div',
          { class: 'heritage-row' },
          visitors('visitorsMin', 'heritageSearch.visitorsMin'),
          visitors('visitorsMax', 'heritageSearch.visitorsMax'),
        ),
      ),
      el('label', { class: 'heritage-check' }, open, i18n.t('heritageSearch.open')),
      results,
      el(
        'p',
        { class: 'heritage-export' },
        i18n.t('heritageSearch.export'),
        ' ',
        el('a', { href: '/api/heritage/export?format=geojson', download: '' }, 'GeoJSON'),
        ' · ',
        el('a', { href: '/api/heritage/export?format=csv', download: '' }, 'CSV'),
        ' (CC0)',
      ),
    );
    if (answer || error) renderResults();
  };

  i18n.onChange(() => build());

  return {
    id: 'heritage-search',
    label: 'heritageSearch.tab',
    render(container) {
      body = container;
      body.setAttribute('data-search-ready', 'false');
      build();
      search();
    },
  };
}
