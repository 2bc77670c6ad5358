// An old post (_posts/<date>-<title>.markdown) as a news post, with its picture, its authors one by one, and its
// old address under /news/<categories>/<title>/ kept in redirect_from.
import { document, redirectFrom, type Conversion, type ImportContext } from "./conversion.ts";
import { splitAuthors, type FileCopy } from "./materials.ts";
import { convertBody, firstParagraph, summaryOf } from "./markdown.ts";
import type { OldDocument } from "./site.ts";
import { textOf } from "./values.ts";

export function convertPost(post: OldDocument, context: ImportContext): Conversion {
  const page = context.slugs.page(post)!;
  const notes: string[] = [];
  const copies: FileCopy[] = [];
  const { data } = post;
  const content = post.content.replace(/^_Published (?:by|on)[^\n]*_[ \t]*$/m, "");
  const body = convertBody(content, { data: context.site.data, page: data, print: () => true }, context.links(copies));
  notes.push(...body.notes);

  const authors = splitAuthors(textOf(data.authors ?? data.author));
  if (authors.length === 0) notes.push("no authors; add authors");
  const tags = (Array.isArray(data.categories) ? data.categories.map(String) : textOf(data.categories).split(/\s+/))
    .filter((tag) => tag && tag !== "news")
    .map((tag) => tag.replace(/-/g, " "));

  let summary = typeof data.summary === "string" && data.summary.trim() ? data.summary.trim() : undefined;
  if (summary && summary.length > 300) {
    summary = summaryOf(summary);
    notes.push("the old summary was longer than 300 characters and was cut after a sentence; check it");
  } else if (!summary) {
    summary = firstParagraph(body.text);
    notes.push(summary ? "summary taken from the first paragraph; check that it reads well on its own" : "no summary; add summary");
  }

  const image = picture(data.picture, textOf(data.title), context, copies, notes);
  const fields = {
    title: textOf(data.title).trim() || undefined,
    date: page.slug.slice(0, 10),
    authors: authors.length > 0 ? authors : undefined,
    summary,
    tags: tags.length > 0 ? tags : undefined,
    image,
    redirect_from: redirectFrom(post, page, context.claimed),
  };
  return document(post, page, fields, body.text, notes, copies);
}

/** The post's picture, copied from /assets/img/ to /assets/images/, described by the title until an editor describes it. */
function picture(value: unknown, title: string, context: ImportContext, copies: FileCopy[], notes: string[]): { src: string; alt: string } | undefined {
  if (typeof value !== "string" || !value.trim()) return undefined;
  const from = value.trim().replace(/^\//, "");
  if (!context.site.isPlainFile(from)) {
    notes.push(`its picture /${from} is not in the checkout, so the post has none; add one under /assets/images/ as image if you have it`);
    return undefined;
  }
  const to = from.replace(/^assets\/img\//, "assets/images/");
  copies.push({ from, to });
  notes.push("the picture's description is the post's title for now; describe what the picture shows in image.alt");
  return { src: `/${to}`, alt: title };
}
