import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FloodStatus } from './flood-api.ts';
import { openLiveChannel } from './live-channel.ts';
import { gaugeStatus, statusOf } from './test-status.ts';

/** Enough of an EventSource to push events and give up, as the browser's does. */
class FakeEventSource extends EventTarget {
  readyState = 0;
  closed = false;
  constructor(readonly url: string) {
    super();
  }
  push(type: string, data: string) {
    this.dispatchEvent(Object.assign(new Event(type), { data }));
  }
  fail(readyState: number) {
    this.readyState = readyState;
    this.dispatchEvent(new Event('error'));
  }
  close() {
    this.closed = true;
  }
}

const STATUS = statusOf([gaugeStatus({ id: 'a', stage: 'SPA2', value: 250 })]);

afterEach(() => {
  vi.useRealTimers();
});

describe('openLiveChannel', () => {
  it('passes on the status events of the stream and closes it when stopped', () => {
    let source: FakeEventSource | undefined;
    const received: FloodStatus[] = [];
    const stop = openLiveChannel({
      onStatus: (s) => received.push(s),
      eventSource: (url) => (source = new FakeEventSource(url)) as unknown as EventSource,
      fetcher: vi.fn() as unknown as typeof fetch,
    });
    expect(source?.url).toBe('/api/flood/events');
    source?.push('status', JSON.stringify(STATUS));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    source?.push('status', '{not json');
    expect(received).toEqual([STATUS]);
    stop();
    expect(source?.closed).toBe(true);
  });

  it('polls the status when the stream is closed for good, not while it reconnects', async () => {
    vi.useFakeTimers();
    let source: FakeEventSource | undefined;
    const fetcher = vi.fn(() => Promise.resolve(new Response(JSON.stringify(STATUS))));
    const received: FloodStatus[] = [];
    const stop = openLiveChannel({
      onStatus: (s) => received.push(s),
      eventSource: (url) => (source = new FakeEventSource(url)) as unknown as EventSource,
      fetcher: fetcher as unknown as typeof fetch,
      pollIntervalMs: 1000,
    });
    source?.fail(0);
    await vi.advanceTimersByTimeAsync(3000);
    expect(fetcher).not.toHaveBeenCalled();
    source?.fail(2);
    await vi.advanceTimersByTimeAsync(2500);
    expect(fetcher).toHaveBeenCalledTimes(2);
    expect(fetcher.mock.calls[0]).toEqual(['/api/flood/status', { cache: 'no-store' }]);
    expect(received).toEqual([STATUS, STATUS]);
    stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(fetcher).toHaveBeenCalledTimes(2);
  });
});
