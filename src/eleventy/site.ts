// Before each build: loads and validates all content, derives what pages show, and writes the assets pages load.
// After it: indexes the built pages and the workshop materials for search.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { join } from "node:path";
import { writeAssets, type SiteAssets } from "../assets/write.ts";
import { buildCommunity, type Community } from "../collections/community.ts";
import { buildDate } from "../collections/dates.ts";
import { loadSiteContent } from "../content/load.ts";
import { ContentProblems } from "../content/problems.ts";
import { buildSearchIndex, describeReport } from "../search/index.ts";

export interface SitePluginOptions {
  /** The project folder that holds content/, _data/ and assets/. */
  root: string;
}

export function sitePlugin(config: UserConfig, { root }: SitePluginOptions): void {
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
  // While serving, the index is rebuilt in the background so a changed page reloads at once; builds wait for it.
  let indexing: Promise<void> = Promise.resolve();
  config.on("eleventy.after", async ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
    if (!community) return;
    const built = community;
    const run = indexing.then(async () => {
      for (const line of describeReport(await buildSearchIndex(directories.output, built, root))) console.log(line);
    });
    indexing = run.catch((error: unknown) => console.error(`Search: the index was not updated: ${(error as Error).message}`));
    if (runMode === "build") await run;
  });
  config.addGlobalData("community", () => community);
  config.addGlobalData("site", () => community?.site);
  config.addGlobalData("assets", () => assets);
  for (const folder of ["content", "_data", "assets/css"]) config.addWatchTarget(join(root, folder));
}
