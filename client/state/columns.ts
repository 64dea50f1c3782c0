/**
 * The time-series APIs answer in columns (`segment_ids[]` beside `vehicles[]` …); layers look values
 * up by feature id while drawing, so the columns become one Map per answer, built once.
 */
export function columnsById<K extends string>(
  ids: readonly number[],
  columns: Record<K, readonly (number | null)[]>,
): Map<number, Record<K, number>> {
  const names = Object.keys(columns) as K[];
  const byId = new Map<number, Record<K, number>>();
  ids.forEach((id, i) => {
    const row = {} as Record<K, number>;
    for (const name of names) row[name] = columns[name][i] ?? Number.NaN;
    byId.set(id, row);
  });
  return byId;
}

const memo = new WeakMap<object, Map<string, unknown>>();

/** What `build` derives from one response object (e.g. its {@link columnsById}), computed on first use. */
export function memoised<T>(response: object, key: string, build: () => T): T {
  let entries = memo.get(response);
  if (!entries) memo.set(response, (entries = new Map()));
  if (!entries.has(key)) entries.set(key, build());
  return entries.get(key) as T;
}
