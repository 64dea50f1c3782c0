import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
export const ARTIFACTS = path.join(ROOT, 'e2e', 'artifacts');

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * The real server as a child process (`tsx server/index.ts`) on a free port, with an embedded PGlite
 * in a fresh temporary REGIOMAP_DATA_DIR filled from the bundled-data snapshot the db tests share (the
 * same loaders, run once per version of the code; the server finds every step done and starts at once).
 * Ready when `/health` answers; output goes to e2e/artifacts/server.log.
 */
export async function startServer(): Promise<RunningServer> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const dataDir = await mkdtemp(path.join(tmpdir(), 'regiomap-e2e-'));
  const seeded = spawnSync(TSX, [path.join(ROOT, 'e2e', 'seed-data-dir.ts'), dataDir], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (seeded.status !== 0) throw new Error(`e2e: seeding the server's database failed (${seeded.status})`);
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    REGIOMAP_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  };
  // The e2e run is about the embedded database a fresh install uses, whatever the shell has set.
  delete env.DATABASE_URL;
  delete env.BASEMAP_STYLE_URL;
  delete env.PUBLIC_URL;

  const child = spawnLogged('server', [path.join(ROOT, 'server', 'index.ts')], env);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, child);
  } catch (err) {
    child.kill('SIGTERM');
    throw err;
  }
  return {
    baseUrl,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, delay(10_000).then(() => child.kill('SIGKILL'))]);
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function spawnLogged(name: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const log = createWriteStream(path.join(ARTIFACTS, `${name}.log`));
  const child = spawn(TSX, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  child.once('exit', (code, signal) => log.end(`e2e: ${name} exited (code ${code}, signal ${signal})\n`));
  return child;
}

/** Polls /health (never a fixed sleep); fails at once if the server process dies. */
async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs = 480_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`e2e: server exited with ${child.exitCode}; see e2e/artifacts/server.log`);
    const ok = await fetch(`${baseUrl}/health`).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) return;
    await delay(250);
  }
  throw new Error(`e2e: server did not answer ${baseUrl}/health within ${timeoutMs / 1000} s`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
