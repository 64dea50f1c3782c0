import { chromium, type Browser } from 'playwright-core';
import { ensureDebianPackages } from '../scripts/debian-packages.ts';

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

/** Debian's Chromium and Mesa's EGL/GL drivers, installed when missing (as root) or a one-line error. */
export function ensureChromium(): void {
  ensureDebianPackages('e2e', {
    [CHROMIUM]: 'chromium',
    '/usr/lib/x86_64-linux-gnu/libEGL_mesa.so.0': 'libegl-mesa0',
    '/usr/lib/x86_64-linux-gnu/dri/swrast_dri.so': 'libgl1-mesa-dri',
  });
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
