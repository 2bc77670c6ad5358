// One calendar file per workshop, to add that event to a calendar.
import type { WorkshopView } from "../collections/community.ts";
import { calendar } from "../feeds/calendar.ts";
import { workshopCalendar } from "../routes.ts";
import type { TemplateData } from "../layouts/types.ts";
import { inOriginalLanguage } from "../layouts/in-language.ts";

type Data = TemplateData & { workshop: WorkshopView };

export const data = {
  pagination: { data: "toRender.calendars", size: 1, alias: "workshop" },
  permalink: (data: Data) => workshopCalendar(data.workshop.url),
  eleventyExcludeFromCollections: true,
};

export function render(raw: Data) {
  const data = inOriginalLanguage(raw);
  return calendar(data.community, [data.workshop], data.workshop.title);
}
