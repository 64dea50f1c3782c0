import path from 'node:path';
import { defineConfig } from 'vite';

const server = process.env.REGIOMAP_DEV_SERVER ?? 'http://127.0.0.1:8080';

// The client lives in client/ and is built into dist/, which the Koa server serves at `/`.
// In development, Vite serves the client and forwards the API, tiles and basemap to the server.
export default defineConfig({
  root: path.resolve(import.meta.dirname, 'client'),
  base: '/',
  build: {
    outDir: path.resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2500,
  },
  server: {
    proxy: Object.fromEntries(
      ['/tiles', '/catalog', '/basemap', '/api', '/health'].map((prefix) => [prefix, server]),
    ),
  },
});
