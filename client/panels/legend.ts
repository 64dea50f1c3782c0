import type { LegendItem } from '../layers/theme-layer.ts';
import { el } from './dom.ts';

/** A legend list: one swatch per class, drawn the way the layer draws it (fill, line or dot). */
export function renderLegend(items: LegendItem[], label: string): HTMLElement {
  return el(
    'ul',
    { class: 'legend', 'aria-label': label },
    ...items.map((item) => {
      const swatch = el('span', { class: `swatch swatch-${item.symbol}`, 'aria-hidden': 'true' });
      if (item.symbol === 'line') {
        swatch.style.borderTopColor = item.color;
      } else {
        swatch.style.backgroundColor = item.color;
        if (item.outline) swatch.style.borderColor = item.outline;
      }
      return el('li', {}, swatch, el('span', { class: 'legend-label' }, item.label));
    }),
  );
}
