// /.well-known/atproto-did: the DID of the Bluesky account named after this domain, when site.yaml gives one.
import { routes } from "../routes.ts";
import type { GlobalData } from "../layouts/types.ts";
import { wholeSiteFile } from "../layouts/in-language.ts";

export const data = {
  ...wholeSiteFile((data: GlobalData) => (data.original.site.blueskyDid ? routes.atprotoDid : false)),
  // The file's name is fixed by the AT Protocol, extension-less.
  eleventyAllowMissingExtension: true,
};

export function render(data: GlobalData) {
  return data.original.site.blueskyDid ?? "";
}
