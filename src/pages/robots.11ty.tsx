// Lets every crawler in and points it to the sitemap.
import { publicUrl, routes } from "../routes.ts";
import type { TemplateData } from "../layouts/types.ts";

export const data = { permalink: routes.robots, eleventyExcludeFromCollections: true };

export function render(data: TemplateData) {
  return `User-agent: *\nAllow: /\n\nSitemap: ${publicUrl(data.site, routes.sitemap)}\n`;
}
