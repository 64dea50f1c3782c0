import type { I18n } from '../i18n/i18n.ts';
import { cs, en } from '../i18n/messages.ts';
import { el } from '../panels/dom.ts';
import type { CatalogSource } from '../state/catalog.ts';
import { memoised } from '../state/columns.ts';
import { FLOW_PURPOSES, type FlowPurpose, type FlowSettings } from '../state/flow-settings.ts';
import { FlowArcsLayer, type FlowDatum, type PlaceDatum } from './flow-arcs.ts';
import type { LiveContext } from './live-context.ts';
import { rgba } from './palettes.ts';
import { num, rows, text, type DeckThemeLayer, type PopupContent, type Properties } from './theme-layer.ts';

/** GET /api/flows: flows at or above a minimum, largest first, with the places they connect. */
export interface FlowsAnswer {
  source: string;
  purpose: FlowPurpose;
  modelled: boolean;
  origins: string[];
  destinations: string[];
  commuters: number[];
  places: Record<string, [number | null, number | null, string]>;
}

interface Neighbour {
  code: string;
  name: string | null;
  commuters: number;
}

/** GET /api/flows/summary. */
interface FlowSummary {
  municipality: { code: string; name: string; population: number };
  modelled: boolean;
  inbound: number;
  outbound: number;
  internal: number | null;
  topDestinations: Neighbour[];
  topOrigins: Neighbour[];
}

export const FLOWS_ID = 'commuter-flows';
export const ORIGIN_COLOR = '#3182bd';
export const DESTINATION_COLOR = '#e6550d';

/**
 * The flows have no tiles (a few hundred arcs come as one JSON answer), so their panel entry is
 * described here rather than by GET /catalog; everything else about it is an ordinary layer.
 */
export function flowsSource(): CatalogSource {
  return {
    id: FLOWS_ID,
    theme: 'transport',
    title: { cs: cs['flows.title'], en: en['flows.title'] },
    description: { cs: cs['flows.description'], en: en['flows.description'] },
    geometryType: 'line',
    fields: {},
    minzoom: 6,
    maxzoom: 18,
    attribution: cs['flows.attribution'],
    modelled: true,
    tilejson: '',
    tiles: '',
  };
}

export const flowsUrl = (settings: FlowSettings) =>
  `/api/flows?min=${settings.min}&purpose=${settings.purpose}`;

/** Arcs and arc-end places of one answer (built once per answer). */
function arcsOf(answer: FlowsAnswer): { flows: FlowDatum[]; places: PlaceDatum[]; max: number } {
  return memoised(answer, 'arcs', () => {
    const position = (code: string): [number, number] | undefined => {
      const [lon, lat] = answer.places[code] ?? [];
      return typeof lon === 'number' && typeof lat === 'number' ? [lon, lat] : undefined;
    };
    const name = (code: string) => answer.places[code]?.[2] ?? code;
    const flows: FlowDatum[] = [];
    const totals = new Map<string, number>();
    answer.origins.forEach((origin, i) => {
      const destination = answer.destinations[i] ?? '';
      const commuters = answer.commuters[i] ?? 0;
      const from = position(origin);
      const to = position(destination);
      if (!from || !to) return; // an outside place of unknown position has no arc to draw
      flows.push({
        properties: {
          kind: 'flow',
          origin,
          destination,
          origin_name: name(origin),
          destination_name: name(destination),
          commuters,
          modelled: answer.modelled,
        },
        from,
        to,
        commuters,
      });
      for (const code of [origin, destination]) totals.set(code, (totals.get(code) ?? 0) + commuters);
    });
    const places: PlaceDatum[] = [...totals].flatMap(([code, total]) => {
      const coordinates = position(code);
      return coordinates
        ? [
            {
              properties: { kind: 'place', code, name: name(code), modelled: answer.modelled },
              geometry: { type: 'Point' as const, coordinates },
              total,
            },
          ]
        : [];
    });
    return { flows, places, max: Math.max(1, ...flows.map((f) => f.commuters)) };
  });
}

/** Commuter flows between municipalities (census when loaded, else the gravity model, labelled so). */
export function flowsLayer(source: CatalogSource, live: LiveContext, settings: FlowSettings): DeckThemeLayer {
  let shown: FlowsAnswer | undefined;
  const current = () => {
    const url = flowsUrl(settings);
    const answer = live.api.peek<FlowsAnswer>(url);
    if (!answer) live.api.request(url);
    shown = answer ?? shown;
    if (shown) source.modelled = shown.modelled;
    return shown;
  };
  const sourceLabel = (p: Properties, i18n: I18n) =>
    p.modelled === false ? i18n.t('flows.census') : i18n.t('modelNotMeasured');
  const commuters = (value: unknown, i18n: I18n) => i18n.number(num(value) ?? 0);

  const flowPopup = (p: Properties, i18n: I18n): PopupContent => ({
    title: `${text(p.origin_name) ?? ''} → ${text(p.destination_name) ?? ''}`,
    subtitle: i18n.t(`flows.purpose.${settings.purpose}`),
    rows: [
      [i18n.t('flows.commuters'), commuters(p.commuters, i18n)],
      [i18n.t('field.dataSource'), sourceLabel(p, i18n)],
    ],
  });

  const summaryPopup = (p: Properties, i18n: I18n, s?: FlowSummary): PopupContent => {
    const neighbours = (list: Neighbour[]) =>
      list
        .slice(0, 5)
        .map((n) => `${n.name ?? n.code} (${i18n.number(n.commuters)})`)
        .join(', ');
    return {
      title: text(p.name) ?? '',
      subtitle: `${i18n.t('flows.summary')} – ${i18n.t(`flows.purpose.${settings.purpose}`)}`,
      rows: [
        ...rows(
          [i18n.t('flows.inbound'), s && i18n.number(s.inbound)],
          [i18n.t('flows.outbound'), s && i18n.number(s.outbound)],
          [i18n.t('flows.internal'), s?.internal === null || !s ? undefined : i18n.number(s.internal)],
          [i18n.t('flows.topDestinations'), s && neighbours(s.topDestinations)],
          [i18n.t('flows.topOrigins'), s && neighbours(s.topOrigins)],
        ),
        [i18n.t('field.dataSource'), s ? sourceLabel({ modelled: s.modelled }, i18n) : sourceLabel(p, i18n)],
      ],
    };
  };

  return {
    renderer: 'deck',
    source,
    deckLayer: (context) => {
      const answer = current();
      const arcs = answer ? arcsOf(answer) : { flows: [], places: [], max: 1 };
      return new FlowArcsLayer({
        id: `deck-${FLOWS_ID}`,
        flows: arcs.flows,
        places: arcs.places,
        maxCommuters: arcs.max,
        originColor: rgba(ORIGIN_COLOR, 210),
        destinationColor: rgba(DESTINATION_COLOR, 210),
        opacity: context.opacity,
        pickable: true,
        autoHighlight: true,
        highlightColor: [255, 215, 0, 255],
      });
    },
    legend: (i18n) => [
      { symbol: 'line', color: ORIGIN_COLOR, label: i18n.t('flows.origin') },
      { symbol: 'line', color: DESTINATION_COLOR, label: i18n.t('flows.destination') },
      { symbol: 'circle', color: '#ffffff', outline: '#3c3c3c', label: i18n.t('flows.place') },
    ],
    tooltip: (p, i18n) =>
      p.kind === 'place'
        ? (text(p.name) ?? '')
        : `${text(p.origin_name) ?? ''} → ${text(p.destination_name) ?? ''}: ${commuters(p.commuters, i18n)}`,
    popup: (p, i18n) => (p.kind === 'place' ? summaryPopup(p, i18n) : flowPopup(p, i18n)),
    popupAsync: async (p, i18n) => {
      // An arc's popup is complete as it is; a place's in/out summary comes from the API.
      const code = text(p.code);
      if (p.kind !== 'place' || !code) return p.kind === 'place' ? summaryPopup(p, i18n) : flowPopup(p, i18n);
      const summary = await live.api
        .get<FlowSummary>(`/api/flows/summary?municipality=${code}&purpose=${settings.purpose}`)
        .catch(() => undefined);
      return summaryPopup(p, i18n, summary);
    },
    controls: (i18n) => flowControls(settings, i18n),
  };
}

/** The minimum-flow slider and the purpose switch. */
function flowControls(settings: FlowSettings, i18n: I18n): HTMLElement {
  const slider = el('input', {
    type: 'range',
    min: '50',
    max: '1000',
    step: '50',
    id: 'flows-min',
    'data-flows-min': '',
    value: String(settings.min),
  });
  const output = el('output', { for: 'flows-min' }, i18n.number(settings.min));
  slider.addEventListener('input', () => {
    output.textContent = i18n.number(Number(slider.value));
    settings.set({ min: Number(slider.value) });
  });
  const purposes = FLOW_PURPOSES.map((purpose) => {
    const input = el('input', {
      type: 'radio',
      name: 'flows-purpose',
      value: purpose,
      id: `flows-purpose-${purpose}`,
      'data-flows-purpose': purpose,
    });
    input.checked = settings.purpose === purpose;
    input.addEventListener('change', () => {
      if (input.checked) settings.set({ purpose });
    });
    return el('label', { for: `flows-purpose-${purpose}` }, input, ` ${i18n.t(`flows.purpose.${purpose}`)}`);
  });
  return el(
    'div',
    { class: 'layer-controls' },
    el('label', { for: 'flows-min', class: 'control-label' }, i18n.t('flows.minimum')),
    el('div', { class: 'control-row' }, slider, output),
    el('fieldset', { class: 'control-choice' }, el('legend', {}, i18n.t('flows.purpose')), ...purposes),
  );
}
