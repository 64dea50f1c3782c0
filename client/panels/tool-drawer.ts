import type { I18n } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { el } from './dom.ts';

/** A tool's panel: its tab label and what it draws into its body when first opened. */
export interface Tool {
  id: string;
  label: MessageKey;
  /** Builds the tool's content once, on first open (so closed tools cost nothing). */
  render(body: HTMLElement): void;
  /** Told when the tool is shown or hidden (start/stop polling, resize charts). */
  onToggle?(open: boolean): void;
}

/**
 * The drawer on the right of the map for tools that need room — rankings, situation lists, search.
 * One tool is open at a time; each has a tab button (`data-tool-tab="<id>"`) and a body
 * (`data-tool="<id>"`). Opening one from code (a layer's popup, a link) goes through {@link open}.
 */
export class ToolDrawer {
  private readonly tabs = el('div', { class: 'tool-tabs', role: 'tablist' });
  private readonly bodies = el('div', { class: 'tool-bodies' });
  private readonly tools = new Map<
    string,
    { tool: Tool; tab: HTMLButtonElement; body: HTMLElement; built: boolean }
  >();
  private current: string | undefined;

  constructor(
    container: HTMLElement,
    private readonly i18n: I18n,
  ) {
    container.append(el('div', { class: 'tool-drawer' }, this.tabs, this.bodies));
    i18n.onChange(() => {
      for (const { tool, tab } of this.tools.values()) tab.textContent = i18n.t(tool.label);
    });
  }

  add(tool: Tool): void {
    const tab = el(
      'button',
      { type: 'button', role: 'tab', 'data-tool-tab': tool.id, 'aria-selected': 'false' },
      this.i18n.t(tool.label),
    );
    const body = el('section', { class: 'tool-body', 'data-tool': tool.id, role: 'tabpanel' });
    body.hidden = true;
    tab.addEventListener('click', () => this.toggle(tool.id));
    this.tabs.append(tab);
    this.bodies.append(body);
    this.tools.set(tool.id, { tool, tab, body, built: false });
  }

  /** Opens a tool (closing the one that was open); returns its body. */
  open(id: string): HTMLElement | undefined {
    const entry = this.tools.get(id);
    if (!entry) return undefined;
    if (this.current && this.current !== id) this.close();
    if (!entry.built) {
      entry.tool.render(entry.body);
      entry.built = true;
    }
    entry.body.hidden = false;
    entry.tab.setAttribute('aria-selected', 'true');
    this.current = id;
    entry.tool.onToggle?.(true);
    return entry.body;
  }

  close(): void {
    const entry = this.current ? this.tools.get(this.current) : undefined;
    this.current = undefined;
    if (!entry) return;
    entry.body.hidden = true;
    entry.tab.setAttribute('aria-selected', 'false');
    entry.tool.onToggle?.(false);
  }

  toggle(id: string): void {
    if (this.current === id) this.close();
    else this.open(id);
  }

  get openTool(): string | undefined {
    return this.current;
  }
}
