import { EVENTS_URL, statusUrl, type FloodStatus } from './flood-api.ts';

/** How often the fallback asks when the event stream is unavailable (the API caches for seconds). */
export const POLL_INTERVAL_MS = 60_000;

export interface LiveChannelOptions {
  onStatus(status: FloodStatus): void;
  /** Injected in tests; the browser's by default. */
  eventSource?: (url: string) => EventSource;
  fetcher?: typeof fetch;
  pollIntervalMs?: number;
}

/**
 * Live flood status without reloading: the server-sent `status` events of `/api/flood/events`, and,
 * when the stream cannot be opened or is closed for good (a proxy that buffers, an old browser),
 * polling `/api/flood/status` instead. EventSource reconnects by itself after a dropped connection;
 * only a stream it gave up on (readyState CLOSED) switches to polling. Returns a stop function.
 */
export function openLiveChannel(options: LiveChannelOptions): () => void {
  const fetcher = options.fetcher ?? ((...args) => fetch(...args));
  let timer: ReturnType<typeof setInterval> | undefined;
  let stopped = false;

  const poll = async () => {
    try {
      const res = await fetcher(statusUrl(undefined), { cache: 'no-store' });
      if (res.ok && !stopped) options.onStatus((await res.json()) as FloodStatus);
    } catch (err) {
      console.warn(`flood status poll: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const startPolling = () => {
    if (timer === undefined && !stopped)
      timer = setInterval(() => void poll(), options.pollIntervalMs ?? POLL_INTERVAL_MS);
  };

  const create =
    options.eventSource ??
    (typeof EventSource === 'undefined' ? undefined : (url: string) => new EventSource(url));
  const source = create?.(EVENTS_URL);
  if (!source) startPolling();
  source?.addEventListener('status', (event) => {
    try {
      options.onStatus(JSON.parse((event as MessageEvent<string>).data) as FloodStatus);
    } catch (err) {
      console.warn(`flood status event: ${err instanceof Error ? err.message : String(err)}`);
    }
  });
  source?.addEventListener('error', () => {
    if (source.readyState === 2 /* CLOSED */) startPolling();
  });

  return () => {
    stopped = true;
    source?.close();
    if (timer !== undefined) clearInterval(timer);
  };
}
