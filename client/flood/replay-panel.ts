import type { I18n } from '../i18n/i18n.ts';
import { el } from '../panels/dom.ts';
import type { ApiData } from '../state/api-data.ts';
import { TIMELINE_URL, type FloodTimeline } from './flood-api.ts';
import { formatMoment } from './flood-format.ts';
import type { FloodState } from './flood-state.ts';
import { replaySteps, type ReplaySteps } from './replay-steps.ts';

/** Pause between two played steps once the previous one is drawn. */
const PLAY_TICK_MS = 350;

/**
 * The flood replay over the map: a slider over `/api/flood/timeline`, play/pause, a jump to the
 * peak and back to the live status. Moving it sets the shared {@link FloodState} moment, which the
 * gauge and rain layers and the situation panel follow. Shown while a flood layer is on.
 */
export function createReplayPanel(
  container: HTMLElement,
  flood: FloodState,
  api: ApiData,
  i18n: I18n,
): { panel: HTMLElement; setVisible(on: boolean): void } {
  const slider = el('input', {
    type: 'range',
    min: '0',
    max: '0',
    step: '1',
    id: 'flood-replay',
    'data-flood-replay-slider': '',
  });
  const label = el('label', { for: 'flood-replay', class: 'time-label' });
  const output = el('output', { for: 'flood-replay', class: 'replay-output' });
  const button = (action: string) => el('button', { type: 'button', 'data-flood-replay-action': action });
  const play = button('play');
  const peak = button('peak');
  const live = button('live');
  const note = el('p', { class: 'time-note' });
  const panel = el(
    'section',
    { class: 'replay-panel', 'data-flood-replay': '' },
    el('div', { class: 'time-row' }, label, slider, output),
    el('div', { class: 'replay-buttons' }, play, peak, live),
    note,
  );
  panel.hidden = true;
  container.append(panel);

  let steps: ReplaySteps | undefined;
  let timeline: FloodTimeline | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const update = () => {
    const playing = timer !== undefined;
    play.textContent = i18n.t(playing ? 'flood.replay.pause' : 'flood.replay.play');
    play.setAttribute('aria-pressed', String(playing));
    live.setAttribute('aria-pressed', String(flood.at === undefined));
    if (!steps) return;
    const index = flood.at === undefined ? steps.count - 1 : steps.indexOf(flood.at);
    if (document.activeElement !== slider) slider.value = String(index);
    const shown = flood.status()?.asOf ?? flood.at;
    output.textContent =
      flood.at === undefined
        ? `${formatMoment(shown, i18n)} (${i18n.t('flood.situation.live')})`
        : formatMoment(flood.at, i18n);
    slider.setAttribute('aria-valuetext', output.textContent);
  };
  const stop = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    update();
  };
  // One step further once the moment shown has arrived; the end of the span stops the play.
  const tick = () => {
    if (!steps) return stop();
    if (flood.loading()) {
      timer = setTimeout(tick, PLAY_TICK_MS);
      return;
    }
    const next = (flood.at === undefined ? -1 : steps.indexOf(flood.at)) + 1;
    if (next >= steps.count) return stop();
    flood.setAt(steps.momentAt(next));
    timer = setTimeout(tick, PLAY_TICK_MS);
  };

  slider.addEventListener('input', () => {
    stop();
    if (steps) flood.setAt(steps.momentAt(Number(slider.value)));
  });
  play.addEventListener('click', () => {
    if (timer !== undefined) return stop();
    // Playing from the live end starts the event from the beginning.
    if (steps && (flood.at === undefined || steps.indexOf(flood.at) >= steps.count - 1))
      flood.setAt(steps.momentAt(0));
    timer = setTimeout(tick, PLAY_TICK_MS);
    update();
  });
  peak.addEventListener('click', () => {
    stop();
    if (steps && timeline?.peakAt) flood.setAt(steps.momentAt(steps.indexOf(timeline.peakAt)));
  });
  live.addEventListener('click', () => {
    stop();
    flood.setAt(undefined);
  });

  const applyLanguage = () => {
    label.textContent = i18n.t('flood.replay.label');
    panel.setAttribute('aria-label', i18n.t('flood.replay.panel'));
    peak.textContent = i18n.t('flood.replay.peak');
    live.textContent = i18n.t('flood.replay.live');
    note.textContent = i18n.t('flood.replay.note');
    update();
  };
  const load = () => {
    if (timeline) return;
    void api
      .get<FloodTimeline>(TIMELINE_URL)
      .then((answer) => {
        timeline = answer;
        steps = replaySteps(answer);
        slider.max = String(steps.count - 1);
        panel.dataset.floodReplay = 'ready';
        update();
      })
      .catch((err: unknown) =>
        console.error(`${TIMELINE_URL}: ${err instanceof Error ? err.message : String(err)}`),
      );
  };
  flood.onChange(update);
  i18n.onChange(applyLanguage);
  applyLanguage();
  return {
    panel,
    setVisible: (on) => {
      panel.hidden = !on;
      if (on) load();
      else stop();
    },
  };
}
