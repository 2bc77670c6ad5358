// sitemap.xml, built from the community in every language: each page in the languages it is translated into.
import { sitemap, translatedPages } from "../feeds/sitemap.ts";
import { routes } from "../routes.ts";
import type { TemplateData } from "../layouts/types.ts";
import { inOriginalLanguage, wholeSiteFile } from "../layouts/in-language.ts";

export const data = wholeSiteFile(routes.sitemap);

export function render(raw: TemplateData) {
  const data = inOriginalLanguage(raw);
  return sitemap(translatedPages(data.communities), data.site);
}
