// An old event page (_events/<id>.md) as a workshop: dates the text supports, the place the site names, the
// participants file its table looped over, its resource lists as materials, and the project that funded it.
import { document, redirectFrom, type Conversion, type ImportContext } from "./conversion.ts";
import { eventDates } from "./dates.ts";
import { parseMaterials, placeMaterial, type FileCopy, type ImportedMaterial } from "./materials.ts";
import { convertBody, firstParagraph, sections, tidy } from "./markdown.ts";
import { YEAR } from "./mentions.ts";
import { locate, locateInMaterials, type Place } from "./places.ts";
import { materialText } from "./material-text.ts";
import { join } from "node:path";
import type { DataLoop } from "./liquid.ts";
import type { OldDocument } from "./site.ts";
import { projectCode } from "./slugs.ts";
import { slugify } from "../schema/fields.ts";
import { textOf } from "./values.ts";

const EVENT_KINDS: Record<string, { kind: string; online?: boolean }> = {
  workshop: { kind: "workshop" },
  conference: { kind: "conference" },
  meeting: { kind: "meeting" },
  training: { kind: "training" },
  "online workshop": { kind: "online", online: true },
  "online conference": { kind: "conference", online: true },
  "online meeting": { kind: "meeting", online: true },
};

/** Headings of the sections whose bullets are materials. */
const RESOURCES = /^(resources?|presentations?|presentations? (?:&|and) (?:exercises|posters?)|posters?|materials?|videos?)\s*:?$/i;

/** The years an event may be in: those of its date and of its date_shown, however they disagree. */
export function eventYears(event: OldDocument): string[] {
  return [...new Set(`${textOf(event.data.date)} ${textOf(event.data.date_shown)}`.match(YEAR) ?? [])];
}

export function convertEvent(event: OldDocument, context: ImportContext): Conversion {
  const page = context.slugs.page(event)!;
  const notes: string[] = [];
  const copies: FileCopy[] = [];
  const { data } = event;

  const own = context.mentions.own(event);
  const elsewhere = context.mentions.elsewhere(event);
  const dates = eventDates(
    data,
    own,
    elsewhere.map((mention) => mention.sentence),
  );
  notes.push(...dates.notes);

  const type = (textOf(data.type) || "workshop").trim().toLowerCase();
  const kind = EVENT_KINDS[type];
  if (!kind) notes.push(`type "${String(data.type)}" has no match here; set kind to workshop, conference, training, online or meeting`);

  const body = convertBody(event.content, { data: context.site.data, page: data, print: (key) => !key.startsWith("events/") }, context.links(copies));
  notes.push(...body.notes);
  const participants = participantsFile(body.liquid.loops, notes);
  const { text, resources } = splitResources(body.text);

  const materials = parseMaterials(resources, notes)
    .filter((material) => !leadsToOldPage(material, context, notes))
    .map((material) => placeMaterial(material, page.slug, context.site, context.claimed, notes, copies));
  for (const material of materials) context.materialUrls.set(material.redirect_from?.[0] ?? material.url, material.url);

  let location: Place | undefined;
  if (!kind?.online) {
    // The page and what the site says about it first; the event's own slides only when they say nothing.
    const fromText = locate(event, eventYears(event), context.mentions, context.gazetteer, (target) => linkingPages(target, context));
    const files = copies.map((copy) => ({ path: copy.from, text: () => materialText(join(context.site.root, copy.from)) }));
    const located = fromText.place || !dates.start ? fromText : (locateInMaterials(dates.start, files, context.gazetteer) ?? fromText);
    location = located.place;
    notes.push(located.note);
  }

  const summary = firstParagraph(text);
  notes.push(summary ? "summary taken from the first paragraph; check that it reads well on its own" : "no description to take a summary from; add summary");

  const fields = {
    title: textOf(data.title).trim() || undefined,
    kind: kind?.kind ?? "workshop",
    start: dates.start,
    end: dates.end,
    online: kind?.online,
    location,
    summary,
    project: fundingProject(event, context, notes),
    participants,
    materials: materials.length > 0 ? materials : undefined,
    redirect_from: redirectFrom(event, page, context.claimed),
  };
  return document(event, page, fields, text, notes, copies);
}

/** The participants file a table looped over: site.data.events.workshop-2016 is _data/participants/workshop-2016.csv. */
function participantsFile(loops: readonly DataLoop[], notes: string[]): string | undefined {
  const loop = loops.find((candidate) => candidate.asked.startsWith("events/"));
  if (!loop) return undefined;
  const asked = loop.asked.slice("events/".length);
  if (!loop.key) {
    notes.push(
      `its participants table reads ${asked}.csv, which the old site does not have; add _data/participants/${asked.toLowerCase()}.csv and set participants, or leave them out`,
    );
    return undefined;
  }
  const found = loop.key.slice("events/".length);
  if (found !== asked) notes.push(`it asks for ${asked}.csv; the file is ${found}.csv, used under the name ${found.toLowerCase()}.csv`);
  return `${found.toLowerCase()}.csv`;
}

/** The text without its resource sections, and those sections' text, from which materials are read. */
function splitResources(markdown: string): { text: string; resources: string } {
  const kept: string[] = [];
  const resources: string[] = [];
  let zone: number | undefined;
  for (const section of sections(markdown)) {
    if (zone !== undefined && section.level > zone) {
      resources.push(section.text);
      continue;
    }
    zone = undefined;
    if (RESOURCES.test(section.heading)) {
      zone = section.level;
      resources.push(section.text);
    } else if (/^photos?$/i.test(section.heading)) {
      continue;
    } else if (/^participants?\b/i.test(section.heading)) {
      // The table came from a data file and is now the participants field; what the section says besides stays.
      const rest = section.text.replace(/^#{2,6} .+$/m, "").trim();
      if (rest) kept.push(`## Participants\n\n${rest}\n`);
    } else {
      kept.push(section.text);
    }
  }
  return { text: tidy(kept.join("\n")), resources: resources.join("\n") };
}

/** A resource that links to another page of the old site is a cross-reference, not a material. */
function leadsToOldPage(material: ImportedMaterial, context: ImportContext, notes: string[]): boolean {
  const address = material.url.startsWith("/") || material.url.startsWith("../") ? context.slugs.address(material.url.replace(/^(?:\.\.\/)+/, "/")) : undefined;
  if (!address) return false;
  if (!address.startsWith("/projects/"))
    notes.push(`"${material.title}" linked to ${material.url}, a page of the old site, and was left out of materials; link ${address} in the text if it helps`);
  return true;
}

/** The project that funded the event: a link to its old page, or its code named in the text. */
function fundingProject(event: OldDocument, context: ImportContext, notes: string[]): string | undefined {
  for (const match of event.content.matchAll(/\]\((?:\.\.)?(\/projects\/[^)\s#]+)/g)) {
    const address = context.slugs.address(match[1]!);
    if (address) return address.split("/")[2];
  }
  const code = projectCode(event.content);
  if (!code) return undefined;
  const project = context.site.documents.find((candidate) => candidate.collection === "projects" && context.slugs.page(candidate)?.slug === slugify(code));
  if (project) return context.slugs.page(project)!.slug;
  notes.push(`the text names project ${code}, which the old site has no page for; add content/projects/${slugify(code)}.md and set project: ${slugify(code)}`);
  return undefined;
}

/** Old pages that link to this event. */
function linkingPages(event: OldDocument, context: ImportContext): OldDocument[] {
  const address = event.address.replace(/\/$/, "");
  return context.site.documents.filter(
    (candidate) => candidate !== event && new RegExp(`\\]\\((?:\\.\\.)?${address.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/?[)#]`, "i").test(candidate.content),
  );
}
