// The map's build-time data: the installations as JSON, and the country outlines it draws offline.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Community } from "../collections/community.ts";
import { writeData } from "../assets/hashed-files.ts";
import { mapInstallations } from "./payload.ts";

export interface MapData {
  /** JSON list of MapInstallation, by language: what popups show, in the page's language. */
  installations: Record<string, string>;
  /** TopoJSON country outlines from Natural Earth, via the world-atlas package. */
  outlines: string;
}

const require = createRequire(import.meta.url);

export async function writeMapData(output: string, communities: readonly Community[]): Promise<MapData> {
  const topology = await readFile(require.resolve("world-atlas/countries-110m.json"), "utf8");
  const original = communities[0]?.language.code;
  const [outlines, ...installations] = await Promise.all([
    writeData(output, "countries-110m.json", topology),
    ...communities.map(async (community) => {
      const { code } = community.language;
      const name = code === original ? "installations.json" : `installations.${code}.json`;
      return [code, await writeData(output, name, JSON.stringify(mapInstallations(community)))] as const;
    }),
  ]);
  return { installations: Object.fromEntries(installations), outlines };
}
