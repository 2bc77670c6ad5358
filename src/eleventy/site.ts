// Before each build: loads and validates all content, copies the files served as they are, derives what pages
// show, writes the assets pages load, and starts the search index with the workshop materials.
// After it: adds the built pages to the search index and writes it.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { join } from "node:path";
import { copyStaticFiles } from "../assets/static-files.ts";
import { writeAssets, type SiteAssets } from "../assets/write.ts";
import { buildCommunity, type Community } from "../collections/community.ts";
import { buildDate } from "../collections/dates.ts";
import { loadSiteContent, type SiteContent } from "../content/load.ts";
import { renderMarkdown, type ImageVersions } from "../content/markdown.ts";
import { processImages, type ImageUse } from "../images/process.ts";
import { ContentProblems } from "../content/problems.ts";
import { describeReport, startSearchIndex, type SearchIndexing } from "../search/index.ts";

/** Resizes every picture content uses and renders again the bodies that show one, so they point at the resized files. */
async function resizeImages(content: SiteContent, root: string, output: string): Promise<ImageVersions> {
  const wanted = new Map<string, ImageUse>();
  const documents = [...content.pages, ...content.workshops, ...content.partners, ...content.news, ...content.projects];
  for (const document of documents) for (const src of document.images) wanted.set(src, "picture");
  for (const post of content.news) if (post.image) wanted.set(post.image.src, "picture");
  for (const partner of content.partners) if (partner.logo) wanted.set(partner.logo, "logo");
  const versions = await processImages(root, output, wanted);
  for (const document of documents) {
    if (document.images.length > 0) document.html = renderMarkdown(document.body, document.source, 1, versions).html;
  }
  return versions;
}

export interface SitePluginOptions {
  /** The project folder that holds content/, _data/ and assets/. */
  root: string;
}

export function sitePlugin(config: UserConfig, { root }: SitePluginOptions): void {
  let community: Community | undefined;
  let assets: SiteAssets | undefined;
  let search: SearchIndexing | undefined;
  // One hook runs the steps in order: Eleventy starts the listeners of an event all at once.
  config.on("eleventy.before", async ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
    // Previews (npm start) show drafts; builds for publication leave them out.
    const { content, problems } = loadSiteContent(root, { drafts: runMode === "build" ? "exclude" : "include" });
    if (problems.length > 0) {
      // The list of problems is the whole message; a stack trace would only bury it.
      throw Object.assign(new ContentProblems(problems), { skipOriginalStack: true });
    }
    // Copied only once the content is valid, so a failed build leaves no copy running into its output.
    if (runMode !== "serve") await copyStaticFiles(root, directories.output);
    const images = await resizeImages(content, root, directories.output);
    community = buildCommunity(content, buildDate(), root);
    assets = { ...(await writeAssets(root, directories.output, community)), images };
    // A build indexes the materials while it renders the pages; a preview waits for the previous index first.
    if (runMode === "build") search = await startSearchIndex(community, root);
  });
  // While serving, the index is rebuilt in the background so a changed page reloads at once; builds wait for it.
  let indexing: Promise<void> = Promise.resolve();
  config.on("eleventy.after", async ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
    if (!community) return;
    const built = community;
    const started = search;
    search = undefined;
    const run = indexing.then(async () => {
      const report = await (started ?? (await startSearchIndex(built, root))).finish(directories.output);
      for (const line of describeReport(report)) console.log(line);
    });
    indexing = run.catch((error: unknown) => console.error(`Search: the index was not updated: ${(error as Error).message}`));
    if (runMode === "build") await run;
  });
  config.addGlobalData("community", () => community);
  config.addGlobalData("site", () => community?.site);
  config.addGlobalData("assets", () => assets);
  for (const folder of ["content", "_data", "assets/css"]) config.addWatchTarget(join(root, folder));
}
