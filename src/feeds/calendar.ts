// iCalendar files of the community's events, with ical-generator: all-day events whose last day is included. In a
// language other than the original, an event translated into it has its title, summary and page in that language; the
// others keep the original's text and page. An event keeps its UID in every language: it is the same event.
// ical-generator escapes the events' summary, description and location, but writes the calendar's name, its
// product id and each event's UID as given, so those are escaped here: no value can add a line or an event.
import ical, { escape, type ICalCalendar } from "ical-generator";
import type { Community, WorkshopView } from "../collections/community.ts";
import { CATALOGUES } from "../i18n/catalogues.ts";
import { localPath, publicUrl } from "../routes.ts";
import { isTranslated, translatedAddress } from "./translated.ts";

/** Text as RFC 5545 allows it: control characters other than tabs and line breaks have no place in it. */
const text = (value: string) => value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");

/** Text for the properties ical-generator writes as given: backslash, comma, semicolon and line breaks escaped. */
const escaped = (value: string) => escape(text(value), false);

/** An address as a URI value: line breaks are already gone (the URL parser drops them); what iCalendar would read as separators is percent-encoded. */
const uri = (address: string) => address.replace(/[,;\\]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);

const day = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** iCalendar's DTEND of an all-day event is the day after the last one. */
function dayAfter(isoDate: string): Date {
  const next = day(isoDate);
  next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

/** The language the calendar's text is in, and the one content is written in. */
const languagesOf = (community: Community) => ({ code: community.language.code, original: community.languages[0]!.code });

/** The calendar, named `name` as written (escaped already). */
function calendarOf(community: Community, name: string): ICalCalendar {
  const { site } = community;
  const { code, original } = languagesOf(community);
  return ical({
    name,
    prodId: { company: escaped(site.title), product: "website", language: code.toUpperCase() },
    url: uri(publicUrl(site, localPath("/", code, original))),
  });
}

/** The day an event's text last changed: its original's or its translation's last commit, whichever is later. */
const lastChanged = (community: Community, workshop: WorkshopView) =>
  [workshop.source, workshop.localization.source]
    .map((file) => community.changed.get(file))
    .filter((day): day is string => day !== undefined)
    .sort()
    .at(-1);

/** The calendar as ical-generator builds it; `calendar()` writes the same text faster. */
export function buildCalendar(community: Community, workshops: readonly WorkshopView[], name: string): ICalCalendar {
  const { site } = community;
  const { code, original } = languagesOf(community);
  const online = CATALOGUES[code].sections.workshop.facts.online;
  const host = new URL(site.url).host;
  const events = calendarOf(community, escaped(name));
  for (const workshop of workshops) {
    events.createEvent({
      id: escaped(`${workshop.slug}@${host}`),
      allDay: true,
      start: day(workshop.start),
      end: dayAfter(workshop.end ?? workshop.start),
      // A fixed stamp keeps the file identical from build to build: the day the event's page last changed, or its start.
      stamp: day(lastChanged(community, workshop) ?? workshop.start),
      summary: text(workshop.title),
      description: text(workshop.summary),
      location: workshop.online ? online : text([workshop.location?.venue, workshop.location?.city, workshop.countryName].filter(Boolean).join(", ")),
      url: uri(publicUrl(site, translatedAddress(workshop, original))),
    });
  }
  return events;
}

/**
 * Folds lines at 75 octets as RFC 5545 asks, exactly as ical-generator's foldLines does, but without its new
 * TextEncoder per character, which took 1.1 s of a 5,000-page build.
 */
export function foldLines(text: string): string {
  return text.split("\r\n").map(foldLine).join("\r\n");
}

/** One line folded: each character's UTF-8 octets counted, a high surrogate taken with whatever follows it, as ical-generator takes it. */
function foldLine(line: string): string {
  let folded = "";
  let octets = 0;
  let start = 0;
  for (let index = 0; index < line.length;) {
    const code = line.charCodeAt(index);
    const paired = code >= 0xd800 && code <= 0xdbff;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : paired ? Buffer.byteLength(line.slice(index, index + 2), "utf8") : 3;
    octets += size;
    if (octets > 74) {
      folded += `${line.slice(start, index)}\r\n `;
      start = index;
      octets = size;
    }
    index += paired ? 2 : 1;
  }
  return folded + line.slice(start);
}

/**
 * Where the calendar's name goes in its community's frame: a control character, which text() takes out of every
 * value, so that no other part of the frame holds it.
 */
const NAME_SLOT = "\u0001";

/**
 * The calendar frames (header and footer) as ical-generator writes them, unfolded, with NAME_SLOT for the name, by
 * what else they hold: made once, rather than folded by ical-generator, a new TextEncoder per character, for each calendar.
 */
const frames = new Map<string, string>();
function frameOf(community: Community, name: string): string {
  const written = escaped(name);
  // ical-generator leaves out the name's lines for an empty name, which the slot never is.
  if (written === "") return calendarOf(community, written).toString();
  const { code, original } = languagesOf(community);
  // What the frame holds besides the name, as calendarOf() gives it to ical-generator.
  const key = JSON.stringify([community.site.title, code, publicUrl(community.site, localPath("/", code, original))]);
  let frame = frames.get(key);
  if (frame === undefined) frames.set(key, (frame = calendarOf(community, NAME_SLOT).toString().replaceAll("\r\n ", "")));
  // A function, so that "$&", "$'" and the like in a name are text, not patterns of replaceAll.
  return foldLines(frame.replaceAll(NAME_SLOT, () => written));
}

export function calendar(community: Community, workshops: readonly WorkshopView[], name: string): string {
  const events = buildCalendar(community, workshops, name);
  // The header and footer come from ical-generator itself; only the events' text is folded here.
  const frame = frameOf(community, name);
  const end = "END:VCALENDAR";
  if (!frame.endsWith(end)) throw new Error(`ical-generator's calendar no longer ends with ${end}`);
  return (
    frame.slice(0, -end.length) +
    foldLines(
      events
        .events()
        .map((event) => event.toString())
        .join(""),
    ) +
    end
  );
}

/** Whether a language has its own events.ics: the original language always, another once one of its events is translated. */
export const hasCalendarIn = (community: Community) => community.language.code === community.languages[0]?.code || community.workshops.some(isTranslated);
