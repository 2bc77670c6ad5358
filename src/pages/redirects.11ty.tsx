// _redirects: the old site's addresses as permanent redirects, for hosts that read this file.
import { redirectRules } from "../redirects/rules.ts";
import { routes } from "../routes.ts";
import type { TemplateData } from "../layouts/types.ts";

export const data = { permalink: routes.redirects, eleventyExcludeFromCollections: true };

export function render(data: TemplateData) {
  return redirectRules(data.site, data.community.redirects);
}
