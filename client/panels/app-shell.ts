import type { I18n } from '../i18n/i18n.ts';
import { LANGUAGES, type Language } from '../i18n/messages.ts';
import { el } from './dom.ts';

/** The page's fixed parts: header with title, panel toggle and language switch; panel; map. */
export interface AppShell {
  map: HTMLElement;
  panelBody: HTMLElement;
  status: HTMLElement;
}

const NARROW = '(max-width: 700px)';

/** Builds the shell into `root`; texts follow the language, the panel collapses on a phone. */
export function createAppShell(root: HTMLElement, i18n: I18n): AppShell {
  const title = el('h1', { class: 'app-title' });
  const subtitle = el('p', { class: 'app-subtitle' });
  const panelToggle = el('button', { type: 'button', class: 'panel-toggle', 'aria-controls': 'layer-panel' });
  const languageButtons = LANGUAGES.map((lang) => {
    const button = el('button', { type: 'button', lang, 'data-lang': lang }, lang.toUpperCase());
    button.addEventListener('click', () => i18n.setLang(lang));
    return button;
  });
  const languageGroup = el('div', { class: 'language-switch', role: 'group' }, ...languageButtons);
  const panelHeading = el('h2', { id: 'layer-panel-heading' });
  const panelBody = el('div', { class: 'panel-body' });
  const panel = el(
    'aside',
    { id: 'layer-panel', class: 'layer-panel', 'aria-labelledby': 'layer-panel-heading' },
    panelHeading,
    panelBody,
  );
  const map = el('main', { id: 'map', class: 'map' });
  const status = el('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
  root.replaceChildren(
    el(
      'header',
      { class: 'app-bar' },
      el('div', { class: 'titles' }, title, subtitle),
      panelToggle,
      languageGroup,
    ),
    el('div', { class: 'app-body' }, panel, map),
    status,
  );

  const narrow = window.matchMedia(NARROW);
  let open = !narrow.matches;
  const setOpen = (value: boolean) => {
    open = value;
    panel.classList.toggle('collapsed', !open);
    panelToggle.setAttribute('aria-expanded', String(open));
    panelToggle.textContent = i18n.t('layers');
    panelToggle.setAttribute('title', i18n.t(open ? 'hideLayers' : 'showLayers'));
  };
  panelToggle.addEventListener('click', () => setOpen(!open));
  narrow.addEventListener('change', () => setOpen(!narrow.matches));
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && narrow.matches) {
      setOpen(false);
      panelToggle.focus();
    }
  });

  const applyLanguage = (lang: Language) => {
    document.documentElement.lang = lang;
    document.title = i18n.t('appTitle');
    title.textContent = i18n.t('appTitle');
    subtitle.textContent = i18n.t('appSubtitle');
    panelHeading.textContent = i18n.t('layers');
    languageGroup.setAttribute('aria-label', i18n.t('language'));
    map.setAttribute('aria-label', i18n.t('map'));
    for (const button of languageButtons)
      button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
    setOpen(open);
  };
  i18n.onChange(applyLanguage);
  applyLanguage(i18n.lang);
  return { map, panelBody, status };
}
