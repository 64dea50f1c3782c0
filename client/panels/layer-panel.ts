import type { I18n } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { LayerController } from '../layers/layer-controller.ts';
import type { ThemeLayer } from '../layers/theme-layer.ts';
import { THEMES } from '../state/catalog.ts';
import { el } from './dom.ts';
import { renderLegend } from './legend.ts';

/**
 * The layer catalogue: layers grouped by theme, each with a switch, an opacity slider and its
 * legend (shown while the layer is on). Rebuilt on a language switch, updated in place otherwise so
 * that a slider being dragged keeps its focus.
 */
export class LayerPanel {
  constructor(
    private readonly container: HTMLElement,
    private readonly controller: LayerController,
    private readonly i18n: I18n,
  ) {
    controller.onChange(() => this.update());
    i18n.onChange(() => this.render());
    this.render();
  }

  render(): void {
    const { i18n } = this;
    const groups = THEMES.map((theme) => {
      const layers = this.controller.layers.filter((layer) => layer.source.theme === theme);
      if (layers.length === 0) return undefined;
      const headingId = `theme-${theme}`;
      return el(
        'section',
        { class: 'theme', 'aria-labelledby': headingId },
        el('h3', { id: headingId }, i18n.t(`theme.${theme}` as MessageKey)),
        el('ul', { class: 'layer-list' }, ...layers.map((layer) => this.renderLayer(layer))),
      );
    });
    this.container.replaceChildren(...groups.filter((group) => group !== undefined));
    this.update();
  }

  private renderLayer(layer: ThemeLayer): HTMLElement {
    const { i18n, controller } = this;
    const { id } = layer.source;
    const title = i18n.pick(layer.source.title);
    const toggle = el('input', { type: 'checkbox', id: `layer-${id}`, 'data-layer-toggle': id });
    toggle.addEventListener('change', () => controller.toggle(id, toggle.checked));
    const slider = el('input', {
      type: 'range',
      min: '0',
      max: '100',
      step: '5',
      id: `opacity-${id}`,
      'data-layer-opacity': id,
      'aria-label': i18n.t('opacityOf', { name: title }),
    });
    const output = el('output', { for: `opacity-${id}` });
    slider.addEventListener('input', () => controller.setOpacity(id, Number(slider.value) / 100));
    return el(
      'li',
      { class: 'layer', 'data-layer': id },
      el(
        'div',
        { class: 'layer-head' },
        toggle,
        el('label', { for: `layer-${id}` }, title),
        // Always there, shown by update(): a layer learns from its data whether it is modelled (flows).
        el('span', { class: 'badge' }, i18n.t('modelled')),
      ),
      el('p', { class: 'layer-description' }, i18n.pick(layer.source.description)),
      el(
        'div',
        { class: 'layer-details' },
        el(
          'div',
          { class: 'opacity' },
          el('span', { 'aria-hidden': 'true' }, i18n.t('opacity')),
          slider,
          output,
        ),
        layer.controls?.(i18n),
        renderLegend(layer.legend(i18n), `${i18n.t('legend')}: ${title}`),
        layer.source.minzoom > 8 &&
          el('p', { class: 'zoom-hint' }, i18n.t('visibleFrom', { zoom: layer.source.minzoom })),
      ),
    );
  }

  /** Reflects the controller's state in the switches, sliders and legends. */
  private update(): void {
    for (const item of this.container.querySelectorAll<HTMLElement>('li.layer')) {
      const id = item.dataset.layer ?? '';
      const on = this.controller.isActive(id);
      const percent = Math.round(this.controller.opacity(id) * 100);
      item.classList.toggle('active', on);
      const toggle = item.querySelector<HTMLInputElement>('[data-layer-toggle]');
      if (toggle) toggle.checked = on;
      const badge = item.querySelector<HTMLElement>('.badge');
      if (badge) badge.hidden = !this.controller.get(id)?.source.modelled;
      const details = item.querySelector<HTMLElement>('.layer-details');
      if (details) details.hidden = !on;
      const slider = item.querySelector<HTMLInputElement>('[data-layer-opacity]');
      if (slider && document.activeElement !== slider) slider.value = String(percent);
      const output = item.querySelector('output');
      if (output) output.textContent = `${percent} %`;
    }
  }
}
