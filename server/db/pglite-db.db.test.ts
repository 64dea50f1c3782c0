import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPgliteDb } from './pglite-db.ts';

describe('openPgliteDb', () => {
  it('persists in a data directory whose parents do not exist yet', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'regiomap-pglite-'));
    const dataDir = path.join(root, 'fresh-clone', '.regiomap', 'db');
    try {
      const first = await openPgliteDb({ dataDir, statementTimeoutMs: 10_000 });
      await first.exec('create table kept (v int); insert into kept values (42);');
      await first.close();
      const second = await openPgliteDb({ dataDir, statementTimeoutMs: 10_000 });
      expect(await second.query<{ v: number }>('select v from kept')).toEqual([{ v: 42 }]);
      await second.close();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
