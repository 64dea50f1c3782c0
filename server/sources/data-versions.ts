import type { Queryable } from '../db/db.ts';
import { tileSql } from './sql-template.ts';

/** How long a read of ops.data_versions is trusted: the delay before another process's import shows. */
export const DEFAULT_VERSION_TTL_MS = 5_000;

/**
 * Dataset versions from ops.data_versions, re-read at most every `ttlMs` (one small query however
 * many tiles are served), so that tiles cached under an old version are never served after an
 * import, even one run by another process. `onChange` hears of every dataset whose version moved.
 */
export class DataVersions {
  private versions = new Map<string, number>();
  private fetchedAt = -Infinity;
  private inflight: Promise<void> | null = null;

  constructor(
    private readonly db: Queryable,
    private readonly ttlMs = DEFAULT_VERSION_TTL_MS,
    private readonly onChange: (dataset: string) => void = () => undefined,
  ) {}

  /** The current version of `dataset`; 0 when it was never imported. */
  async get(dataset: string): Promise<number> {
    if (performance.now() - this.fetchedAt > this.ttlMs) await this.refresh();
    return this.versions.get(dataset) ?? 0;
  }

  private refresh(): Promise<void> {
    this.inflight ??= this.read().finally(() => (this.inflight = null));
    return this.inflight;
  }

  private async read(): Promise<void> {
    const rows = await this.db.query<{ dataset: string; version: number }>(tileSql('data-versions'));
    const next = new Map(rows.map((r) => [r.dataset, Number(r.version)]));
    if (this.fetchedAt !== -Infinity) {
      for (const dataset of new Set([...this.versions.keys(), ...next.keys()])) {
        if (this.versions.get(dataset) !== next.get(dataset)) this.onChange(dataset);
      }
    }
    this.versions = next;
    this.fetchedAt = performance.now();
  }
}
