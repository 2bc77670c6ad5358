// The map's build-time data: the installations as JSON, and the country outlines it draws offline.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Community } from "../collections/community.ts";
import { writeData } from "../assets/hashed-files.ts";
import { mapInstallations } from "./payload.ts";

export interface MapData {
  /** JSON list of MapInstallation. */
  installations: string;
  /** TopoJSON country outlines from Natural Earth, via the world-atlas package. */
  outlines: string;
}

const require = createRequire(import.meta.url);

export async function writeMapData(output: string, community: Community): Promise<MapData> {
  const topology = await readFile(require.resolve("world-atlas/countries-110m.json"), "utf8");
  const [installations, outlines] = await Promise.all([
    writeData(output, "installations.json", JSON.stringify(mapInstallations(community))),
    writeData(output, "countries-110m.json", topology),
  ]);
  return { installations, outlines };
}
