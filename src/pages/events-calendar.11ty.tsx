// /events.ics: every workshop, conference and meeting, for calendar applications.
import { calendar } from "../feeds/calendar.ts";
import { routes } from "../routes.ts";
import type { TemplateData } from "../layouts/types.ts";

export const data = { permalink: routes.calendar, eleventyExcludeFromCollections: true };

export function render(data: TemplateData) {
  return calendar(data.community, data.community.workshops, `${data.site.title} events`);
}
