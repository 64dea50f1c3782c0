/** What the commuter-flow layer shows: flows of at least `min` commuters, for one purpose. */
export const FLOW_PURPOSES = ['total', 'work', 'school'] as const;
export type FlowPurpose = (typeof FLOW_PURPOSES)[number];

export interface FlowSettingsValue {
  min: number;
  purpose: FlowPurpose;
}

export const DEFAULT_FLOWS: FlowSettingsValue = { min: 100, purpose: 'total' };

export const isFlowPurpose = (value: unknown): value is FlowPurpose =>
  (FLOW_PURPOSES as readonly unknown[]).includes(value);

type Listener = (value: FlowSettingsValue) => void;

/** The flow filter, shared by the panel controls, the layer and the URL. */
export class FlowSettings {
  private value: FlowSettingsValue;
  private listeners: Listener[] = [];

  constructor(initial: Partial<FlowSettingsValue> = {}) {
    this.value = { ...DEFAULT_FLOWS, ...initial };
  }

  get min(): number {
    return this.value.min;
  }

  get purpose(): FlowPurpose {
    return this.value.purpose;
  }

  set(change: Partial<FlowSettingsValue>): void {
    const next = { ...this.value, ...change };
    if (!(next.min >= 0 && next.min <= 1e6) || !isFlowPurpose(next.purpose)) return;
    if (next.min === this.value.min && next.purpose === this.value.purpose) return;
    this.value = next;
    for (const listener of this.listeners) listener(next);
  }

  onChange(listener: Listener): void {
    this.listeners.push(listener);
  }
}
