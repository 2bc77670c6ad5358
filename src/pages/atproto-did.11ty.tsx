// /.well-known/atproto-did: the DID of the Bluesky account named after this domain, when site.yaml gives one.
import { routes } from "../routes.ts";
import type { TemplateData } from "../layouts/types.ts";

export const data = {
  permalink: (data: TemplateData) => (data.site.blueskyDid ? routes.atprotoDid : false),
  eleventyExcludeFromCollections: true,
  // The file's name is fixed by the AT Protocol, extension-less.
  eleventyAllowMissingExtension: true,
};

export function render(data: TemplateData) {
  return data.site.blueskyDid ?? "";
}
