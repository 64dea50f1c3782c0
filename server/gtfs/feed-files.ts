import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { IssueList } from './gtfs-error.ts';
import { KNOWN_FILES } from './gtfs-spec.ts';

/** The text of the feed files the importer reads, and which files exist at all (shapes.txt is never read). */
export interface FeedFiles {
  texts: Map<string, string>;
  present: Set<string>;
}

/** Files whose presence matters but whose content the importer does not use. */
const PRESENCE_ONLY = new Set(['shapes.txt']);
const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(name: string, bytes: Uint8Array, issues: IssueList): string | undefined {
  try {
    // TextDecoder drops a leading BOM; csv-parse would drop it too.
    return utf8.decode(bytes);
  } catch {
    issues.add(name, null, null, 'not valid UTF-8 text');
    return undefined;
  }
}

/**
 * Reads a zip (many feeds put the files in a folder inside the zip; that is accepted when all of
 * them are in the same one) and decompresses only the files the importer reads.
 */
function readZip(zip: Uint8Array, issues: IssueList): FeedFiles {
  const present = new Set<string>();
  const folders = new Set<string>();
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip, {
      filter: (entry) => {
        const name = path.posix.basename(entry.name);
        if (!KNOWN_FILES.has(name)) return false;
        present.add(name);
        folders.add(path.posix.dirname(entry.name));
        return !PRESENCE_ONLY.has(name);
      },
    });
  } catch (err) {
    issues.add('(zip)', null, null, `not a readable zip file: ${(err as Error).message}`);
    return { texts: new Map(), present };
  }
  if (folders.size > 1)
    issues.add('(zip)', null, null, `feed files in several folders: ${[...folders].join(', ')}`);
  const texts = new Map<string, string>();
  for (const [entry, bytes] of Object.entries(entries)) {
    const name = path.posix.basename(entry);
    const text = decode(name, bytes, issues);
    if (text !== undefined) texts.set(name, text);
  }
  return { texts, present };
}

async function readFolder(dir: string, issues: IssueList): Promise<FeedFiles> {
  const present = new Set((await readdir(dir)).filter((name) => KNOWN_FILES.has(name)));
  const texts = new Map<string, string>();
  for (const name of present) {
    if (PRESENCE_ONLY.has(name)) continue;
    const text = decode(name, await readFile(path.join(dir, name)), issues);
    if (text !== undefined) texts.set(name, text);
  }
  return { texts, present };
}

/** A feed given as a path to a .zip or a folder, or as the bytes of a zip. */
export type FeedInput = string | Uint8Array;

export async function readFeedFiles(input: FeedInput, issues: IssueList): Promise<FeedFiles> {
  if (typeof input !== 'string') return readZip(input, issues);
  const info = await stat(input).catch(() => {
    throw new Error(`${input}: no such file or folder`);
  });
  return info.isDirectory() ? readFolder(input, issues) : readZip(await readFile(input), issues);
}
