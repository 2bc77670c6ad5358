// /events.ics: every workshop, conference and meeting, for calendar applications; names in English, and in each
// other language that has events translated, /<code>/events.ics with their names in that language.
import { calendar, hasCalendarIn } from "../feeds/calendar.ts";
import { localPath, routes } from "../routes.ts";
import { inEveryLanguage, inPageLanguage, type EveryLanguageData } from "../layouts/in-language.ts";

export const data = {
  ...inEveryLanguage(routes.calendar),
  permalink: (data: EveryLanguageData) =>
    hasCalendarIn(data.communities[data.languageCode]) ? localPath(routes.calendar, data.languageCode, data.languageCodes[0]!) : false,
  eleventyExcludeFromCollections: true,
};

export function render(raw: EveryLanguageData) {
  const data = inPageLanguage(raw);
  return calendar(data.community, data.community.workshops, data.strings.site.head.eventsCalendar(data.site.title));
}
