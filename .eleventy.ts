// Eleventy configuration: a list of plugins; each one's logic lives in src/.
import { HtmlBasePlugin } from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { markdown } from "./src/content/markdown.ts";
import { sitePlugin } from "./src/eleventy/site.ts";
import { tsxTemplates } from "./src/eleventy/tsx.ts";
import { configuredBasePath, repositoryRoot } from "./src/repository.ts";

export default function (config: UserConfig) {
  const root = repositoryRoot();
  // Validated content and data, the lists derived from them, the assets pages load, and the search index.
  config.addPlugin(sitePlugin, { root });
  // src/pages/*.11ty.tsx templates, escaping text by default.
  config.addPlugin(tsxTemplates);
  // One Markdown configuration for the whole project (anchors, typography, checked HTML).
  config.setLibrary("md", markdown);
  // Links, stylesheets and scripts gain the base path when the site is served under a sub-path (typed here: its JSDoc names an undefined type).
  config.addPlugin(HtmlBasePlugin as (config: UserConfig) => void);
  // Editors' saves are complete when written; waiting 150 ms for the file to settle only delays the reload.
  config.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 10, pollInterval: 5 } });

  return {
    // Eleventy would run or merge any .js or .json file in its data folder; editors' _data/ is read only by the
    // checked loader, so Eleventy's own data folder is one the project keeps empty.
    dir: { input: "src/pages", data: "../eleventy-data" },
    pathPrefix: configuredBasePath(root),
  };
}
