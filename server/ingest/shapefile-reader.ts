import { access } from 'node:fs/promises';
import * as shapefile from 'shapefile';
import { toSourceFeature, type SourceFeature } from './geojson-reader.ts';

/** Text encoding of the regional .dbf files (Czech ÚAP data is CP1250; there is no .cpg). */
export const REGIONAL_DBF_ENCODING = 'windows-1250';

/**
 * Reads `name.shp` with the attributes of `name.dbf` beside it, in record order.
 * Coordinates stay in the file's CRS; reprojection is the caller's choice.
 */
export async function readShapefile(
  shpPath: string,
  encoding: string = REGIONAL_DBF_ENCODING,
): Promise<SourceFeature[]> {
  const dbfPath = shpPath.replace(/\.shp$/i, '.dbf');
  // Without this check a missing .dbf would silently give features without attributes.
  await access(dbfPath).catch(() => {
    throw new Error(`${dbfPath}: attribute file missing`);
  });
  let collection: Awaited<ReturnType<typeof shapefile.read>>;
  try {
    collection = await shapefile.read(shpPath, dbfPath, { encoding });
  } catch (err) {
    throw new Error(`${shpPath}: ${(err as Error).message}`, { cause: err });
  }
  return collection.features.map((f, i) => toSourceFeature(f, `${shpPath}: record ${i}`));
}
