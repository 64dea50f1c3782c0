import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Makes sure the Debian packages a test needs are installed: installs them (after `apt-get update`)
 * when running as root with apt, otherwise throws one line saying exactly what to run.
 * `needed` maps a file the package provides (e.g. /usr/bin/chromium) to the package name.
 */
export function ensureDebianPackages(what: string, needed: Record<string, string>): void {
  const missing = Object.entries(needed).filter(([file]) => !existsSync(file));
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map(([, pkg]) => pkg))].join(' ');
  const install = `apt-get update && apt-get install -y ${packages}`;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`${what}: ${missing.map(([file]) => file).join(', ')} missing; run as root: ${install}`);
  }
  console.log(`${what}: installing ${packages}`);
  execFileSync('sh', ['-c', install], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const still = missing.filter(([file]) => !existsSync(file));
  if (still.length)
    throw new Error(`${what}: ${still.map(([f]) => f).join(', ')} still missing after: ${install}`);
}
