import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { readFeedFiles } from './feed-files.ts';
import { IssueList } from './gtfs-error.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('readFeedFiles', () => {
  it('reads a zip whose files sit in a folder, decompressing only the files it needs', async () => {
    const issues = new IssueList(10);
    const zip = zipSync({
      'feed/stops.txt': strToU8('\uFEFFstop_id\nS1\n'),
      'feed/shapes.txt': strToU8('shape_id\n'),
      'feed/transfers.txt': strToU8('from_stop_id\n'),
      'readme.md': strToU8('hello'),
    });
    const files = await readFeedFiles(zip, issues);
    expect(issues.items).toEqual([]);
    expect([...files.present].sort()).toEqual(['shapes.txt', 'stops.txt']);
    expect([...files.texts.keys()]).toEqual(['stops.txt']);
    expect(files.texts.get('stops.txt')).toBe('stop_id\nS1\n');
  });

  it('reports a zip with feed files in two folders, a broken zip and text that is not UTF-8', async () => {
    const issues = new IssueList(10);
    await readFeedFiles(zipSync({ 'a/stops.txt': strToU8('x'), 'b/trips.txt': strToU8('y') }), issues);
    expect(issues.items[0]?.message).toBe('feed files in several folders: a, b');
    await readFeedFiles(strToU8('not a zip'), issues);
    expect(issues.items[1]?.message).toMatch(/^not a readable zip file/);
    await readFeedFiles(zipSync({ 'stops.txt': new Uint8Array([0x73, 0xff, 0x0a]) }), issues);
    expect(issues.items[2]).toEqual({
      file: 'stops.txt',
      line: null,
      field: null,
      message: 'not valid UTF-8 text',
    });
  });

  it('reads a folder and a zip file by path', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'gtfs-files-'));
    dirs.push(dir);
    await writeFile(path.join(dir, 'agency.txt'), 'agency_name\nX\n');
    await writeFile(path.join(dir, 'feed.zip'), zipSync({ 'agency.txt': strToU8('agency_name\nY\n') }));
    const issues = new IssueList(10);
    expect((await readFeedFiles(dir, issues)).texts.get('agency.txt')).toBe('agency_name\nX\n');
    expect((await readFeedFiles(path.join(dir, 'feed.zip'), issues)).texts.get('agency.txt')).toBe(
      'agency_name\nY\n',
    );
    await expect(readFeedFiles(path.join(dir, 'none.zip'), issues)).rejects.toThrow('no such file or folder');
  });
});
