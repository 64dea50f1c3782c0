import type { TestProject } from 'vitest/node';
import { ensureChromium } from './chromium.ts';
import { buildClientIfStale } from './client-build.ts';
import { startServer } from './server-process.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the server the e2e tests run against, e.g. http://127.0.0.1:43567. */
    baseUrl: string;
  }
}

/** Once per e2e run: Chromium present, client built, the real server up with the bundled data. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureChromium();
  buildClientIfStale();
  const server = await startServer();
  project.provide('baseUrl', server.baseUrl);
  return () => server.stop();
}
