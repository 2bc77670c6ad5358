// Before each build: loads and validates all content, derives what pages show, and writes the assets pages load.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { join } from "node:path";
import { writeAssets, type SiteAssets } from "../assets/write.ts";
import { buildCommunity, type Community } from "../collections/community.ts";
import { buildDate } from "../collections/dates.ts";
import { loadSiteContent } from "../content/load.ts";
import { ContentProblems } from "../content/problems.ts";

export interface ContentPluginOptions {
  /** The project folder that holds content/, _data/ and assets/. */
  root: string;
}

export function contentPlugin(config: UserConfig, { root }: ContentPluginOptions): void {
  let community: Community | undefined;
  let assets: SiteAssets | undefined;
  // One hook runs the steps in order: Eleventy starts the listeners of an event all at once.
  config.on("eleventy.before", async ({ directories }: { directories: { output: string } }) => {
    const { content, problems } = loadSiteContent(root);
    if (problems.length > 0) {
      // The list of problems is the whole message; a stack trace would only bury it.
      throw Object.assign(new ContentProblems(problems), { skipOriginalStack: true });
    }
    community = buildCommunity(content, buildDate(), root);
    assets = await writeAssets(root, directories.output, community);
  });
  config.addGlobalData("community", () => community);
  config.addGlobalData("site", () => community?.site);
  config.addGlobalData("assets", () => assets);
  for (const folder of ["content", "_data", "assets/css"]) config.addWatchTarget(join(root, folder));
}
