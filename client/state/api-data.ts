type Listener = () => void;

/**
 * JSON answers of the time-series APIs, fetched once per URL and kept in memory for the session
 * (an hour's traffic is ~50 kB; 48 hours of it are a few MB). Layers ask synchronously with
 * {@link peek} while rendering and {@link request} what is missing; listeners redraw on arrival, and
 * the readiness signal waits while anything is {@link pending}.
 */
export class ApiData {
  private cache = new Map<string, unknown>();
  private inflight = new Map<string, Promise<unknown>>();
  private failed = new Set<string>();
  private listeners: Listener[] = [];

  constructor(private readonly fetcher: typeof fetch = (...args) => fetch(...args)) {}

  peek<T>(url: string): T | undefined {
    return this.cache.get(url) as T | undefined;
  }

  /** Starts fetching `url` unless it is cached, on its way, or failed before (no retry loop). */
  request(url: string): void {
    if (this.cache.has(url) || this.inflight.has(url) || this.failed.has(url)) return;
    void this.get(url).catch((err: unknown) =>
      console.error(`${url}: ${err instanceof Error ? err.message : String(err)}`),
    );
  }

  /** The answer of `url` (from the cache when there); rejects on an HTTP error. */
  get<T>(url: string): Promise<T> {
    if (this.cache.has(url)) return Promise.resolve(this.cache.get(url) as T);
    const running = this.inflight.get(url);
    if (running) return running as Promise<T>;
    const promise = this.fetcher(url)
      .then(async (res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return (await res.json()) as T;
      })
      .then(
        (body) => {
          this.cache.set(url, body);
          this.settle(url);
          return body;
        },
        (err: unknown) => {
          this.failed.add(url);
          this.settle(url);
          throw err;
        },
      );
    this.inflight.set(url, promise);
    return promise;
  }

  /** Requests still on their way. */
  pending(): number {
    return this.inflight.size;
  }

  /** Called after each answer (or failure) has been stored. */
  onSettled(listener: Listener): void {
    this.listeners.push(listener);
  }

  private settle(url: string): void {
    this.inflight.delete(url);
    for (const listener of this.listeners) listener();
  }
}
