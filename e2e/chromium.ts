import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

const BASE_FLAGS = [
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
// Mesa llvmpipe through ANGLE is 5–12× faster than SwiftShader; it needs the GPU blocklist ignored.
const MESA_FLAGS = ['--use-gl=angle', '--use-angle=gl-egl', '--ignore-gpu-blocklist'];
const SWIFTSHADER_FLAGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-gpu',
];

/**
 * Makes sure Debian's Chromium (and Mesa's EGL/GL drivers) are there: installs them when running
 * as root with apt, otherwise throws one line saying what to run.
 */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const install = 'apt-get update && apt-get install -y chromium libegl-mesa0 libgl1-mesa-dri';
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`e2e: ${CHROMIUM} is missing; run as root: ${install}`);
  }
  console.log(`e2e: installing Chromium: ${install}`);
  execFileSync('sh', ['-c', install], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (!existsSync(CHROMIUM)) throw new Error(`e2e: ${CHROMIUM} is still missing after: ${install}`);
}

/** Headless Chromium with working WebGL2: Mesa llvmpipe first, SwiftShader when that has no WebGL2. */
export async function launchBrowser(): Promise<{ browser: Browser; renderer: string }> {
  let last = 'no renderer';
  for (const flags of [MESA_FLAGS, SWIFTSHADER_FLAGS]) {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [...BASE_FLAGS, ...flags],
    });
    const page = await browser.newPage();
    const renderer = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return null;
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    });
    await page.close();
    if (renderer) return { browser, renderer };
    last = `no WebGL2 with ${flags.join(' ')}`;
    await browser.close();
  }
  throw new Error(`e2e: headless Chromium has no WebGL2 (${last}); install libegl-mesa0 libgl1-mesa-dri`);
}
