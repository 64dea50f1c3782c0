// Imports the ČSÚ 2021 census commuting table between municipalities (dojizdka_obce.csv: op_obec_kod,
// op_obec, doj_obec_kod, doj_obec, dojizdka_prace, dojizdka_skola, dojizdka_celkova, …) as source
// 'csu2021', replacing the previous import in one transaction; the API then prefers it to the model.
// UTF-8 or CP1250, `;` or `,`. A bad file: exit 1, one line on stderr, then the bad rows (file:line field).
//   npx tsx scripts/import-commuting.ts <dojizdka_obce.csv>
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../server/config.ts';
import type { Db } from '../server/db/db.ts';
import { readCommutingTable } from '../server/flows/commuting-csv.ts';
import { CommutingFileError, formatCommutingIssue } from '../server/flows/commuting-error.ts';
import { loadCommutingTable } from '../server/flows/import-commuting.ts';
import { openConfiguredDb } from './open-configured-db.ts';

async function main(): Promise<void> {
  const [file, ...rest] = process.argv.slice(2);
  if (!file || rest.length > 0) throw new Error('usage: import-commuting <dojizdka_obce.csv>');
  // Validate before opening the database, so that a bad file fails at once.
  const table = readCommutingTable(path.basename(file), await readFile(file));
  const config = loadConfig();
  let db: Db | undefined;
  try {
    db = await openConfiguredDb(config);
    const r = await loadCommutingTable(db, table);
    console.log(
      `import-commuting: ${db.kind === 'postgis' ? 'PostGIS' : `PGlite in ${config.dataDir}`}: ${r.rows} rows ` +
        `(${r.encoding}, "${r.delimiter}"), ${r.flows} flows and ${r.internal} within-municipality totals stored, ` +
        `${r.outsidePlaces} places outside the region, ${r.outsideRegion} rows outside the region skipped, od-flows v${r.version}`,
    );
  } finally {
    await db?.close();
  }
}

main().catch((err: unknown) => {
  console.error(`import-commuting: ${(err as Error)?.message?.split('\n')[0] ?? String(err)}`);
  if (err instanceof CommutingFileError) {
    for (const issue of err.issues) console.error(`  ${formatCommutingIssue(issue)}`);
    if (err.total > err.issues.length) console.error(`  … and ${err.total - err.issues.length} more`);
  }
  process.exit(1);
});
