// Lets every crawler in, except into the previews of pull requests, and points it to the sitemap.
import { publicUrl, routes, withBasePath } from "../routes.ts";
import type { TemplateData } from "../layouts/types.ts";
import { inOriginalLanguage, wholeSiteFile } from "../layouts/in-language.ts";

export const data = wholeSiteFile(routes.robots);

export function render(raw: TemplateData) {
  const data = inOriginalLanguage(raw);
  return `User-agent: *\nAllow: /\nDisallow: ${withBasePath(data.site, routes.pullRequestPreviews)}\n\nSitemap: ${publicUrl(data.site, routes.sitemap)}\n`;
}
