import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * wrk (C, one thread) as the HTTP load generator: a Node client spends more CPU per request than
 * the server does, and on a 2-core machine that would be measured as server cost.
 */
export async function ensureWrk(): Promise<void> {
  try {
    await run('wrk', ['--version']).catch((err: { code?: unknown }) => {
      if (err.code === 'ENOENT') throw err;
    });
  } catch {
    if (process.getuid?.() !== 0) throw new Error('wrk is missing: run `sudo apt-get install -y wrk`');
    await run('apt-get', ['install', '-y', '-qq', 'wrk'], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
}

/** Requests per second over `seconds`, cycling through `paths` with `connections` open. */
export async function wrkRate(
  base: string,
  paths: string[],
  connections: number,
  seconds: number,
): Promise<number> {
  const dir = await mkdtemp(path.join(tmpdir(), 'regiomap-wrk-'));
  const script = path.join(dir, 'paths.lua');
  await writeFile(
    script,
    `local paths = {\n${paths.map((p) => `  ${JSON.stringify(p)},`).join('\n')}\n}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[((n - 1) % #paths) + 1], { ["Accept-Encoding"] = "gzip" })
end
`,
  );
  const { stdout } = await run('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, '-s', script, base]);
  const bad = /Non-2xx or 3xx responses: (\d+)/.exec(stdout);
  if (bad) throw new Error(`bench: ${bad[1]} tile requests failed:\n${stdout}`);
  const rate = /Requests\/sec:\s+([\d.]+)/.exec(stdout);
  if (!rate?.[1]) throw new Error(`bench: cannot read wrk output:\n${stdout}`);
  return Number(rate[1]);
}
