import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { goodCommutingCsv } from '../server/flows/fixtures/commuting-csv-fixture.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const run = promisify(execFile);
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

type Failure = { code: number; stdout: string; stderr: string };
const stderrLines = (f: Failure) => f.stderr.split('\n').filter((l) => l && !l.startsWith('npm warn'));

// A bad file is rejected before the database is opened, so these runs need none.
describe('scripts/import-commuting.ts', () => {
  it('exits 1 with a one-line message and the bad rows on stderr for a bad file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'commuting-cli-'));
    dirs.push(dir);
    const lines = goodCommutingCsv().split('\n');
    lines[4] = '563889;Liberec;554782;Praha;800;-2;1 200;100';
    const file = path.join(dir, 'dojizdka_obce.csv');
    await writeFile(file, lines.join('\n'));
    const result = await run('npx', ['tsx', 'scripts/import-commuting.ts', file], { cwd: ROOT }).catch(
      (e: Failure) => e,
    );
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(stderrLines(result as Failure)).toEqual([
      'import-commuting: commuting table rejected, 1 error: dojizdka_obce.csv:5 dojizdka_skola: "-2" is negative; counts are ≥ 0',
      '  dojizdka_obce.csv:5 dojizdka_skola: "-2" is negative; counts are ≥ 0',
    ]);
  }, 30_000);

  it('exits 1 with the usage line when no file is given', async () => {
    const result = await run('npx', ['tsx', 'scripts/import-commuting.ts'], { cwd: ROOT }).catch(
      (e: Failure) => e,
    );
    expect(result).toMatchObject({ code: 1 });
    expect(stderrLines(result as Failure)).toEqual([
      'import-commuting: usage: import-commuting <dojizdka_obce.csv>',
    ]);
  }, 30_000);
});
