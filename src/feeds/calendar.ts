// iCalendar files of the community's events, with ical-generator: all-day events whose last day is included.
import ical, { type ICalCalendar } from "ical-generator";
import type { Community, WorkshopView } from "../collections/community.ts";
import { publicUrl } from "../routes.ts";

const day = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** iCalendar's DTEND of an all-day event is the day after the last one. */
function dayAfter(isoDate: string): Date {
  const next = day(isoDate);
  next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

function calendarOf(community: Community, name: string): ICalCalendar {
  const { site } = community;
  return ical({ name, prodId: { company: site.title, product: "website", language: "EN" }, url: publicUrl(site, "/") });
}

/** The calendar as ical-generator builds it; `calendar()` writes the same text faster. */
export function buildCalendar(community: Community, workshops: readonly WorkshopView[], name: string): ICalCalendar {
  const { site } = community;
  const host = new URL(site.url).host;
  const events = calendarOf(community, name);
  for (const workshop of workshops) {
    events.createEvent({
      id: `${workshop.slug}@${host}`,
      allDay: true,
      start: day(workshop.start),
      end: dayAfter(workshop.end ?? workshop.start),
      // A fixed stamp keeps the file identical from build to build: the day the event's page last changed, or its start.
      stamp: day(community.changed.get(workshop.source) ?? workshop.start),
      summary: workshop.title,
      description: workshop.summary,
      location: workshop.online ? "Online" : [workshop.location?.venue, workshop.location?.city, workshop.countryName].filter(Boolean).join(", "),
      url: publicUrl(site, workshop.url),
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
  return frame.slice(0, -end.length) + foldLines(events.events().map((event) => event.toString()).join("")) + end;
}
