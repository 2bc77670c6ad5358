// About and the other standing pages: content/about.md and content/pages/<slug>.md.
import type { z } from "zod";
import { defineContentType } from "./content-type.ts";
import { draft, fields, position, text, oldAddresses } from "./fields.ts";

const title = text();
/** One or two sentences for lists, search results and the meta description. */
const summary = text({ max: 300, multiline: true });

export const pageFields = fields({
  title,
  summary,
  /** Pages with an order appear in the main navigation, lowest first. */
  order: position().optional(),
  /** Addresses this page had on the old site; each keeps answering and leads here. */
  redirect_from: oldAddresses(),
  draft: draft(),
});

export type PageFields = z.infer<typeof pageFields>;

/** content/about.md sits at the top of content/ but is an ordinary page. */
export const aboutFile = "content/about.md";

export const pageType = defineContentType<PageFields>({
  collection: "pages",
  folder: "content/pages",
  alsoFiles: [aboutFile],
  noun: "page",
  schema: pageFields,
  url: (slug) => `/${slug}/`,
  translatable: { title, summary },
});
