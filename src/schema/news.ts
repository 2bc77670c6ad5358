// News posts: content/news/<YYYY-MM-DD>-<slug>.md.
import type { z } from "zod";
import { defineContentType } from "./content-type.ts";
import { assetPath, draft, fields, isoDate, isRealDate, list, text, oldAddresses } from "./fields.ts";

const title = text();
const summary = text({ max: 300, multiline: true });
/** What the image shows, for people who cannot see it. */
const alt = text({ expected: "a short description of the image" });

export const newsFields = fields({
  title,
  date: isoDate(),
  authors: list(text({ expected: "a person's name" }), "names", { min: 1 }),
  summary,
  tags: list(text(), "tags").optional(),
  image: fields({
    src: assetPath("an image path such as /assets/images/news/portal.png"),
    alt,
  }).optional(),
  /** Addresses this page had on the old site; each keeps answering and leads here. */
  redirect_from: oldAddresses(),
  draft: draft(),
});

export type NewsFields = z.infer<typeof newsFields>;

const NEWS_FILE = /^(\d{4}-\d{2}-\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const newsType = defineContentType<NewsFields>({
  collection: "news",
  folder: "content/news",
  noun: "news post",
  schema: newsFields,
  url: (slug) => `/news/${slug}/`,
  references: [{ path: ["image", "src"], target: "site" }],
  pictures: [{ path: ["image", "src"], use: "picture" }],
  translatable: { title, summary, image: fields({ alt }).optional() },
  checkFileName: (slug, fields) => {
    const match = NEWS_FILE.exec(slug);
    if (!match) {
      return { field: "file name", message: `"${slug}.md" does not start with a date (expected YYYY-MM-DD-short-title.md)` };
    }
    const date = (fields as { date?: unknown }).date;
    // A date that is not a real day is reported by its own field; comparing it with the file name would only repeat that.
    if (typeof date === "string" && isRealDate(date) && date !== match[1]) {
      return { field: "date", message: `"${date}" differs from the file name's ${match[1]} (expected the same date in both)` };
    }
    return undefined;
  },
});
