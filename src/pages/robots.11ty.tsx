// Lets every crawler in and points it to the sitemap.
import { routes } from "../routes.ts";
import type { TemplateData } from "../layouts/types.ts";

export const data = { permalink: routes.robots, eleventyExcludeFromCollections: true };

export function render(data: TemplateData) {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(routes.sitemap, data.site.url).href}\n`;
}
