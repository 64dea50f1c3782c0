import { describe, expect, it, vi } from 'vitest';
import { ApiData } from './api-data.ts';
import { columnsById, memoised } from './columns.ts';

const json = (body: unknown, status = 200) => Promise.resolve(new Response(JSON.stringify(body), { status }));

describe('ApiData', () => {
  it('fetches a URL once, keeps the answer and tells listeners', async () => {
    const fetcher = vi.fn(() => json({ hour: 7 }));
    const api = new ApiData(fetcher as unknown as typeof fetch);
    const settled = vi.fn();
    api.onSettled(settled);
    api.request('/a');
    api.request('/a');
    expect(api.pending()).toBe(1);
    expect(api.peek('/a')).toBeUndefined();
    await expect(api.get('/a')).resolves.toEqual({ hour: 7 });
    expect(api.peek('/a')).toEqual({ hour: 7 });
    expect(api.pending()).toBe(0);
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it('does not retry a failed URL in a loop', async () => {
    const fetcher = vi.fn(() => json({ error: {} }, 404));
    const api = new ApiData(fetcher as unknown as typeof fetch);
    await expect(api.get('/b')).rejects.toThrow('HTTP 404');
    api.request('/b');
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(api.pending()).toBe(0);
  });
});

describe('columnsById', () => {
  it('turns columns into rows by id, once per answer', () => {
    const answer = { segment_ids: [4, 9], vehicles: [10.5, 3], heavy: [1, 0] };
    const build = vi.fn(() =>
      columnsById(answer.segment_ids, { vehicles: answer.vehicles, heavy: answer.heavy }),
    );
    const rows = memoised(answer, 'byId', build);
    expect(rows.get(9)).toEqual({ vehicles: 3, heavy: 0 });
    expect(rows.get(5)).toBeUndefined();
    expect(memoised(answer, 'byId', build)).toBe(rows);
    expect(build).toHaveBeenCalledTimes(1);
  });
});
