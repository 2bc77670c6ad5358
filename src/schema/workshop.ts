// Workshops, conferences, trainings, online sessions and meetings: content/workshops/<slug>.md.
import { z } from "zod";
import { defineContentType } from "./content-type.ts";
import { countryCode, draft, explain, fields, flag, isoDate, link, list, oneOf, show, slug, text, oldAddresses } from "./fields.ts";

const WORKSHOP_KINDS = ["workshop", "conference", "training", "online", "meeting"] as const;
const MATERIAL_KINDS = ["slides", "poster", "video", "abstract", "agenda", "exercise", "notes", "document"] as const;

/** Where an event stands on the day of the build: derived from its dates (collections/dates.ts), never written by editors. */
export type EventStatus = "upcoming" | "ongoing" | "past";

const locationFields = fields({
  /** Left out only when nobody knows it any more, as for some events of the old site. */
  city: text({ expected: "the name of a city, such as Lisbon" }).optional(),
  country: countryCode(),
  venue: text().optional(),
});

export const materialFields = fields({
  title: text(),
  /** A web address, or a file under /assets/materials/<workshop>/. */
  url: link(),
  kind: oneOf(MATERIAL_KINDS, "kind of material"),
  authors: list(text(), "names").optional(),
  /** Shown next to the link, such as PDF or YouTube video; derived from the file name when left out. */
  format: text().optional(),
  /** Addresses the file had on the old site, such as /assets/presentation/workshop-2016/10-Collectory.pdf. */
  redirect_from: oldAddresses(),
});

const participantsFile = () =>
  z.string({ error: explain("a file name in _data/participants/, such as workshop-2016.csv") }).regex(/^[A-Za-z0-9._-]+\.csv$/, {
    error: (issue) => `${show(issue.input)} is not a CSV file name (expected a name such as workshop-2016.csv)`,
  });

const title = text();
const summary = text({ max: 300, multiline: true });

export const workshopFields = fields(
  {
    title,
    kind: oneOf(WORKSHOP_KINDS, "kind of event"),
    start: isoDate(),
    /** Last day, for events longer than a day. */
    end: isoDate().optional(),
    /** Online events have no location. */
    online: flag().optional(),
    location: locationFields.optional(),
    summary,
    /** The community project that funded the event. */
    project: slug().optional(),
    participants: participantsFile().optional(),
    materials: list(materialFields, "materials").optional(),
    /** Addresses this page had on the old site; each keeps answering and leads here. */
    redirect_from: oldAddresses(),
    draft: draft(),
  },
  ({ start, end }, context) => {
    if (typeof start === "string" && typeof end === "string" && end < start) {
      context.addIssue({ code: "custom", path: ["end"], message: `${show(end)} is before start ${start} (expected a date on or after ${start})` });
    }
  },
  ({ online, kind, location }, context) => {
    // kind: online says as much as online: true: an editor who chose it has said where the event is.
    if (online !== true && kind !== "online" && location === undefined) {
      context.addIssue({ code: "custom", path: ["location"], message: "missing (expected city and country, or online: true for an online event)" });
    }
    // Pages show an online event without its place, so a place given with online: true would vanish unseen.
    if ((online === true || kind === "online") && location !== undefined) {
      const why = online === true ? "online: true" : "kind: online";
      context.addIssue({ code: "custom", path: ["location"], message: `is given for an event with ${why} (expected either a place or ${why}, not both)` });
    }
  },
);

export type WorkshopFields = z.infer<typeof workshopFields>;
export type Material = z.infer<typeof materialFields>;
export type WorkshopKind = (typeof WORKSHOP_KINDS)[number];
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

export const workshopType = defineContentType<WorkshopFields>({
  collection: "workshops",
  folder: "content/workshops",
  noun: "workshop",
  schema: workshopFields,
  url: (slug) => `/workshops/${slug}/`,
  references: [
    { path: ["project"], target: "projects" },
    { path: ["participants"], target: "participants" },
    { path: ["materials", "*", "url"], target: "site" },
  ],
  // A material's address names which one a translated title belongs to; the address itself stays the original's.
  translatable: {
    title,
    summary,
    materials: list(fields({ url: link(), title: text() }), "materials, each an address of the original's and its title").optional(),
  },
});
