// The Atom feed of news posts.
import { atomFeed } from "../feeds/atom.ts";
import { routes } from "../routes.ts";
import type { TemplateData } from "../layouts/types.ts";

export const data = { permalink: routes.feed, eleventyExcludeFromCollections: true };

export function render(data: TemplateData) {
  return atomFeed(data.community);
}
