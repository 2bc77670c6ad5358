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

function calendarOf(community: Community, name: string): ICalCalendar {
  const { site } = community;
  const { code, original } = languagesOf(community);
  return ical({
    name: escaped(name),
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
  const events = calendarOf(community, name);
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
  return text
    .split("\r\n")
    .map((line) => {
      let folded = "";
      let octets = 0;
      for (let index = 0; index < line.length; index++) {
        let character = line.charAt(index);
        if (character >= "\ud800" && character <= "\udbff") character += line.charAt(++index);
        const size = character.charCodeAt(0) < 0x80 && character.length === 1 ? 1 : Buffer.byteLength(character, "utf8");
        octets += size;
        if (octets > 74) {
          folded += "\r\n ";
          octets = size;
        }
        folded += character;
      }
      return folded;
    })
    .join("\r\n");
}

export function calendar(community: Community, workshops: readonly WorkshopView[], name: string): string {
  const events = buildCalendar(community, workshops, name);
  // The header and footer come from ical-generator itself; only the events' text is folded here.
  const frame = calendarOf(community, name).toString();
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
