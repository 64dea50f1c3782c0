import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { OSMTransform } from 'osm-pbf-parser-node';
import { SaxesParser } from 'saxes';

// Streams the nodes or the ways of an OpenStreetMap file, `.osm.pbf` (osm-pbf-parser-node: pure JS on
// `pbf` + zlib, async-iterable) or `.osm` XML (saxes, a streaming XML parser). Relations are ignored.

export type OsmFormat = 'pbf' | 'osm';

export interface OsmNode {
  id: number;
  lon: number;
  lat: number;
}

export interface OsmWay {
  id: number;
  refs: number[];
  tags: Record<string, string>;
}

export interface ReadOsmOptions {
  /** Called with the bytes read so far (for a progress bar). */
  onBytes?: (bytes: number) => void;
}

/** The PBF parser's items: a header object (no `type`), then nodes, ways, relations. */
interface PbfItem {
  type?: string;
  id?: number;
  lat?: number;
  lon?: number;
  refs?: number[];
  tags?: Record<string, string>;
}

function countingStream(file: string, options: ReadOsmOptions, encoding?: BufferEncoding) {
  const stream = createReadStream(file, encoding ? { encoding } : {});
  let bytes = 0;
  if (options.onBytes) {
    const report = options.onBytes;
    stream.on('data', (chunk) => {
      bytes += Buffer.byteLength(chunk);
      report(bytes);
    });
  }
  return stream;
}

async function* readPbf(
  file: string,
  want: 'node' | 'way',
  options: ReadOsmOptions,
): AsyncGenerator<PbfItem> {
  // Only the ways' tags are ever needed; leaving out the rest makes decoding cheaper.
  const transform = new OSMTransform({
    withTags: { node: false, way: want === 'way', relation: false },
    withInfo: false,
  });
  // pipeline, not pipe: a read error must end the iteration, not leave it waiting.
  const items = pipeline(countingStream(file, options), transform, () => {});
  try {
    for await (const batch of items as AsyncIterable<PbfItem[]>) {
      for (const item of batch) if (item.type === want) yield item;
    }
  } catch (err) {
    throw new Error(`${file}: not a readable OSM PBF file (${(err as Error).message})`, { cause: err });
  }
}

export async function* readOsmNodes(
  file: string,
  format: OsmFormat,
  options: ReadOsmOptions = {},
): AsyncGenerator<OsmNode> {
  if (format === 'pbf') {
    for await (const n of readPbf(file, 'node', options))
      yield { id: n.id as number, lon: n.lon as number, lat: n.lat as number };
    return;
  }
  yield* readXml(file, 'node', options) as AsyncGenerator<OsmNode>;
}

export async function* readOsmWays(
  file: string,
  format: OsmFormat,
  options: ReadOsmOptions = {},
): AsyncGenerator<OsmWay> {
  if (format === 'pbf') {
    for await (const w of readPbf(file, 'way', options))
      yield { id: w.id as number, refs: w.refs ?? [], tags: w.tags ?? {} };
    return;
  }
  yield* readXml(file, 'way', options) as AsyncGenerator<OsmWay>;
}

function numberAttr(attributes: Record<string, string>, name: string, where: string): number {
  const value = Number(attributes[name]);
  if (attributes[name] === undefined || !Number.isFinite(value))
    throw new Error(
      `${where}: attribute ${name}=${JSON.stringify(attributes[name] ?? null)} is not a number`,
    );
  return value;
}

async function* readXml(
  file: string,
  want: 'node' | 'way',
  options: ReadOsmOptions,
): AsyncGenerator<OsmNode | OsmWay> {
  const parser = new SaxesParser({ fileName: file });
  const ready: (OsmNode | OsmWay)[] = [];
  let way: OsmWay | undefined;
  let sawRoot = false;
  parser.on('opentag', (tag) => {
    const a = tag.attributes as Record<string, string>;
    const where = `${file}:${parser.line}`;
    if (!sawRoot) {
      if (tag.name !== 'osm') throw new Error(`${where}: not OSM XML (root element <${tag.name}>)`);
      sawRoot = true;
    } else if (tag.name === 'node' && want === 'node') {
      ready.push({
        id: numberAttr(a, 'id', where),
        lon: numberAttr(a, 'lon', where),
        lat: numberAttr(a, 'lat', where),
      });
    } else if (tag.name === 'way' && want === 'way') {
      way = { id: numberAttr(a, 'id', where), refs: [], tags: {} };
    } else if (way && tag.name === 'nd') {
      way.refs.push(numberAttr(a, 'ref', where));
    } else if (way && tag.name === 'tag' && a.k !== undefined) {
      way.tags[a.k] = a.v ?? '';
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'way' && way) {
      ready.push(way);
      way = undefined;
    }
  });
  try {
    for await (const chunk of countingStream(file, options, 'utf8')) {
      parser.write(chunk as string);
      yield* ready;
      ready.length = 0;
    }
    parser.close();
  } catch (err) {
    const message = (err as Error).message;
    // saxes and our own checks name the file already; read errors (EISDIR, …) do not.
    throw message.startsWith(file) ? err : new Error(`${file}: ${message}`, { cause: err });
  }
  if (!sawRoot) throw new Error(`${file}: not OSM XML (no <osm> element)`);
  yield* ready;
}
