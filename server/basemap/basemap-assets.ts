import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { badRequest, notFound } from '../errors.ts';

/** A file to send: bytes, content type and modification time (for Last-Modified / 304). */
export interface AssetFile {
  body: Buffer;
  contentType: string;
  modified: Date;
}

const RANGE = /^(\d+)-(\d+)$/;
const GLYPH_RANGE_SIZE = 256;
const MAX_CODEPOINT = 65535;

// The only sprite files there are; the name is matched against this list, never used as a path.
const SPRITE_FILES: Record<string, string> = {
  'light.json': 'application/json',
  'light.png': 'image/png',
  'light@2x.json': 'application/json',
  'light@2x.png': 'image/png',
};

// MapLibre asks for every 256-codepoint range a label needs; ranges we do not ship get an empty
// glyph set, which MapLibre renders as missing glyphs instead of failing the whole label layer.
const EMPTY_GLYPHS = Buffer.alloc(0);

/**
 * Glyph PBFs of a comma-separated font stack: the first font of the stack that exists answers.
 * Font names are checked against the directory listing, so a name can never reach outside it.
 */
export async function readGlyphs(assetsDir: string, fontstack: string, range: string): Promise<AssetFile> {
  const match = RANGE.exec(range);
  const start = Number(match?.[1]);
  const end = Number(match?.[2]);
  if (
    !match ||
    start % GLYPH_RANGE_SIZE !== 0 ||
    end !== start + GLYPH_RANGE_SIZE - 1 ||
    end > MAX_CODEPOINT
  ) {
    throw badRequest(
      'range',
      `glyph range must be like 0-255 (a multiple of 256 and the next 255), got "${range}"`,
    );
  }
  const fontsDir = path.join(assetsDir, 'fonts');
  const available = new Set(await listDirectories(fontsDir));
  const font = fontstack
    .split(',')
    .map((name) => name.trim())
    .find((name) => available.has(name));
  if (!font) {
    throw notFound(
      'fontstack',
      `no font of "${fontstack}" is available; fonts: ${[...available].join(', ')}`,
    );
  }
  const file = path.join(fontsDir, font, `${start}-${end}.pbf`);
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) {
    return { body: EMPTY_GLYPHS, contentType: 'application/x-protobuf', modified: new Date(0) };
  }
  return { body: await readFile(file), contentType: 'application/x-protobuf', modified: info.mtime };
}

/** One of the four sprite files (`light.json`, `light.png`, `light@2x.json`, `light@2x.png`). */
export async function readSprite(assetsDir: string, name: string): Promise<AssetFile> {
  const contentType = Object.hasOwn(SPRITE_FILES, name) ? SPRITE_FILES[name] : undefined;
  if (!contentType) {
    throw notFound(
      'name',
      `unknown sprite file "${name}"; available: ${Object.keys(SPRITE_FILES).join(', ')}`,
    );
  }
  const file = path.join(assetsDir, 'sprites', name);
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw notFound('name', `sprite file "${name}" is not installed`);
  return { body: await readFile(file), contentType, modified: info.mtime };
}

async function listDirectories(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}
