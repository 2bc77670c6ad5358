// _headers: the security headers for static hosts that read this file; GitHub Pages uses the meta tags instead.
import { headersFile } from "../security/headers.ts";
import { routes } from "../routes.ts";
import type { TemplateData } from "../layouts/types.ts";
import { inOriginalLanguage, wholeSiteFile } from "../layouts/in-language.ts";

export const data = wholeSiteFile(routes.headers);

export function render(raw: TemplateData) {
  const data = inOriginalLanguage(raw);
  return headersFile(data.site);
}
