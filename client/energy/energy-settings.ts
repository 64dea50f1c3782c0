import { COLOR_MODES, type ColorMode } from './energy-style.ts';

type Listener = (mode: ColorMode) => void;

/** How the buildings layer is coloured; shared by its switch in the layer panel and the layer. */
export class EnergySettings {
  private mode: ColorMode;
  private listeners: Listener[] = [];

  constructor(initial: ColorMode = 'savings') {
    this.mode = initial;
  }

  get colorMode(): ColorMode {
    return this.mode;
  }

  setColorMode(mode: ColorMode): void {
    if (mode === this.mode || !(COLOR_MODES as readonly string[]).includes(mode)) return;
    this.mode = mode;
    for (const listener of this.listeners) listener(mode);
  }

  onChange(listener: Listener): void {
    this.listeners.push(listener);
  }
}
