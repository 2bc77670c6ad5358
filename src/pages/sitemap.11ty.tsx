// sitemap.xml, built from the pages Eleventy collected.
import { sitemap } from "../feeds/sitemap.ts";
import { routes } from "../routes.ts";
import type { TemplateData } from "../layouts/types.ts";

type Data = TemplateData & { collections: { all: Array<{ url: string | false }> } };

export const data = { permalink: routes.sitemap, eleventyExcludeFromCollections: true };

export function render(data: Data) {
  const pages = data.collections.all.flatMap((page) => (typeof page.url === "string" && page.url.endsWith("/") ? [page.url] : []));
  return sitemap(pages, data.site);
}
