import { describe, expect, it, vi } from 'vitest';
import { ApiData } from '../state/api-data.ts';
import { FloodState } from './flood-state.ts';
import { gaugeStatus, statusOf } from './test-status.ts';

const LIVE = statusOf([gaugeStatus({ id: 'a', stage: 'none' })], '2025-06-20T00:00:00Z');
const PEAK = statusOf([gaugeStatus({ id: 'a', stage: 'SPA3', value: 330 })], '2025-06-12T06:00:00Z');

function api() {
  const fetcher = vi.fn((url: string) => {
    const body = url.includes('at=2025-06-12T06') ? PEAK : url.endsWith('/status') ? LIVE : undefined;
    return Promise.resolve(new Response(JSON.stringify(body ?? { error: {} }), { status: body ? 200 : 404 }));
  });
  return { api: new ApiData(fetcher as unknown as typeof fetch), fetcher };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('FloodState', () => {
  it('fetches the live status once, then the replayed moment, keeping the last one while loading', async () => {
    const { api: data, fetcher } = api();
    const flood = new FloodState(data);
    const changed = vi.fn();
    flood.onChange(changed);
    expect(flood.status()).toBeUndefined();
    expect(flood.loading()).toBe(true);
    flood.status();
    await settle();
    expect(flood.status()).toEqual(LIVE);
    expect(changed).toHaveBeenCalledTimes(1);

    flood.setAt('2025-06-12T06:00:00Z');
    expect(changed).toHaveBeenCalledTimes(2);
    expect(flood.status()).toEqual(LIVE);
    expect(flood.loading()).toBe(true);
    await settle();
    expect(flood.status()).toEqual(PEAK);
    expect(flood.loading()).toBe(false);
    expect(fetcher.mock.calls.map(([url]) => url)).toEqual([
      '/api/flood/status',
      '/api/flood/status?at=2025-06-12T06%3A00%3A00Z',
    ]);
  });

  it('does not ask again for a moment that failed', async () => {
    const { api: data, fetcher } = api();
    const flood = new FloodState(data, '2030-01-01T00:00:00Z');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    flood.status();
    await settle();
    flood.status();
    flood.status();
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  it('shows pushed live statuses when live, and only when they say something new', async () => {
    const { api: data } = api();
    const flood = new FloodState(data);
    flood.status();
    await settle();
    const changed = vi.fn();
    flood.onChange(changed);
    flood.receiveLive(structuredClone(LIVE));
    expect(changed).not.toHaveBeenCalled();
    const newer = statusOf([gaugeStatus({ id: 'a', stage: 'SPA1', value: 190 })], '2025-06-20T01:00:00Z');
    flood.receiveLive(newer);
    flood.receiveLive(structuredClone(newer));
    expect(changed).toHaveBeenCalledTimes(1);
    expect(flood.status()).toEqual(newer);

    // While replaying, a live update is kept for later but the replayed moment stays on screen.
    flood.setAt('2025-06-12T06:00:00Z');
    flood.status();
    await settle();
    changed.mockClear();
    flood.receiveLive(
      statusOf([gaugeStatus({ id: 'a', stage: 'SPA2', value: 250 })], '2025-06-20T02:00:00Z'),
    );
    expect(changed).not.toHaveBeenCalled();
    expect(flood.status()).toEqual(PEAK);
    flood.setAt(undefined);
    expect(flood.status()?.asOf).toBe('2025-06-20T02:00:00Z');
  });
});
