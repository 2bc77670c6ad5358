// An old project page (_projects/<id>.md) as a project: its funder's code, its lead and partners resolved through
// the slug map from the names its partner table printed (site.data.projects.<name>).
import { slugify } from "../schema/fields.ts";
import { document, redirectFrom, type Conversion, type ImportContext } from "./conversion.ts";
import { readIsoDate } from "./dates.ts";
import { convertBody, sections, tidy } from "./markdown.ts";
import type { FileCopy } from "./materials.ts";
import type { OldDocument } from "./site.ts";
import { projectCode } from "./slugs.ts";
import { textOf } from "./values.ts";

export function convertProject(project: OldDocument, context: ImportContext): Conversion {
  const page = context.slugs.page(project)!;
  const notes: string[] = [];
  const { data } = project;
  const title = textOf(data.title).trim();

  let code = projectCode(`${project.id} ${title} ${project.content}`);
  if (!code && title && title.split(/\s+/).length <= 2) {
    code = title;
    notes.push(`the page gives no funder's code, so code is the project's name, ${title}; replace it with the funder's identifier if it has one`);
  } else if (!code) {
    notes.push("the page gives no funder's code; add code");
  }
  const start =
    (data.date instanceof Date ? data.date.toISOString().slice(0, 10) : readIsoDate(textOf(data.date))) ??
    (/^\d{4}$/.test(textOf(data.year)) ? String(data.year) : undefined);
  if (!start) notes.push("no date; add start");

  const leadName = textOf(data.lead).trim();
  const lead = leadName ? context.slugs.partner(leadName) : undefined;
  if (!leadName) notes.push("no lead; add lead");
  else if (!lead) notes.push(`the lead, ${leadName}, has no partner page; add content/partners/${slugify(leadName)}.md and set lead: ${slugify(leadName)}`);

  // The partner table printed the rows of a data file; each row's organisation becomes a partner when one goes by that name.
  const copies: FileCopy[] = [];
  const read = convertBody(project.content, { data: context.site.data, page: data, print: () => false }, context.links(copies));
  const loop = read.liquid.loops.find((candidate) => candidate.asked.startsWith("projects/"));
  if (loop && !loop.key)
    notes.push(`its partner table reads ${loop.asked.slice("projects/".length)}.csv, which the old site does not have; list the partners by hand`);
  if (loop && loop.key && loop.key !== loop.asked)
    notes.push(
      `its partner table asks for ${loop.asked.slice("projects/".length)}.csv; the file is ${loop.key.slice("projects/".length)}.csv, read whatever its letter case`,
    );
  const organisations = (loop?.rows ?? []).map((row) => (row.organisation ?? row.Organisation ?? Object.values(row)[0] ?? "").trim()).filter(Boolean);
  const resolved = organisations.map((name) => ({ name, slug: context.slugs.partner(name) }));
  const partners = [...new Set(resolved.flatMap(({ slug }) => (slug && slug !== lead ? [slug] : [])))].sort();
  const missing = resolved.filter(({ slug, name }) => !slug && name !== leadName);
  if (missing.length > 0) {
    notes.push(
      `${missing.map(({ name }) => name).join(", ")} ${missing.length === 1 ? "has" : "have"} no partner page, so the partner table stays in the text; add a partner for each and list it in partners`,
    );
  }
  // With every organisation in lead and partners, this site lists them itself; otherwise the old table keeps the rest.
  const body =
    missing.length > 0 || (leadName && !lead)
      ? convertBody(project.content, { data: context.site.data, page: data, print: () => true }, context.links([]))
      : read;
  notes.push(...body.notes);

  const fields = {
    title: title || undefined,
    code,
    start,
    funding: typeof data.funding === "string" ? data.funding.trim() : undefined,
    lead: lead ?? (leadName ? slugify(leadName) : undefined),
    partners,
    redirect_from: redirectFrom(project, page, context.claimed),
  };
  return document(project, page, fields, withoutEmptySections(body.text), notes, copies);
}

/** A heading left with nothing under it once its table became fields, unless deeper sections follow it. */
function withoutEmptySections(markdown: string): string {
  const parts = sections(markdown);
  return tidy(
    parts
      .filter((part, index) => !part.heading || part.text.replace(/^#{2,6} .+$/m, "").trim() !== "" || (parts[index + 1]?.level ?? 0) > part.level)
      .map((part) => part.text)
      .join("\n"),
  );
}
