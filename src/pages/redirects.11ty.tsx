// _redirects: the old site's addresses as permanent redirects, for hosts that read this file.
import { redirectRules } from "../redirects/rules.ts";
import { routes } from "../routes.ts";
import type { TemplateData } from "../layouts/types.ts";
import { inOriginalLanguage } from "../layouts/in-language.ts";

export const data = { permalink: routes.redirects, eleventyExcludeFromCollections: true };

export function render(raw: TemplateData) {
  const data = inOriginalLanguage(raw);
  return redirectRules(data.site, data.community.redirects);
}
