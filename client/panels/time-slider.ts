import type { I18n } from '../i18n/i18n.ts';
import type { LayerController } from '../layers/layer-controller.ts';
import { DAY_TYPES, formatHour, type TimeState } from '../state/time-state.ts';
import { el } from './dom.ts';

/**
 * The time panel over the map: an hour slider (0–23) and a weekday/weekend switch for the
 * time-dependent layers (traffic, transit load). Shown only while such a layer is on; moving it
 * changes the shared {@link TimeState}, which the layers follow without reloading their tiles.
 */
export function createTimePanel(
  container: HTMLElement,
  time: TimeState,
  controller: LayerController,
  i18n: I18n,
): HTMLElement {
  const slider = el('input', {
    type: 'range',
    min: '0',
    max: '23',
    step: '1',
    id: 'time-hour',
    'data-time-hour': '',
  });
  const output = el('output', { for: 'time-hour', class: 'time-output' });
  const label = el('label', { for: 'time-hour', class: 'time-label' });
  const dayButtons = DAY_TYPES.map((day) => {
    const button = el('button', { type: 'button', 'data-time-day': day });
    button.addEventListener('click', () => time.set({ day }));
    return button;
  });
  const dayGroup = el('div', { class: 'time-days', role: 'group' }, ...dayButtons);
  const note = el('p', { class: 'time-note' });
  const panel = el(
    'section',
    { class: 'time-panel', 'data-time-panel': '' },
    el('div', { class: 'time-row' }, label, slider, output),
    dayGroup,
    note,
  );
  slider.addEventListener('input', () => time.set({ hour: Number(slider.value) }));

  const update = () => {
    if (document.activeElement !== slider) slider.value = String(time.hour);
    output.textContent = formatHour(time.hour);
    slider.setAttribute('aria-valuetext', `${formatHour(time.hour)}, ${i18n.t(`day.${time.day}`)}`);
    for (const button of dayButtons)
      button.setAttribute('aria-pressed', String(button.dataset.timeDay === time.day));
  };
  const applyLanguage = () => {
    label.textContent = i18n.t('time.hour');
    panel.setAttribute('aria-label', i18n.t('time.panel'));
    dayGroup.setAttribute('aria-label', i18n.t('time.day'));
    for (const button of dayButtons)
      button.textContent = i18n.t(`day.${button.dataset.timeDay as 'weekday'}`);
    note.textContent = i18n.t('time.note');
    update();
  };
  const showForActiveLayers = () => {
    panel.hidden = !controller.activeLayers().some(({ id }) => controller.get(id)?.timeDependent);
  };
  time.onChange(update);
  i18n.onChange(applyLanguage);
  controller.onChange(showForActiveLayers);
  applyLanguage();
  showForActiveLayers();
  container.append(panel);
  return panel;
}
