// Shared parts of the import benchmarks: running the baseline command-line loaders against the
// bench's PostGIS, and timing contenders in alternating rounds.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** A database URL taken apart for the tools that do not read URLs (GDAL's `PG:` string, osm2pgsql). */
export interface PgTarget {
  url: string;
  host: string;
  port: string;
  user: string;
  database: string;
  /** PGPASSWORD for the child processes, so no password lands on a command line. */
  env: NodeJS.ProcessEnv;
}

export function pgTarget(url: string): PgTarget {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  return {
    url,
    host: u.hostname || '127.0.0.1',
    port: u.port || '5432',
    user: decodeURIComponent(u.username) || 'postgres',
    database: decodeURIComponent(u.pathname.slice(1)),
    env: password ? { ...process.env, PGPASSWORD: password } : { ...process.env },
  };
}

/** GDAL's PostgreSQL connection string (ogr2ogr cannot take a postgres:// URL). */
export const gdalPg = (t: PgTarget) => `PG:host=${t.host} port=${t.port} dbname=${t.database} user=${t.user}`;

/**
 * Runs a tool to completion; a failure throws one line with the tool's first error line. GDAL
 * reports some read errors (`ERROR 1: …`) and still exits 0, so those fail too.
 */
export async function runTool(target: PgTarget, cmd: string, args: string[]): Promise<void> {
  const firstError = (stderr: string) => stderr.split('\n').find((l) => /error|fail/i.test(l));
  let stderr: string;
  try {
    ({ stderr } = await exec(cmd, args, { env: target.env, maxBuffer: 64 * 1024 * 1024 }));
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`${cmd} failed: ${firstError(e.stderr ?? '') ?? e.message}`, { cause: err });
  }
  const error = firstError(stderr);
  if (error) throw new Error(`${cmd} reported: ${error}`);
}

/** The command as a shell line for the report. */
export const commandLine = (cmd: string, args: string[]) => [cmd, ...args.map(shellQuote)].join(' ');

function shellQuote(a: string): string {
  if (!/[\s"'*$;()|\\]/.test(a)) return a;
  if (!a.includes("'")) return `'${a}'`;
  if (!/["$`\\]/.test(a)) return `"${a}"`;
  return `'${a.replaceAll("'", "'\\''")}'`;
}

/** One loader under test: what it is, how it is run, and a run that returns the features it loaded. */
export interface Contender {
  id: string;
  label: string;
  /** How it is run, for the report. */
  command: string;
  run: () => Promise<number>;
  /** Untimed, before every run: e.g. empty the tables so each run starts from the same state. */
  prepare?: () => Promise<void>;
}

export interface ContenderResult {
  id: string;
  label: string;
  command: string;
  /** Features loaded per run (the same in every round, checked). */
  features: number;
  seconds: number[];
  medianSeconds: number;
  /** features / median seconds. */
  featuresPerSecond: number;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2
    ? (s[(s.length - 1) / 2] as number)
    : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

/**
 * One warm-up run of each contender, then `rounds` rounds running each once in turn, so that all
 * of them see the same machine state (cache, autovacuum, other load) as far as possible.
 */
export async function alternate(
  contenders: readonly Contender[],
  rounds: number,
): Promise<ContenderResult[]> {
  const features = new Map<string, number>();
  for (const c of contenders) {
    await c.prepare?.();
    const n = await c.run();
    if (n <= 0) throw new Error(`${c.label} loaded nothing`);
    features.set(c.id, n);
  }
  const seconds = new Map<string, number[]>(contenders.map((c) => [c.id, []]));
  for (let r = 0; r < rounds; r++) {
    for (const c of contenders) {
      await c.prepare?.();
      const started = performance.now();
      const n = await c.run();
      seconds.get(c.id)?.push((performance.now() - started) / 1000);
      if (n !== features.get(c.id))
        throw new Error(`${c.label}: loaded ${n} features, ${features.get(c.id)} in the warm-up`);
    }
  }
  return contenders.map((c) => {
    const s = seconds.get(c.id) ?? [];
    const n = features.get(c.id) ?? 0;
    return {
      id: c.id,
      label: c.label,
      command: c.command,
      features: n,
      seconds: s,
      medianSeconds: median(s),
      featuresPerSecond: n / median(s),
    };
  });
}
