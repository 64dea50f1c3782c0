import type { ApiData } from '../state/api-data.ts';
import { statusUrl, type FloodStatus } from './flood-api.ts';

type Listener = () => void;

/**
 * The flood situation every flood view shows — the gauge layer, the rain layer, the situation
 * panel: live (the latest status, updated by the event stream) or, while the replay slider is
 * used, the status at a past moment `at`. Answers go through {@link ApiData}, so the readiness
 * signal waits for them and a moment replayed before is not fetched again.
 */
export class FloodState {
  private atValue: string | undefined;
  private live: FloodStatus | undefined;
  private liveKey = '';
  /** What was shown last: kept while the next moment is on its way, so the map does not flash grey. */
  private shown: FloodStatus | undefined;
  private listeners: Listener[] = [];
  /** URLs asked for once (a failed one is not asked again in a redraw loop). */
  private requested = new Set<string>();

  constructor(
    private readonly api: ApiData,
    at?: string,
  ) {
    this.atValue = at;
  }

  /** The replayed moment (ISO 8601), or undefined for the live situation. */
  get at(): string | undefined {
    return this.atValue;
  }

  setAt(at: string | undefined): void {
    if (at === this.atValue) return;
    this.atValue = at;
    this.emit();
  }

  /** The status to show now; starts fetching it when missing (listeners hear when it arrives). */
  status(): FloodStatus | undefined {
    if (this.atValue === undefined && this.live) return (this.shown = this.live);
    const url = statusUrl(this.atValue);
    const answer = this.api.peek<FloodStatus>(url);
    if (!answer) this.fetch(url);
    this.shown = answer ?? this.shown;
    return this.shown;
  }

  /** Whether the status of the moment asked for is still on its way. */
  loading(): boolean {
    return (this.atValue !== undefined || !this.live) && !this.api.peek(statusUrl(this.atValue));
  }

  /** A status pushed by the server (event stream or poll); redraws only when it says something new. */
  receiveLive(status: FloodStatus): void {
    const key = JSON.stringify(status);
    if (key === this.liveKey) return;
    const first = this.liveKey === '' && this.api.peek(statusUrl(undefined)) !== undefined;
    this.liveKey = key;
    this.live = status;
    // The stream's first event usually repeats what the first request answered: nothing to redraw.
    if (first && JSON.stringify(this.api.peek(statusUrl(undefined))) === key) return;
    if (this.atValue === undefined) this.emit();
  }

  onChange(listener: Listener): void {
    this.listeners.push(listener);
  }

  private fetch(url: string): void {
    if (this.requested.has(url)) return;
    this.requested.add(url);
    void this.api.get(url).then(
      () => this.emit(),
      (err: unknown) => {
        console.error(`${url}: ${err instanceof Error ? err.message : String(err)}`);
        this.emit();
      },
    );
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
