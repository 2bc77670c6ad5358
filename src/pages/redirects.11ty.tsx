// _redirects: the old site's addresses as permanent redirects, for hosts that read this file.
import { redirectRules } from "../redirects/rules.ts";
import { routes } from "../routes.ts";
import type { TemplateData } from "../layouts/types.ts";
import { inOriginalLanguage, wholeSiteFile } from "../layouts/in-language.ts";

export const data = wholeSiteFile(routes.redirects);

export function render(raw: TemplateData) {
  const data = inOriginalLanguage(raw);
  return redirectRules(data.site, data.community.redirects);
}
