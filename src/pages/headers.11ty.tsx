// _headers: the security headers for static hosts that read this file; GitHub Pages uses the meta tags instead.
import { headersFile } from "../security/headers.ts";
import { routes } from "../routes.ts";
import type { TemplateData } from "../layouts/types.ts";

export const data = { permalink: routes.headers, eleventyExcludeFromCollections: true };

export function render(data: TemplateData) {
  return headersFile(data.site);
}
