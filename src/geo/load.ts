/**
 * Fetches the geometry file written by the geo build (topology.ts) and validates it: the file is input like any
 * other.
 */
import { decodeGeoFile, GEO_FILE, GeoFileError, type GeoLayers } from "./topology.ts";

export type {
  CountryLabelCollection,
  CountryOutlines,
  GeoLayers,
  LabelCollection,
  LabelProps,
  MunicipalityCollection,
} from "./topology.ts";

export class GeoLoadError extends Error {
  override name = "GeoLoadError";
}

export async function loadGeoLayers(baseUrl: string, fetchImpl: typeof fetch = fetch): Promise<GeoLayers> {
  const url = `${baseUrl}${GEO_FILE}`;
  let res: Response;
  try {
    res = await fetchImpl(url);
  } catch (e) {
    throw new GeoLoadError(`${url}: ${(e as Error).message}`);
  }
  if (!res.ok) throw new GeoLoadError(`${url}: HTTP ${res.status}`);
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new GeoLoadError(`${url}: not valid JSON`);
  }
  try {
    return decodeGeoFile(json);
  } catch (e) {
    throw new GeoLoadError(`${url}: ${e instanceof GeoFileError ? e.message : String(e)}`);
  }
}
