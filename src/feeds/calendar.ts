// iCalendar files of the community's events, with ical-generator: all-day events whose last day is included.
import ical from "ical-generator";
import type { Community, WorkshopView } from "../collections/community.ts";
import { publicUrl } from "../routes.ts";

const day = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** iCalendar's DTEND of an all-day event is the day after the last one. */
function dayAfter(isoDate: string): Date {
  const next = day(isoDate);
  next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

export function calendar(community: Community, workshops: readonly WorkshopView[], name: string): string {
  const { site } = community;
  const host = new URL(site.url).host;
  const events = ical({ name, prodId: { company: site.title, product: "website", language: "EN" }, url: publicUrl(site, "/") });
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
  return events.toString();
}
