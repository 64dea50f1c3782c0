import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Newest modification time (ms) of the files the client bundle is built from. */
function newestSource(): number {
  let newest = 0;
  const visit = (file: string) => {
    const info = statSync(file);
    if (info.isDirectory()) {
      for (const entry of readdirSync(file)) visit(path.join(file, entry));
    } else if (!file.endsWith('.test.ts')) {
      newest = Math.max(newest, info.mtimeMs);
    }
  };
  for (const source of ['client', 'vite.config.ts', 'package-lock.json']) {
    const file = path.join(ROOT, source);
    if (existsSync(file)) visit(file);
  }
  return newest;
}

/** Runs `vite build` when dist/ is missing or older than any client source. */
export function buildClientIfStale(): void {
  const index = path.join(ROOT, 'dist', 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestSource()) return;
  console.log('e2e: building the client (vite build)');
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
}
