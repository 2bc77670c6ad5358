// Funded community projects: content/projects/<slug>.md.
import { z } from "zod";
import { defineContentType } from "./content-type.ts";
import { draft, explain, fields, isRealDate, list, show, slug, text, oldAddresses } from "./fields.ts";

/** Project periods are often known only to the month or the year. */
function period() {
  const expected = "a date as YYYY-MM-DD, YYYY-MM or YYYY";
  return z
    .union([z.string(), z.number().int().transform(String)], { error: explain(expected, (input) => `${show(input)} is not a date`) })
    .refine((value) => /^\d{4}(-\d{2}){0,2}$/.test(value), { error: (issue) => `${show(issue.input)} is not a date (expected ${expected})`, abort: true })
    .refine((value) => /^\d{4}$/.test(value) || isRealDate(/^\d{4}-\d{2}$/.test(value) ? `${value}-01` : value), {
      error: (issue) => `${show(issue.input)} is not a real date (expected ${expected})`,
    });
}

const title = text();

export const projectFields = fields(
  {
    title,
    /** The funder's identifier, such as CESP2017-009. */
    code: text({ expected: "the funder's identifier, such as CESP2017-009" }),
    start: period(),
    end: period().optional(),
    /** Who paid for it, such as GBIF Capacity Enhancement Support Programme. */
    funding: text({ expected: "who paid for it, such as GBIF Capacity Enhancement Support Programme" }),
    lead: slug(),
    partners: list(slug(), "partner names"),
    /** Addresses this page had on the old site; each keeps answering and leads here. */
    redirect_from: oldAddresses(),
    draft: draft(),
  },
  ({ start, end }, context) => {
    if (start === undefined || end === undefined) return;
    const [from, to] = [start as string, end as string];
    // Compare at the coarser of the two precisions: 2019 is not before 2019-07.
    if (to.slice(0, from.length) < from.slice(0, to.length)) {
      context.addIssue({ code: "custom", path: ["end"], message: `${show(end)} is before start ${from} (expected a date on or after ${from})` });
    }
  },
);

export type ProjectFields = z.infer<typeof projectFields>;

export const projectType = defineContentType<ProjectFields>({
  collection: "projects",
  folder: "content/projects",
  noun: "project",
  schema: projectFields,
  url: (slug) => `/projects/${slug}/`,
  references: [
    { path: ["lead"], target: "partners" },
    { path: ["partners", "*"], target: "partners" },
  ],
  translatable: { title },
});
