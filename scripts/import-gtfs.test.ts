import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const MINI = path.join(ROOT, 'server/gtfs/fixtures/mini-feed');
const run = promisify(execFile);
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

// A bad feed is rejected before the database is opened, so these runs need none.
describe('scripts/import-gtfs.ts', () => {
  it('exits 1 with a one-line message and the error list on stderr for a bad feed', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'gtfs-cli-'));
    dirs.push(dir);
    for (const f of await readdir(MINI))
      if (f !== 'stops.txt') await copyFile(path.join(MINI, f), path.join(dir, f));
    const result = await run('npx', ['tsx', 'scripts/import-gtfs.ts', dir], { cwd: ROOT }).catch(
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(result).toMatchObject({ code: 1, stdout: '' });
    const lines = result.stderr.split('\n').filter((l) => l && !l.startsWith('npm warn'));
    expect(lines).toEqual([
      'import-gtfs: GTFS feed rejected, 1 error: stops.txt: required file is missing',
      '  stops.txt: required file is missing',
    ]);
  }, 30_000);

  it('exits 1 with the usage line when no feed is given', async () => {
    const result = await run('npx', ['tsx', 'scripts/import-gtfs.ts'], { cwd: ROOT }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(result).toMatchObject({ code: 1 });
    expect(result.stderr).toContain('import-gtfs: usage: import-gtfs <feed.zip|folder>');
  }, 30_000);
});
