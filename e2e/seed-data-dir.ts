// Fills the e2e server's empty data directory from the bundled-data snapshot. A plain Node process of
// its own: inside vitest's global setup, the shapefile reader resolves to its browser build.
import { seedDataDir } from '../server/db/bundled-test-db.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: tsx e2e/seed-data-dir.ts <data-dir>');
  process.exit(2);
}
await seedDataDir(dir);
