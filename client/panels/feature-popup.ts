import { createChart } from '../charts/chart.ts';
import type { PopupContent } from '../layers/theme-layer.ts';
import { el } from './dom.ts';

/** A rendered popup body and what frees it (its charts hold canvases and listeners). */
export interface PopupView {
  element: HTMLElement;
  destroy(): void;
}

/** The popup body: title, subtitle, label/value rows, an optional threshold table, charts and links. */
export function renderPopup(content: PopupContent): PopupView {
  const table = content.table;
  const charts = (content.charts ?? []).map(createChart);
  const element = el(
    'div',
    { class: 'feature-popup' },
    el(
      'h2',
      { class: 'popup-title' },
      content.title,
      content.badge && el('span', { class: 'badge popup-badge' }, content.badge),
    ),
    content.subtitle && el('p', { class: 'popup-subtitle' }, content.subtitle),
    content.rows.length > 0 &&
      el(
        'dl',
        { class: 'popup-rows' },
        ...content.rows.flatMap(([label, value]) => [el('dt', {}, label), el('dd', {}, value)]),
      ),
    table &&
      el(
        'table',
        { class: 'popup-table' },
        el('caption', {}, table.caption),
        el(
          'thead',
          {},
          el('tr', {}, ...table.head.map((cell, i) => headCell(cell, i, table.highlightColumn))),
        ),
        el(
          'tbody',
          {},
          ...table.body.map(([label = '', ...cells]) =>
            el(
              'tr',
              {},
              el('th', { scope: 'row' }, label),
              ...cells.map((cell, i) =>
                el('td', { class: i + 1 === table.highlightColumn ? 'applies' : undefined }, cell),
              ),
            ),
          ),
        ),
      ),
    table?.note && el('p', { class: 'popup-note' }, table.note),
    charts.length > 0 && el('div', { class: 'popup-charts' }, ...charts.map((chart) => chart.element)),
    content.links &&
      content.links.length > 0 &&
      el(
        'p',
        { class: 'popup-links' },
        ...content.links.map((link) =>
          el('a', { href: link.href, target: '_blank', rel: 'noopener noreferrer' }, link.label),
        ),
      ),
  );
  return { element, destroy: () => charts.forEach((chart) => chart.destroy()) };
}

function headCell(text: string, index: number, highlight: number | undefined): HTMLElement {
  return el('th', { scope: 'col', class: index === highlight ? 'applies' : undefined }, text);
}
