// Dates as visitors read them, derived from the ISO dates editors write, in the language of a catalogue.
import { CATALOGUES, type LanguageCode } from "../i18n/catalogues.ts";
import type { EventStatus } from "../schema/workshop.ts";

const formatters = new Map<string, { dayMonthYear: Intl.DateTimeFormat; monthYear: Intl.DateTimeFormat }>();

/** The language's two date formats, made once: "14 October 2019" and "August 2018" in English. */
function formatsOf(language: LanguageCode) {
  const locale = CATALOGUES[language].locale;
  let formats = formatters.get(locale);
  if (!formats) {
    formats = {
      dayMonthYear: new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
      monthYear: new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }),
    };
    formatters.set(locale, formats);
  }
  return formats;
}

const utc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** "14 October 2019"; "14 de octubre de 2019" in Spanish. */
export function formatDate(isoDate: string, language: LanguageCode = "en"): string {
  return formatsOf(language).dayMonthYear.format(utc(isoDate));
}

/** Ranges formatted before: formatRange is slow, and a preview formats every event's dates again on every save. */
const ranges = new Map<string, string>();

/** "19–23 February 2018", "28 September – 1 October 2015", "28 December 2018 – 2 January 2019". */
export function formatDateRange(start: string, end?: string, language: LanguageCode = "en"): string {
  if (!end || end === start) return formatDate(start, language);
  const key = `${language} ${start} ${end}`;
  let range = ranges.get(key);
  // Intl puts thin spaces around the dash: closed up between two day numbers, plain spaces elsewhere.
  if (range === undefined) {
    range = formatsOf(language)
      .dayMonthYear.formatRange(utc(start), utc(end))
      .replace(/^(\d+)\s–\s(\d+ )/u, "$1–$2")
      .replace(/\u2009/g, " ");
    ranges.set(key, range);
  }
  return range;
}

/** Project periods known to the day, the month or the year: "August 2018 – July 2019", "2015–2016", "from 2020". */
export function formatPeriod(start: string, end?: string, language: LanguageCode = "en"): string {
  const part = (value: string) =>
    /^\d{4}$/.test(value) ? value : /^\d{4}-\d{2}$/.test(value) ? formatsOf(language).monthYear.format(utc(`${value}-01`)) : formatDate(value, language);
  if (!end || end === start) return CATALOGUES[language].dates.from(part(start));
  const separator = /^\d{4}$/.test(start) && /^\d{4}$/.test(end) ? "–" : " – ";
  return `${part(start)}${separator}${part(end)}`;
}

/** Whether an event is still to come on `today` (YYYY-MM-DD), happening, or over. */
export function eventStatus(start: string, end: string | undefined, today: string): EventStatus {
  if (today < start) return "upcoming";
  if (today > (end ?? start)) return "past";
  return "ongoing";
}

/** The build's date, in UTC; SITE_TODAY pins it for reproducible builds and tests. */
export function buildDate(): string {
  return process.env.SITE_TODAY ?? new Date().toISOString().slice(0, 10);
}

/** The year of an ISO date, as a number: 2019 for 2019-04-16. */
export const isoYear = (isoDate: string): number => Number(isoDate.slice(0, 4));
