// Loads and validates all content before each build, and hands the derived model to templates.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { join } from "node:path";
import { buildBundles, type Bundles } from "../assets/bundle.ts";
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
  let bundles: Bundles | undefined;
  config.on("eleventy.before", () => {
    const { content, problems } = loadSiteContent(root);
    if (problems.length > 0) {
      // The list of problems is the whole message; a stack trace would only bury it.
      throw Object.assign(new ContentProblems(problems), { skipOriginalStack: true });
    }
    community = buildCommunity(content, buildDate(), root);
    bundles = buildBundles(root);
  });
  config.addGlobalData("community", () => community);
  config.addGlobalData("site", () => community?.site);
  config.addGlobalData("bundles", () => bundles);
  for (const folder of ["content", "_data", "assets/css"]) config.addWatchTarget(join(root, folder));
}
