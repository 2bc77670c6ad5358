// The map's build-time part: its script and stylesheet, the installations as JSON, and the country outlines.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Community } from "../collections/community.ts";
import { bundle, CODE, writeData } from "../assets/write.ts";
import { mapInstallations } from "./payload.ts";

export interface MapAssets {
  script: string;
  stylesheet: string;
  /** JSON list of MapInstallation. */
  installations: string;
  /** TopoJSON country outlines from Natural Earth, via the world-atlas package. */
  outlines: string;
}

const require = createRequire(import.meta.url);

export async function buildMapAssets(output: string, community: Community): Promise<MapAssets> {
  const [urls, installations, outlines] = await Promise.all([
    bundle({ map: join(CODE, "src/map/browser/main.ts"), "map-styles": join(CODE, "src/map/map.css") }, output),
    writeData(output, "installations.json", JSON.stringify(mapInstallations(community))),
    readFile(require.resolve("world-atlas/countries-110m.json"), "utf8").then((topology) => writeData(output, "countries-110m.json", topology)),
  ]);
  return { script: urls.map!, stylesheet: urls["map-styles"]!, installations, outlines };
}
