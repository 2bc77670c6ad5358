// The old site's pages at its top (about, FAQ, contact, resources, the committee…) as pages: tables their layout
// filled from data files printed as Markdown tables, and their old address (/contact.html, /about/lamc/) kept.
import { document, redirectFrom, type Conversion, type ImportContext } from "./conversion.ts";
import { convertBody, firstParagraph, sections } from "./markdown.ts";
import type { FileCopy } from "./materials.ts";
import type { OldDocument } from "./site.ts";
import { textOf } from "./values.ts";

export function convertPage(oldPage: OldDocument, context: ImportContext): Conversion {
  const page = context.slugs.page(oldPage)!;
  const notes: string[] = [];
  const copies: FileCopy[] = [];
  const body = convertBody(oldPage.content, { data: context.site.data, page: oldPage.data, print: () => true }, context.links(copies));
  notes.push(...body.notes);
  const printed = body.liquid.loops.filter((loop) => loop.key);
  if (printed.length > 0)
    notes.push(
      `the table${printed.length === 1 ? "" : "s"} filled from ${[...new Set(printed.map((loop) => `_data/${loop.key}`))].join(", ")} ${printed.length === 1 ? "is" : "are"} now written in the page; edit ${printed.length === 1 ? "it" : "them"} there`,
    );
  for (const loop of body.liquid.loops.filter((loop) => !loop.key))
    notes.push(`a table read _data/${loop.asked}, which the old site does not have, and was left out`);

  // A title that is only the file's name ("quick-start") gives way to the page's first heading.
  let title = textOf(oldPage.data.title).trim();
  const firstHeading = sections(body.text).find((section) => section.heading)?.heading;
  if ((!title || /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(title)) && firstHeading) {
    notes.push(`the old title was "${title}"; the title is now the page's first heading, "${firstHeading}"; shorten it if it is in the menu`);
    title = firstHeading;
  }
  const text = firstHeading === title ? body.text.replace(/^#{2,6} .+\n*/m, "").trim() : body.text;

  let summary = firstParagraph(text);
  if (summary) notes.push("summary taken from the first paragraph; check that it reads well on its own");
  else {
    const headings = sections(text).flatMap((section) => (section.heading ? [section.heading] : []));
    summary = headings.length > 0 ? `${title}: ${headings.join(", ")}.` : undefined;
    notes.push(
      summary
        ? "the page has no paragraph, so its summary lists its headings; write one or two sentences instead"
        : "no text to take a summary from; add summary",
    );
  }

  const fields = { title: title || undefined, summary, redirect_from: redirectFrom(oldPage, page, context.claimed) };
  return document(oldPage, page, fields, text, notes, copies);
}
